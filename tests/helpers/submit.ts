// 报送包测试共用：企业（示例数据）与园区两个真实数据目录、按分钟前进的时钟、导出成文件再读回
import fs from 'node:fs'
import path from 'node:path'
import { vi } from 'vitest'
import type { AppContext } from '../../src/main/context'
import { saveOrg } from '../../src/main/org/service'
import { loadDemo } from '../../src/main/seeds/demo'
import { exportSubmission } from '../../src/main/submit/export'
import { orgInput } from '../../src/shared/org/schemas'
import { testContext } from './context'

export const XINCAI = 'd3e0a000-0000-4000-8000-000000000003' // 嘉州新材料党委
export const ROOT = 'd3e0a000-0000-4000-8000-000000000001' // 示例数据的园区综合党委
export const TEMPLATE = 'c4ec0000-0000-4000-8000-000000000001' // 示例数据用的体检模板

let clock = new Date('2026-11-25T09:00:00')
/** 假时钟往后走几分钟：修改时间才分得出先后 */
export function later(minutes = 1): void {
  clock = new Date(clock.getTime() + minutes * 60_000)
  vi.setSystemTime(clock)
}
export function startClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] })
  clock = new Date('2026-11-25T09:00:00')
  vi.setSystemTime(clock)
}

export function enterprise(): AppContext {
  const ctx = testContext()
  loadDemo(ctx)
  return ctx
}

export function park(): { ctx: AppContext; rootId: string } {
  const ctx = testContext()
  const rootId = saveOrg(ctx, orgInput.parse({ name: '某园区综合党委', orgType: 'committee', setupMode: 'park' })).id
  return { ctx, rootId }
}

export type Upload = { fileName: string; base64: string }

export async function exportFile(ctx: AppContext, orgId = XINCAI): Promise<Upload> {
  const r = await exportSubmission(ctx, orgId)
  return { fileName: path.basename(r!.path), base64: fs.readFileSync(r!.path).toString('base64') }
}

/** 全库每张表的行数：「什么也没改」的依据 */
export function allCounts(ctx: AppContext): Record<string, number> {
  const tables = (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name)
  return Object.fromEntries(tables.map((t) => [t, (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]))
}

/** 全库内容的指纹：行数一样但内容被改也看得出来（变更日志、导入记录、往来底稿除外） */
export function fingerprint(ctx: AppContext, skip = ['change_log', 'submissions', 'submit_base', 'submit_senders']): string {
  const tables = (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name)
  return JSON.stringify(tables.filter((t) => !skip.includes(t)).map((t) => [t, ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]))
}
