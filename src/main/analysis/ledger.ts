// 经营分析会参与记录台账（domain.md §5.1：会议类型、党员参与、建议）
import type { AnalysisMeeting, AnalysisQuery } from '../../shared/analysis/schemas'
import { analysisKindName } from '../../shared/meetings/tables'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { listAnalysisMeetings } from './service'

export const analysisLedger: LedgerDefinition<AnalysisMeeting> = {
  title: '经营分析会参与记录',
  sheetName: '经营分析会参与记录',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_a, i) => i + 1 },
    { header: '日期', width: 11, kind: 'date', value: (a) => a.date },
    { header: '党组织', width: 14, align: 'left', value: (a) => a.orgName },
    { header: '会议\n类型', width: 7, value: (a) => analysisKindName(a.kind) },
    { header: '会议名称', width: 18, align: 'left', value: (a) => a.topic },
    { header: '参会党员', width: 16, align: 'left', value: (a) => a.participants },
    { header: '提出', group: '建议（条）', width: 5, kind: 'number', value: (a) => a.proposalsMade },
    { header: '采纳', group: '建议（条）', width: 5, kind: 'number', value: (a) => a.proposalsAdopted },
    { header: '建议内容', width: 30, align: 'left', value: (a) => a.proposals },
    { header: '备注', width: 12, align: 'left', value: (a) => a.remark }
  ]
}

export async function exportAnalysisMeetings(ctx: AppContext, q: AnalysisQuery): Promise<ExportResult | null> {
  return exportLedger(ctx, analysisLedger, listAnalysisMeetings(ctx, q).reverse(), { orgId: q.orgId, fileName: (unit) => `经营分析会参与记录-${unit}.xlsx`, logId: 'analysisMeetings' })
}
