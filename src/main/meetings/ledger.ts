// 三会一课记录台账、主题党日台账、党员教育培训学时登记（domain.md §3.1 会议字段、§5.1）
import { meetingRules, meetingTypeName } from '../../shared/meetings/tables'
import { type MeetingType, threeMeetingsOneLesson } from '../../shared/meetings/schemas'
import { hoursTarget } from '../../shared/meetings/hours'
import { notFound } from '../../shared/errors'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { codeName } from '../seeds/codes'
import { membersOn } from './roster'
import { type AttendeeRecord, type MeetingRecord, meetingStore } from './store'

export type LedgerMeeting = MeetingRecord & { orgName: string; attendees: AttendeeRecord[] }

const absentText = (m: LedgerMeeting): string =>
  m.attendees.filter((a) => !a.present).map((a) => `${a.name}（${a.reason ?? ''}）`).join('；')
const presentOf = (m: LedgerMeeting): number => m.attendees.filter((a) => a.present).length

export const threeMeetingsLedger: LedgerDefinition<LedgerMeeting> = {
  title: '三会一课记录台账',
  sheetName: '三会一课',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, identifies: true, value: (_m, i) => i + 1 },
    { header: '会议\n类型', width: 9, identifies: true, value: (m) => meetingTypeName(m.type) },
    { header: '日期', width: 11, kind: 'date', identifies: true, value: (m) => m.date },
    { header: '会议主题', width: 18, align: 'left', value: (m) => m.topic },
    { header: '地点', width: 10, value: (m) => m.place },
    { header: '主持人', width: 7, value: (m) => m.host },
    { header: '记录人', width: 7, value: (m) => m.recorder },
    { header: '授课人', width: 7, value: (m) => m.lecturer },
    { header: '应到', group: '人数', width: 5, kind: 'number', value: (m) => m.attendees.length },
    { header: '实到', group: '人数', width: 5, kind: 'number', value: presentOf },
    { header: '缺席人员及原因', width: 16, align: 'left', value: absentText },
    { header: '议程/学习内容', width: 24, align: 'left', value: (m) => m.content },
    { header: '决议事项', width: 18, align: 'left', value: (m) => m.decisions },
    { header: '学时', width: 5, kind: 'number', value: (m) => m.hours }
  ]
}

export const themeDayLedger: LedgerDefinition<LedgerMeeting> = {
  title: '主题党日台账',
  sheetName: '主题党日',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_m, i) => i + 1 },
    { header: '日期', width: 11, kind: 'date', value: (m) => m.date },
    { header: '主题', width: 20, align: 'left', value: (m) => m.topic },
    { header: '活动内容', width: 34, align: 'left', value: (m) => m.content },
    { header: '地点', width: 12, value: (m) => m.place },
    { header: '主持人', width: 7, value: (m) => m.host },
    { header: '应到', group: '参加人数', width: 5, kind: 'number', value: (m) => m.attendees.length },
    { header: '实到', group: '参加人数', width: 5, kind: 'number', value: presentOf },
    { header: '缺席人员及原因', width: 18, align: 'left', value: absentText },
    { header: '学时', width: 5, kind: 'number', value: (m) => m.hours }
  ]
}

export type HoursEntry = { name: string; partyPost: string | null; orgName: string; date: string | null; type: string | null; topic: string; hours: number; total: number; target: number }

export const hoursLedger: LedgerDefinition<HoursEntry> = {
  title: '党员教育培训学时登记',
  sheetName: '教育培训学时',
  orientation: 'portrait',
  columns: [
    { header: '序号', width: 5, value: (_e, i) => i + 1 },
    { header: '姓名', width: 8, value: (e) => e.name },
    { header: '党内\n职务', width: 9, value: (e) => codeName('partyPosts', e.partyPost) },
    { header: '日期', width: 11, kind: 'date', value: (e) => e.date },
    { header: '学习内容', width: 24, align: 'left', value: (e) => e.topic },
    { header: '形式', width: 11, value: (e) => meetingTypeName(e.type) },
    { header: '学时', width: 5, kind: 'number', value: (e) => e.hours },
    { header: '累计\n学时', width: 6, kind: 'number', value: (e) => e.total },
    { header: '年度\n要求', width: 6, kind: 'number', value: (e) => e.target }
  ]
}

function meetingsOf(ctx: AppContext, orgId: string, year: number, types: MeetingType[]): LedgerMeeting[] {
  return meetingStore
    .list(ctx.db, { orgIds: orgSubtree(ctx, orgId), year, types })
    .reverse()
    .map((m) => ({ ...m, attendees: meetingStore.attendees(ctx.db, m.id) }))
}

/** 学时登记：每名党员一组，按日期列出每次学习与累计；一次也没参加的党员也列一行（学时 0）。 */
export function hoursEntries(ctx: AppContext, orgId: string, year: number, asOf: string): HoursEntry[] {
  const byMember = new Map<string, ReturnType<typeof meetingStore.presence>>()
  for (const p of meetingStore.presence(ctx.db, orgSubtree(ctx, orgId), `${year}-01-01`, `${year}-12-31`)) {
    if (p.hours <= 0) continue
    const list = byMember.get(p.memberId)
    if (list) list.push(p)
    else byMember.set(p.memberId, [p])
  }
  return membersOn(ctx, orgId, asOf).flatMap((m): HoursEntry[] => {
    const target = hoursTarget(m.party_post, meetingRules.hours)
    const mine = byMember.get(m.id) ?? []
    if (!mine.length) return [{ name: m.name, partyPost: m.party_post, orgName: m.org_name, date: null, type: null, topic: '本年度暂无学习记录', hours: 0, total: 0, target }]
    let total = 0
    return mine.map((p) => {
      total = Math.round((total + p.hours) * 10) / 10
      return { name: m.name, partyPost: m.party_post, orgName: m.org_name, date: p.date, type: p.type, topic: p.topic, hours: p.hours, total, target }
    })
  })
}

export async function exportMeetingLedger(ctx: AppContext, q: { orgId: string; year: number; ledger: 'three' | 'theme_day' | 'hours' }): Promise<ExportResult | null> {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const options = (def: { title: string }) => ({ orgId: q.orgId, fileName: (unit: string) => `${def.title}-${unit}-${q.year}年.xlsx`, logId: `meetings-${q.ledger}` })
  if (q.ledger === 'hours') {
    const today = ctx.today()
    const asOf = `${q.year}-12-31` < today ? `${q.year}-12-31` : today
    return exportLedger(ctx, hoursLedger, hoursEntries(ctx, q.orgId, q.year, asOf), options(hoursLedger))
  }
  const def = q.ledger === 'three' ? threeMeetingsLedger : themeDayLedger
  return exportLedger(ctx, def, meetingsOf(ctx, q.orgId, q.year, q.ledger === 'three' ? threeMeetingsOneLesson : ['theme_day']), options(def))
}
