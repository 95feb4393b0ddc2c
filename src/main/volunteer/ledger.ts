// 党员先锋队、应急突击队、志愿服务活动台账（A4 横向）：所选年度每次活动一行，末行合计次数、人次、时长、服务群众人数
import { type VolunteerActivity, type VolunteerQuery, type VolunteerSummary, volunteerTeamTypeNames } from '../../shared/volunteer/schemas'
import type { AppContext } from '../context'
import { exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { volunteerYear } from './service'

export type VolunteerLedgerRow = { kind: 'activity'; a: VolunteerActivity } | { kind: 'total'; summary: VolunteerSummary }

const a = <T>(r: VolunteerLedgerRow, f: (x: VolunteerActivity) => T): T | null => (r.kind === 'activity' ? f(r.a) : null)

export const volunteerLedger: LedgerDefinition<VolunteerLedgerRow> = {
  title: '志愿服务活动台账',
  sheetName: '志愿服务活动台账',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (r, i) => (r.kind === 'activity' ? i + 1 : null) },
    { header: '活动日期', width: 11, kind: 'date', value: (r) => (r.kind === 'activity' ? r.a.activityDate : '合计') },
    { header: '队伍类型', width: 11, value: (r) => (r.kind === 'activity' ? volunteerTeamTypeNames[r.a.teamType] : `${r.summary.times} 次`) },
    { header: '队伍名称', width: 16, value: (r) => a(r, (x) => x.teamName) },
    { header: '所在党组织', width: 14, align: 'left', value: (r) => a(r, (x) => x.orgName) },
    { header: '服务内容', width: 30, align: 'left', value: (r) => a(r, (x) => x.serviceContent) },
    { header: '参加\n人次', width: 8, kind: 'number', value: (r) => (r.kind === 'activity' ? r.a.headcount : r.summary.personTimes) },
    { header: '人均\n小时', width: 8, kind: 'number', value: (r) => a(r, (x) => x.hoursPerPerson) },
    { header: '服务\n小时', width: 8, kind: 'number', value: (r) => (r.kind === 'activity' ? r.a.headcount * r.a.hoursPerPerson : r.summary.hours) },
    { header: '服务\n群众', width: 8, kind: 'number', value: (r) => (r.kind === 'activity' ? r.a.served : r.summary.served) },
    { header: '参加的党员', width: 23, align: 'left', value: (r) => a(r, (x) => x.memberNames.join('、') || null) },
    { header: '备注', width: 12, align: 'left', value: (r) => a(r, (x) => x.note) }
  ]
}

export function volunteerLedgerRows(ctx: AppContext, q: { orgId: string; year: number }): VolunteerLedgerRow[] {
  const { rows, summary } = volunteerYear(ctx, q)
  return [...rows.map((x): VolunteerLedgerRow => ({ kind: 'activity', a: x })), { kind: 'total', summary }]
}

export async function exportVolunteerLedger(ctx: AppContext, q: VolunteerQuery): Promise<{ path: string; rows: number } | null> {
  const rows = volunteerLedgerRows(ctx, q)
  const r = await exportLedger(ctx, volunteerLedger, rows, { orgId: q.orgId, fileName: (unit) => `志愿服务活动台账-${unit}-${q.year}年.xlsx`, logId: 'volunteer', logExtra: { year: q.year } })
  return r && { ...r, rows: rows.length - 1 }
}
