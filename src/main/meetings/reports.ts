// 频次达标、连续未参加组织生活、教育学时（按组织和年度取数）
import { absenceOf } from '../../shared/meetings/absence'
import { computeCompliance } from '../../shared/meetings/compliance'
import { hoursSummary } from '../../shared/meetings/hours'
import type { ComplianceReport, HoursReport } from '../../shared/meetings/schemas'
import type { EducationHoursRule, FrequencyRuleSet } from '../../shared/meetings/rules'
import { notFound } from '../../shared/errors'
import type { AppContext } from '../context'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { effectiveRuleFile } from '../rules/service'
import { membersOn } from './roster'
import { meetingStore } from './store'

const yearEnd = (year: number, today: string): string => (`${year}-12-31` < today ? `${year}-12-31` : today)

/** 一个党组织一年的组织生活频次核对（每月一盏灯）与连续未参加组织生活的党员。 */
export function meetingCompliance(ctx: AppContext, orgId: string, year: number): ComplianceReport {
  const org = orgStore.get(ctx.db, orgId)
  if (!org) throw notFound('党组织')
  const today = ctx.today()
  const rules = effectiveRuleFile<FrequencyRuleSet>(ctx, 'meeting-frequency', orgId)
  const asOf = yearEnd(year, today)
  const members = membersOn(ctx, orgId, asOf)
  const fullMembers = members.filter((m) => m.category === 'full').length
  const hasCommittee = fullMembers >= rules.committeeMinFullMembers
  const hasPartyGroups = members.some((m) => m.party_post === rules.partyGroupLeaderPost)
  const applies = rules.branchOrgTypes.includes(org.orgType)
  const meetings = meetingStore.list(ctx.db, { orgIds: [orgId], year }).map((m) => ({ type: m.type, date: m.date }))
  const result = computeCompliance({ year, today, rules: applies ? rules.rules : [], since: org.establishedDate, hasCommittee, hasPartyGroups, meetings })
  return {
    ...result,
    orgName: org.name,
    applies,
    reason: applies ? null : '党委、党总支的组织生活按其下属党支部核对，请选择党支部',
    hasCommittee,
    hasPartyGroups,
    ruleVersion: rules.version,
    absence: memberAbsence(ctx, orgId, today, asOf === today ? members : undefined)
  }
}

/** 本组织（含下级）每名党员连续未参加组织生活的月数，按月数从多到少。 */
export function memberAbsence(ctx: AppContext, orgId: string, today: string, members = membersOn(ctx, orgId, today)) {
  const ids = orgSubtree(ctx, orgId)
  const last = meetingStore.lastPresence(ctx.db, ids, today)
  const firstRecorded = meetingStore.firstDate(ctx.db, ids)
  const { yellowMonths, redMonths } = effectiveRuleFile<FrequencyRuleSet>(ctx, 'meeting-frequency', orgId).absence
  return members
    .map((m) => absenceOf({ id: m.id, name: m.name, orgName: m.org_name, since: m.since, attended: last.has(m.id) ? [last.get(m.id)!] : [] }, { today, firstRecorded, yellowMonths, redMonths }))
    .sort((a, b) => b.monthsMissed - a.monthsMissed)
}

/** 每名党员本年度参加会议与培训的学时，对照 32 / 56 学时。 */
export function educationHours(ctx: AppContext, orgId: string, year: number): HoursReport {
  if (!orgStore.get(ctx.db, orgId)) throw notFound('党组织')
  const today = ctx.today()
  const members = membersOn(ctx, orgId, yearEnd(year, today)).map((m) => ({ id: m.id, name: m.name, orgName: m.org_name, partyPost: m.party_post }))
  const entries = meetingStore.presence(ctx.db, orgSubtree(ctx, orgId), `${year}-01-01`, `${year}-12-31`)
  const hours = effectiveRuleFile<EducationHoursRule>(ctx, 'education-hours', orgId)
  const s = hoursSummary(members, entries, hours)
  return { year, ruleVersion: hours.version, ...s }
}
