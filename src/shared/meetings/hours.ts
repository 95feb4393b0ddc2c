// 党员教育培训学时：每人每年应完成的学时（书记、委员更高）与达标情况
import type { EducationHoursRule } from './rules'

export function hoursTarget(partyPost: string | null, rule: EducationHoursRule): number {
  return partyPost && rule.leaderPosts.includes(partyPost) ? rule.leaderHours : rule.memberHours
}

export type HoursRow = { memberId: string; name: string; orgName: string; partyPost: string | null; target: number; hours: number; attained: boolean }

export function hoursSummary(
  members: { id: string; name: string; orgName: string; partyPost: string | null }[],
  entries: { memberId: string; hours: number }[],
  rule: EducationHoursRule
): { rows: HoursRow[]; attained: number; rate: number | null } {
  const sum = new Map<string, number>()
  for (const e of entries) sum.set(e.memberId, (sum.get(e.memberId) ?? 0) + e.hours)
  const rows = members.map((m): HoursRow => {
    const target = hoursTarget(m.partyPost, rule)
    const hours = Math.round((sum.get(m.id) ?? 0) * 10) / 10
    return { memberId: m.id, name: m.name, orgName: m.orgName, partyPost: m.partyPost, target, hours, attained: hours >= target }
  })
  const attained = rows.filter((r) => r.attained).length
  return { rows, attained, rate: rows.length ? attained / rows.length : null }
}
