// 导出一本台账：填报单位取所选组织（未选时取顶级组织），问用户存到哪里，写文件，记入变更日志
import type { AppContext } from '../context'
import { logChange } from '../changes/log'
import { orgStore } from '../org/store'
import type { LedgerDefinition } from './types'
import { writeLedgerFile } from './writer'

export async function exportLedger<T>(
  ctx: AppContext,
  def: LedgerDefinition<T>,
  rows: T[],
  o: { orgId?: string; fileName: (unitName: string, today: string) => string; logId: string }
): Promise<{ path: string; rows: number } | null> {
  const today = ctx.today()
  const org = o.orgId ? orgStore.get(ctx.db, o.orgId) : (orgStore.list(ctx.db).find((x) => !x.parentId) ?? null)
  const unitName = org?.name ?? '（未设置组织）'
  const file = await ctx.chooseSavePath(o.fileName(unitName, today))
  if (!file) return null
  await writeLedgerFile(def, rows, { unitName, date: today }, file)
  logChange(ctx.db, { actor: ctx.actor, entity: 'ledger', entityId: o.logId, action: 'export', after: { file, rows: rows.length } })
  return { path: file, rows: rows.length }
}
