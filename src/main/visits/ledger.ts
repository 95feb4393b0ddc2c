// 党建指导员联系走访记录台账（domain.md §1.5 园区端字段）
import { visitModeName } from '../../shared/meetings/tables'
import type { Visit, VisitQuery } from '../../shared/visits/schemas'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
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
    { header: '走访\n方式', width: 5, value: (v) => visitModeName(v.mode) },
    { header: '了解情况', width: 20, align: 'left', value: (v) => v.findings },
    { header: '发现问题', width: 20, align: 'left', value: (v) => v.problems.map((p) => (p.code ? `${p.description}（已转 ${p.code}）` : p.description)).join('\n') },
    { header: '指导事项', width: 18, align: 'left', value: (v) => v.guidance },
    { header: '企业需求\n（政企联动\n事项）', width: 16, align: 'left', value: (v) => v.needs },
    { header: '下次计划', width: 14, align: 'left', value: (v) => v.nextPlan },
    { header: '企业\n确认人', width: 10, value: (v) => v.contact }
  ]
}

export async function exportVisits(ctx: AppContext, q: VisitQuery): Promise<ExportResult | null> {
  return exportLedger(ctx, visitLedger, listVisits(ctx, q).reverse(), {
    orgId: q.orgId,
    fileName: (unit) => `党建指导员走访记录-${unit}${q.month ? `-${q.month}` : ''}.xlsx`,
    logId: 'visits'
  })
}
