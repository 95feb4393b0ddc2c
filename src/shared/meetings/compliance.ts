// 组织生活频次达标：一个支部一年里每条规则按月、季、年逐期核对，并给每个月一盏灯
import { QUARTER_NAMES, monthEnd, monthStart } from './calendar'
import type { FrequencyRule, MeetingPeriod } from './rules'

export type PeriodStatus = 'met' | 'missed' | 'open' | 'future' | 'not_due'

export type PeriodCheck = { label: string; start: string; end: string; required: number; held: number; status: PeriodStatus }

export type RuleResult = {
  type: string
  period: MeetingPeriod
  count: number
  note: string
  /** 不适用的原因（如「未设党小组」）；适用时为 null */
  notApplicable: string | null
  periods: PeriodCheck[]
  due: number
  met: number
}

/** green 全部达标；yellow 有缺项但当月开过会；red 应开未开；open 本月进行中；future 未到；none 不需要 */
export type MonthLight = 'green' | 'yellow' | 'red' | 'open' | 'future' | 'none'

export type MonthCell = { month: number; light: MonthLight; held: Record<string, number>; missing: string[] }

export type ComplianceResult = {
  year: number
  rules: RuleResult[]
  months: MonthCell[]
  /** 已到期的期数与其中达标的期数 */
  due: number
  met: number
  rate: number | null
  counts: Record<string, number>
}

export type ComplianceInput = {
  year: number
  today: string
  rules: FrequencyRule[]
  /** 党组织成立日期：成立前开始的期不要求 */
  since: string | null
  hasCommittee: boolean
  hasPartyGroups: boolean
  meetings: { type: string; date: string }[]
}

function periodsOf(period: MeetingPeriod, year: number): { label: string; start: string; end: string; endMonth: number }[] {
  if (period === 'month')
    return Array.from({ length: 12 }, (_, i) => ({ label: `${i + 1}月`, start: monthStart(year, i + 1), end: monthEnd(year, i + 1), endMonth: i + 1 }))
  if (period === 'quarter')
    return [1, 2, 3, 4].map((q) => ({ label: QUARTER_NAMES[q - 1], start: monthStart(year, q * 3 - 2), end: monthEnd(year, q * 3), endMonth: q * 3 }))
  return [{ label: '全年', start: monthStart(year, 1), end: monthEnd(year, 12), endMonth: 12 }]
}

function statusOf(p: { start: string; end: string }, required: number, held: number, today: string, since: string | null): PeriodStatus {
  if (since && since > p.start) return 'not_due'
  if (p.start > today) return 'future'
  if (held >= required) return 'met'
  return p.end < today ? 'missed' : 'open'
}

const NOT_APPLICABLE: Record<string, string> = { committee: '未设支委会（正式党员不足）', partyGroups: '未设党小组' }

export function computeCompliance(input: ComplianceInput): ComplianceResult {
  const { year, today, since } = input
  const inYear = input.meetings.filter((m) => m.date.startsWith(`${year}-`) && m.date <= today)
  const counts: Record<string, number> = {}
  for (const m of inYear) counts[m.type] = (counts[m.type] ?? 0) + 1
  const condition: Record<string, boolean> = { committee: input.hasCommittee, partyGroups: input.hasPartyGroups }
  const endingIn = new Map<number, { type: string; status: PeriodStatus }[]>()

  const rules = input.rules.map((rule): RuleResult => {
    const notApplicable = rule.condition && !condition[rule.condition] ? (NOT_APPLICABLE[rule.condition] ?? '不适用') : null
    const periods = notApplicable
      ? []
      : periodsOf(rule.period, year).map((p) => {
          const held = inYear.filter((m) => m.type === rule.type && m.date >= p.start && m.date <= p.end).length
          const check: PeriodCheck = { label: p.label, start: p.start, end: p.end, required: rule.count, held, status: statusOf(p, rule.count, held, today, since) }
          endingIn.set(p.endMonth, [...(endingIn.get(p.endMonth) ?? []), { type: rule.type, status: check.status }])
          return check
        })
    const due = periods.filter((p) => p.status === 'met' || p.status === 'missed').length
    const met = periods.filter((p) => p.status === 'met').length
    return { type: rule.type, period: rule.period, count: rule.count, note: rule.note, notApplicable, periods, due, met }
  })

  const months = Array.from({ length: 12 }, (_, i): MonthCell => {
    const month = i + 1
    const held: Record<string, number> = {}
    for (const m of inYear) if (Number(m.date.slice(5, 7)) === month) held[m.type] = (held[m.type] ?? 0) + 1
    const checks = endingIn.get(month) ?? []
    const missing = checks.filter((c) => c.status === 'missed' || c.status === 'open').map((c) => c.type)
    return { month, light: lightOf(month, checks, held, year, today), held, missing }
  })

  const due = rules.reduce((n, r) => n + r.due, 0)
  const met = rules.reduce((n, r) => n + r.met, 0)
  return { year, rules, months, due, met, rate: due ? met / due : null, counts }
}

function lightOf(month: number, checks: { status: PeriodStatus }[], held: Record<string, number>, year: number, today: string): MonthLight {
  if (monthStart(year, month) > today) return 'future'
  const relevant = checks.filter((c) => c.status !== 'not_due')
  if (!relevant.length) return 'none'
  if (relevant.every((c) => c.status === 'met')) return 'green'
  if (relevant.some((c) => c.status === 'open')) return 'open'
  return Object.keys(held).length ? 'yellow' : 'red'
}
