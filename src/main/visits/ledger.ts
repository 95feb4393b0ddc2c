// 党建指导员联系走访记录台账（domain.md §1.5 园区端字段）
import { visitModeName } from '../../shared/meetings/tables'
import type { Visit, VisitQuery } from '../../shared/visits/schemas'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type { LedgerDefinition } from '../ledgers/types'
import { writeLedgerFile } from '../ledgers/writer'
import { orgStore } from '../org/store'
import { listVisits } from './service'

export const visitLedger: LedgerDefinition<Visit> = {
  title: '党建指导员走访记录',
  sheetName: '指导员走访记录',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_v, i) => i + 1 },
    { header: '走访日期', width: 11, kind: 'date', value: (v) => v.date },
    { header: '企业', width: 14, align: 'left', value: (v) => v.enterpriseName ?? v.orgName },
    { header: '党组织', width: 14, align: 'left', value: (v) => v.orgName },
    { header: '指导员', width: 7, value: (v) => v.instructor },
    { header: '走访方式', width: 5, value: (v) => visitModeName(v.mode) },
    { header: '了解情况', width: 20, align: 'left', value: (v) => v.findings },
    { header: '发现问题', width: 20, align: 'left', value: (v) => v.problems.map((p) => (p.code ? `${p.description}（已转 ${p.code}）` : p.description)).join('\n') },
    { header: '指导事项', width: 18, align: 'left', value: (v) => v.guidance },
    { header: '企业需求（政企联动事项）', width: 16, align: 'left', value: (v) => v.needs },
    { header: '下次计划', width: 14, align: 'left', value: (v) => v.nextPlan },
    { header: '企业确认人', width: 10, value: (v) => v.contact }
  ]
}

export async function exportVisits(ctx: AppContext, q: VisitQuery): Promise<{ path: string; rows: number } | null> {
  const rows = listVisits(ctx, q).reverse()
  const org = q.orgId ? orgStore.get(ctx.db, q.orgId) : (orgStore.list(ctx.db).find((o) => !o.parentId) ?? null)
  const unitName = org?.name ?? '（未设置组织）'
  const file = await ctx.chooseSavePath(`党建指导员走访记录-${unitName}${q.month ? `-${q.month}` : ''}.xlsx`)
  if (!file) return null
  await writeLedgerFile(visitLedger, rows, { unitName, date: ctx.today() }, file)
  logChange(ctx.db, { actor: ctx.actor, entity: 'ledger', entityId: 'visits', action: 'export', after: { file, rows: rows.length } })
  return { path: file, rows: rows.length }
}
