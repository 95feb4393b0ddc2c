// 「红师傅带蓝徒弟」结对台账（A4 横向，一页宽内字不小于 9 磅）：所选年度结过对的每对一行；末行合计（对数、出师、取证、提案、节约创效、递交入党申请书）
import { mentorshipStatusNames, type MentoringQuery, type MentoringSummary, type Mentorship } from '../../shared/mentoring/schemas'
import type { AppContext } from '../context'
import { exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { mentoringYear } from './service'

export type MentoringLedgerRow = { kind: 'pair'; pair: Mentorship } | { kind: 'total'; summary: MentoringSummary }

const p = <T>(r: MentoringLedgerRow, f: (x: Mentorship) => T): T | null => (r.kind === 'pair' ? f(r.pair) : null)
const goals = (x: Mentorship): string =>
  [['技能', x.skillGoal], ['思想', x.thoughtGoal], ['其他', x.otherGoal]].filter(([, v]) => v).map(([k, v]) => `${k}：${v}`).join('\n')

export const mentoringLedger: LedgerDefinition<MentoringLedgerRow> = {
  title: '「红师傅带蓝徒弟」结对台账',
  sheetName: '师带徒结对台账',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, identifies: true, value: (r, i) => (r.kind === 'pair' ? i + 1 : null) },
    { header: '师傅', width: 7, identifies: true, value: (r) => (r.kind === 'pair' ? r.pair.mentorName : '合计') },
    { header: '徒弟', width: 7, identifies: true, value: (r) => (r.kind === 'pair' ? r.pair.apprenticeName : `${r.summary.pairs} 对`) },
    { header: '徒弟岗位', width: 9, value: (r) => p(r, (x) => x.apprenticeJob) },
    { header: '所在党组织', width: 11, align: 'left', value: (r) => p(r, (x) => x.orgName) },
    { header: '结对日期', width: 11, kind: 'date', value: (r) => p(r, (x) => x.startDate) },
    { header: '计划出师\n日期', width: 11, kind: 'date', value: (r) => p(r, (x) => x.plannedEndDate) },
    { header: '培养目标', width: 18, align: 'left', value: (r) => p(r, goals) },
    { header: '状态', width: 7, value: (r) => (r.kind === 'pair' ? mentorshipStatusNames[r.pair.pairStatus] : `出师 ${r.summary.graduated}`) },
    { header: '出师/中止\n日期', width: 11, kind: 'date', value: (r) => p(r, (x) => x.endDate) },
    { header: '取得证书\n或等级', width: 11, align: 'left', value: (r) => (r.kind === 'pair' ? r.pair.certificate : `取证 ${r.summary.certificates} 人`) },
    { header: '取证日期', width: 11, kind: 'date', value: (r) => p(r, (x) => x.certificateDate) },
    { header: '技术\n提案\n（件）', width: 8, kind: 'number', value: (r) => (r.kind === 'pair' ? r.pair.proposalCount : r.summary.proposalCount) },
    { header: '节约创效\n（元）', width: 12, kind: 'money', value: (r) => (r.kind === 'pair' ? r.pair.savingsFen / 100 : r.summary.savingsFen / 100) },
    { header: '递交入党\n申请书', width: 11, value: (r) => (r.kind === 'pair' ? (r.pair.appliedDate ?? '未递交') : `${r.summary.applied} 人`) },
    { header: '备注', width: 10, align: 'left', value: (r) => p(r, (x) => [x.devPersonName && '已列入发展党员', x.note].filter(Boolean).join('；') || null) }
  ]
}

export function mentoringLedgerRows(ctx: AppContext, q: { orgId: string; year: number }): MentoringLedgerRow[] {
  const { rows, summary } = mentoringYear(ctx, q)
  return [...rows.map((pair): MentoringLedgerRow => ({ kind: 'pair', pair })), { kind: 'total', summary }]
}

export async function exportMentoringLedger(ctx: AppContext, q: MentoringQuery): Promise<{ path: string; rows: number } | null> {
  const rows = mentoringLedgerRows(ctx, q)
  const r = await exportLedger(ctx, mentoringLedger, rows, { orgId: q.orgId, fileName: (unit) => `红师傅带蓝徒弟结对台账-${unit}-${q.year}年.xlsx`, logId: 'mentoring', logExtra: { year: q.year } })
  return r && { ...r, rows: rows.length - 1 }
}
