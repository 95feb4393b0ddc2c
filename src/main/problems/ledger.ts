// 问题整改台账：domain.md §1.5 的列
import { evidenceText } from '../../shared/checkups/paper'
import { statusNames } from '../../shared/problems/flow'
import type { Problem, ProblemQuery } from '../../shared/problems/schemas'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { codeName } from '../seeds/codes'
import { listProblems } from './service'

export const problemLedger: LedgerDefinition<Problem> = {
  title: '问题整改台账',
  sheetName: '问题整改台账',
  orientation: 'landscape',
  columns: [
    { header: '问题编号', width: 13, value: (p) => p.code },
    { header: '来源', width: 8, value: (p) => codeName('problemSources', p.source) },
    { header: '体检批次', width: 12, value: (p) => p.sourceLabel },
    { header: '企业', width: 14, align: 'left', value: (p) => p.enterpriseName },
    { header: '党组织', width: 14, align: 'left', value: (p) => p.orgName },
    { header: '对应\n指标\n编号', width: 7, value: (p) => p.indicatorCode },
    { header: '问题描述', width: 24, align: 'left', value: (p) => p.description },
    { header: '问题\n类别', width: 8, value: (p) => codeName('problemCategories', p.category) },
    { header: '严重\n程度', width: 6, value: (p) => codeName('problemSeverities', p.severity) },
    { header: '整改措施', width: 22, align: 'left', value: (p) => p.measure },
    { header: '责任人', width: 7, value: (p) => p.owner },
    { header: '整改时限', width: 11, kind: 'date', value: (p) => p.deadline },
    { header: '整改\n状态', width: 7, value: (p) => statusNames[p.status] },
    { header: '完成日期', width: 11, kind: 'date', value: (p) => p.completedDate },
    { header: '佐证材料', width: 14, align: 'left', value: (p) => evidenceText(p.evidence, p.files) },
    { header: '复核人', width: 7, value: (p) => p.reviewer },
    { header: '复核意见', width: 14, align: 'left', value: (p) => p.reviewOpinion },
    { header: '销号日期', width: 11, kind: 'date', value: (p) => p.closedDate },
    { header: '是否\n逾期', width: 5, value: (p) => (p.overdue ? '是' : '否') }
  ]
}

export async function exportProblems(ctx: AppContext, q: ProblemQuery): Promise<ExportResult | null> {
  return exportLedger(ctx, problemLedger, listProblems(ctx, q), { orgId: q.orgId, fileName: (unit, today) => `问题整改台账-${unit}-${today}.xlsx`, logId: 'problems' })
}
