// 会议的硬规则与提醒：应到/实到/缺席原因、党课授课人与学时、支委会与党员大会到会过半、民主评议优秀一般不超过党员总数的 1/3（提醒）
import type { ReviewRule } from './rules'

export type RosterEntry = { id: string; name: string; category: 'full' | 'probationary'; partyPost: string | null; voting: boolean }

export type AttendanceInput = {
  expected: RosterEntry[]
  present: string[]
  absent: { memberId: string; reason: string | null }[]
}

/** Hard errors: nothing is saved while any remain. */
export function attendanceErrors(a: AttendanceInput): string[] {
  const errors: string[] = []
  const byId = new Map(a.expected.map((m) => [m.id, m]))
  const present = new Set(a.present)
  if (present.size !== a.present.length) errors.push('实到名单里有重复的人')
  if (present.size > a.expected.length) errors.push(`实到 ${present.size} 人多于应到 ${a.expected.length} 人`)
  const outsiders = [...present, ...a.absent.map((x) => x.memberId)].filter((id) => !byId.has(id))
  if (outsiders.length) errors.push(`有 ${outsiders.length} 人不在会议日期本组织的应到名单中（列席人员请写在「列席人员」里）`)
  const both = a.absent.filter((x) => present.has(x.memberId)).map((x) => byId.get(x.memberId)?.name ?? '')
  if (both.length) errors.push(`${both.join('、')} 同时被记为到会和缺席`)
  const noReason = a.absent.filter((x) => !x.reason?.trim() && byId.has(x.memberId)).map((x) => byId.get(x.memberId)!.name)
  if (noReason.length) errors.push(`${noReason.join('、')} 缺席，请填写缺席原因`)
  const absentIds = new Set(a.absent.map((x) => x.memberId))
  const unmarked = a.expected.filter((m) => !present.has(m.id) && !absentIds.has(m.id)).map((m) => m.name)
  if (unmarked.length) errors.push(`${unmarked.join('、')} 既未记到会也未记缺席`)
  return errors
}

/** 会议有效条件：支委会须半数以上委员到会；党员大会有表决权的到会人数须超过应到有表决权人数的半数。不达到时提醒，不拦截（会已经开了）。 */
export function quorumWarning(type: string, expected: RosterEntry[], present: string[]): string | null {
  const here = new Set(present)
  if (type === 'committee') {
    if (!expected.length) return '本组织没有登记支委（书记、副书记、委员），支委会应到人数为 0'
    const n = expected.filter((m) => here.has(m.id)).length
    return n * 2 > expected.length ? null : `到会委员 ${n} 人，未超过应到委员 ${expected.length} 人的半数，会议决定无效`
  }
  if (type === 'general') {
    const voters = expected.filter((m) => m.voting)
    const n = voters.filter((m) => here.has(m.id)).length
    return n * 2 > voters.length ? null : `有表决权的到会党员 ${n} 人，未超过应到 ${voters.length} 人的半数，不能进行表决`
  }
  return null
}

export function meetingFieldErrors(m: { type: string; date: string; lecturer: string | null; hours: number | null }, today: string): string[] {
  const errors: string[] = []
  if (m.date > today) errors.push(`会议日期 ${m.date} 晚于今天，不能登记还没开的会`)
  if (m.type === 'lecture' && !m.lecturer) errors.push('党课请填写授课人')
  if (m.type === 'lecture' && !m.hours) errors.push('党课请填写学时')
  return errors
}

/** 民主评议：只给正式党员评定等次（预备党员参加评议但不评定等次）；评定的人须在应到名单里。 */
export function reviewErrors(expected: RosterEntry[], grades: { memberId: string; grade: string }[]): string[] {
  const errors: string[] = []
  const byId = new Map(expected.map((m) => [m.id, m]))
  const probationary = grades.filter((g) => byId.get(g.memberId)?.category === 'probationary').map((g) => byId.get(g.memberId)!.name)
  if (probationary.length) errors.push(`${probationary.join('、')} 是预备党员，参加评议但不评定等次`)
  if (grades.some((g) => !byId.has(g.memberId))) errors.push('评定等次的人不在应到名单中')
  return errors
}

/** 优秀「一般不超过」党员总数的 1/3：分母是全体党员（应到名单），超过的照样保存，提示核实。 */
export function reviewWarning(expected: RosterEntry[], grades: { memberId: string; grade: string }[], rule: ReviewRule): string | null {
  const total = expected.length
  const max = Math.floor((total * rule.excellentMaxNumerator) / rule.excellentMaxDenominator)
  const excellent = grades.filter((g) => g.grade === 'excellent').length
  if (excellent <= max) return null
  return `评为优秀的有 ${excellent} 人，超过党员总数 ${total} 人的 ${rule.excellentMaxNumerator}/${rule.excellentMaxDenominator}（一般不超过 ${max} 人），已保存，请核实`
}
