// C 类组织生活与 B1.3 学时：看体检日前 12 个月（成立不满一年的从成立日起）登记的会议，对照模板里的应开次数。
// 只算党支部（含联合、临时党支部）自己开的会；党委、党总支的组织生活按下属支部体检，这里不给建议分。
import { type ReviewWindow, clampScore, proratedExpected, reviewWindow, shareScore, shortfallScore } from '../../../shared/checkups/suggest'
import { hoursSummary } from '../../../shared/meetings/hours'
import type { EducationHoursRule, FrequencyRuleSet, ReviewRule } from '../../../shared/meetings/rules'
import { type MeetingType, lifeSteps } from '../../../shared/meetings/schemas'
import { lifeStepName, meetingRules, meetingTypeName } from '../../../shared/meetings/tables'
import type { AppContext } from '../../context'
import { orgSubtree } from '../../members/service'
import { membersOn } from '../../meetings/roster'
import { type MeetingRecord, meetingStore } from '../../meetings/store'
import { type OrgRecord, orgStore } from '../../org/store'
import { effectiveRuleFile } from '../../rules/service'
import { type MetricFn, param } from './types'

type Facts = { org: OrgRecord; window: ReviewWindow; meetings: MeetingRecord[]; hasCommittee: boolean; hasPartyGroups: boolean; rules: FrequencyRuleSet }

function meetingFacts(ctx: AppContext, orgId: string, checkDate: string): Facts | null {
  const org = orgStore.get(ctx.db, orgId)
  const rules = effectiveRuleFile<FrequencyRuleSet>(ctx, 'meeting-frequency', orgId)
  if (!org || !rules.branchOrgTypes.includes(org.orgType)) return null
  const window = reviewWindow(checkDate, org.establishedDate)
  if (!window) return null
  const members = membersOn(ctx, orgId, checkDate)
  return {
    org,
    window,
    meetings: meetingStore.list(ctx.db, { orgIds: [orgId], from: window.from, to: window.to }),
    hasCommittee: members.filter((m) => m.category === 'full').length >= rules.committeeMinFullMembers,
    hasPartyGroups: members.some((m) => m.party_post === rules.partyGroupLeaderPost),
    rules
  }
}

const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const
const perYear = (r: { count: number; period: keyof typeof PERIODS_PER_YEAR } | undefined): number | null => (r ? r.count * PERIODS_PER_YEAR[r.period] : null)

/** 模板里的一年应开次数与规则文件一致时，跟着本组织调整后的频次走（如党课改为每年 2 次）；模板另定的按模板。 */
function yearlyExpected(type: MeetingType, templateExpected: number, rules: FrequencyRuleSet): number {
  const seed = perYear(meetingRules.frequency.rules.find((r) => r.type === type))
  const mine = perYear(rules.rules.find((r) => r.type === type))
  return seed !== null && mine !== null && templateExpected === seed ? mine : templateExpected
}

/** 「每少 1 次扣 x」：模板参数 expected（一年应开次数）与 perMissing。`exempt` 说明为什么不要求开（不要求时给满分）。 */
function frequencyMetric(type: MeetingType, exempt?: (f: Facts) => string | null, extra?: (f: Facts, item: Parameters<MetricFn>[3]) => { deduct: number; note: string; finding?: string } | null): MetricFn {
  return (ctx, orgId, checkDate, item) => {
    const f = meetingFacts(ctx, orgId, checkDate)
    if (!f) return null
    const why = exempt?.(f)
    if (why) return { score: item.score, explanation: `${why}，按满分` }
    const name = meetingTypeName(type)
    const held = f.meetings.filter((m) => m.type === type).length
    const expected = proratedExpected(yearlyExpected(type, param(item, 'expected', 0), f.rules), f.window.months)
    const per = param(item, 'perMissing', 0)
    const parts = [`登记${name} ${held} 次，应不少于 ${expected} 次`]
    if (held < expected) parts.push(`少 ${expected - held} 次，每次扣 ${per}`)
    const more = extra?.(f, item)
    if (more) parts.push(more.note)
    const finding = [held < expected ? `近一年${name}开了 ${held} 次，少于应开的 ${expected} 次` : null, more?.finding ?? null].filter(Boolean).join('；')
    return { score: clampScore(shortfallScore(item.score, held, expected, per) - (more?.deduct ?? 0), item.score), explanation: `${parts.join('；')}（${f.window.label}）`, ...(finding ? { finding } : {}) }
  }
}

/** 最近一次某类会议（没有则 null）。 */
const latest = (f: Facts, type: MeetingType): MeetingRecord | null => f.meetings.find((m) => m.type === type) ?? null

export const meetingMetrics: Record<string, MetricFn> = {
  // C1.1 支委会一般每月 1 次（正式党员 7 人以上设支委会）
  'meetings.committee': frequencyMetric('committee', (f) => (f.hasCommittee ? null : `正式党员不足 ${meetingRules.frequency.committeeMinFullMembers} 名，不设支委会`)),
  // C1.2 支部党员大会一般每季度 1 次
  'meetings.general': frequencyMetric('general'),
  // C1.3 党小组会一般每月 1 次（设党小组的）
  'meetings.group': frequencyMetric('group', (f) => (f.hasPartyGroups ? null : '花名册里没有党小组长，视为未设党小组')),
  // C1.4 党课每季度至少 1 次；书记每年至少讲 1 次（看党课的授课人是不是组织信息里的书记）
  'meetings.lecture': frequencyMetric('lecture', undefined, (f, item) => {
    const secretary = f.org.secretary
    if (!secretary) return { deduct: 0, note: '组织信息中没有书记姓名，书记是否讲党课请人工核对' }
    if (f.meetings.some((m) => m.type === 'lecture' && m.lecturer === secretary)) return { deduct: 0, note: `书记${secretary}讲过党课` }
    const d = param(item, 'secretaryMissing', 1)
    return { deduct: d, note: `没有书记${secretary}讲党课的记录，扣 ${d}`, finding: `书记${secretary}本年度没有讲党课` }
  }),
  // C2.1 主题党日每月 1 次
  'meetings.partyDay': frequencyMetric('theme_day'),
  // C3.1 组织生活会每年至少 1 次；会前学习、谈心谈话、征求意见、会后整改清单，缺一项扣 1
  'meetings.lifeMeeting': (ctx, orgId, checkDate, item) => {
    const f = meetingFacts(ctx, orgId, checkDate)
    if (!f) return null
    const m = latest(f, 'life')
    if (!m) return { score: 0, explanation: `没有组织生活会的记录（${f.window.label}）`, finding: '近一年没有召开组织生活会' }
    const missing = lifeSteps.filter((s) => !m.lifeSteps.includes(s))
    const per = param(item, 'perMissingStep', 1)
    if (!missing.length) return { score: item.score, explanation: `${m.date} 召开组织生活会，会前会后各环节都有记录` }
    return {
      score: clampScore(item.score - per * missing.length, item.score),
      explanation: `${m.date} 召开组织生活会，缺${missing.map(lifeStepName).join('、')}的记录，每项扣 ${per}`,
      finding: `组织生活会缺${missing.map(lifeStepName).join('、')}的记录`
    }
  },
  // C3.2 民主评议每年 1 次；优秀「一般不超过」党员总数的 1/3（分母是评议当天的全体党员）：超过的写明，扣不扣分看模板参数 excellentOver
  'meetings.democraticReview': (ctx, orgId, checkDate, item) => {
    const f = meetingFacts(ctx, orgId, checkDate)
    if (!f) return null
    const m = latest(f, 'review')
    if (!m) return { score: 0, explanation: `没有民主评议党员的记录（${f.window.label}）`, finding: '近一年没有开展民主评议党员' }
    const excellent = meetingStore.attendees(ctx.db, m.id).filter((a) => a.grade === 'excellent').length
    const total = membersOn(ctx, orgId, m.date).length
    const { excellentMaxNumerator: num, excellentMaxDenominator: den } = effectiveRuleFile<ReviewRule>(ctx, 'democratic-review', orgId)
    const base = `${m.date} 开展民主评议，评为优秀 ${excellent} 人，党员总数 ${total} 人`
    if (excellent * den > total * num) {
      const d = param(item, 'excellentOver', 1)
      return {
        score: clampScore(item.score - d, item.score),
        explanation: `${base}，超过党员总数的 ${num}/${den}（「一般不超过」，请核实）${d ? `，扣 ${d}` : '，不扣分'}`,
        finding: `民主评议评为优秀 ${excellent} 人，超过党员总数的 ${num}/${den}`
      }
    }
    return { score: item.score, explanation: `${base}，未超过党员总数的 ${num}/${den}` }
  },
  // B1.3 学时：得分 = 满分 × 达标人数 / 应达标人数（党员 32、书记和委员 56，成立不满一年的按月折算）
  'education.hours': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    const window = org && reviewWindow(checkDate, org.establishedDate)
    if (!window) return null
    const base = effectiveRuleFile<EducationHoursRule>(ctx, 'education-hours', orgId)
    const scale = (h: number): number => Math.round((h * window.months) / 12)
    const rule = { ...base, memberHours: scale(base.memberHours), leaderHours: scale(base.leaderHours) }
    const members = membersOn(ctx, orgId, checkDate).map((m) => ({ id: m.id, name: m.name, orgName: m.org_name, partyPost: m.party_post }))
    if (!members.length) return { score: 0, explanation: '花名册中没有党员', finding: '花名册中没有党员' }
    const s = hoursSummary(members, meetingStore.presence(ctx.db, orgSubtree(ctx, orgId), window.from, window.to), rule)
    const score = shareScore(item.score, s.attained, members.length)
    return {
      score,
      explanation: `应达标 ${members.length} 人，达标 ${s.attained} 人（党员 ${rule.memberHours} 学时、书记和委员 ${rule.leaderHours} 学时）；${item.score} × ${s.attained} / ${members.length} = ${score}（${window.label}）`,
      ...(s.attained < members.length ? { finding: `${members.length - s.attained} 名党员年度学习未达到规定学时（党员 ${rule.memberHours} 学时、书记和委员 ${rule.leaderHours} 学时）` } : {})
    }
  }
}
