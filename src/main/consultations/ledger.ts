// 议题前置（重大事项征求党组织意见）登记台账（domain.md §5.1）
import type { Consultation, ConsultationQuery } from '../../shared/consultations/schemas'
import { outcomeName } from '../../shared/meetings/tables'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { listConsultations } from './service'

export const consultationLedger: LedgerDefinition<Consultation> = {
  title: '议题前置登记',
  sheetName: '议题前置登记',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_c, i) => i + 1 },
    { header: '党组织', width: 14, align: 'left', value: (c) => c.orgName },
    { header: '事项（议题）', width: 24, align: 'left', value: (c) => c.topic },
    { header: '决策机构', width: 10, value: (c) => c.body },
    { header: '提交日期', width: 11, kind: 'date', value: (c) => c.submittedDate },
    { header: '党组织意见', width: 30, align: 'left', value: (c) => c.opinion },
    { header: '决策\n结果', width: 7, value: (c) => outcomeName(c.outcome) },
    { header: '决策日期', width: 11, kind: 'date', value: (c) => c.decisionDate },
    { header: '备注', width: 14, align: 'left', value: (c) => c.remark }
  ]
}

export async function exportConsultations(ctx: AppContext, q: ConsultationQuery): Promise<ExportResult | null> {
  return exportLedger(ctx, consultationLedger, listConsultations(ctx, q).reverse(), { orgId: q.orgId, fileName: (unit) => `议题前置登记-${unit}.xlsx`, logId: 'consultations' })
}
