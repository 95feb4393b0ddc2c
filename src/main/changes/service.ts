// 一条记录的变更历史：何时、谁、做了什么、改了哪些字段
import type { ChangeEntry } from '../../shared/app/types'
import { fieldLabel } from '../../shared/labels'
import type { AppContext } from '../context'

const ACTIONS: Record<string, string> = {
  create: '新建', update: '修改', delete: '删除到回收站', restore: '从回收站恢复', purge: '彻底删除', reveal: '查看完整信息', seed: '载入示例数据', import: '从报送包导入'
}

export function changesFor(ctx: AppContext, ref: { entity: string; id: string }): ChangeEntry[] {
  const rows = ctx.db
    .prepare('SELECT id, at, actor, action, before_json, after_json FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC')
    .all(ref.entity, ref.id) as { id: number; at: string; actor: string; action: string; before_json: string | null; after_json: string | null }[]
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: ACTIONS[r.action] ?? r.action, summary: summarize(r) }))
}

const HIDDEN = new Set(['updatedAt', 'createdAt', 'nameInitials', 'namePinyin'])

function summarize(r: { action: string; before_json: string | null; after_json: string | null }): string {
  if (r.action === 'reveal') return `字段：${(JSON.parse(r.after_json ?? '{}') as { field?: string }).field === 'phone' ? '联系电话' : '身份证号'}`
  if (r.action !== 'update' || !r.before_json || !r.after_json) return ''
  const before = JSON.parse(r.before_json) as Record<string, unknown>
  const after = JSON.parse(r.after_json) as Record<string, unknown>
  const changed = Object.keys(after).filter((k) => !HIDDEN.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
  return changed.length ? `改动字段：${changed.map(fieldLabel).join('、')}` : '无字段变化'
}
