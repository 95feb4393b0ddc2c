// 连续未参加组织生活：≥3 个月黄灯、≥6 个月红灯（党章第九条“自行脱党”），月数取自规则表
import { monthIndex } from './calendar'

export type AbsenceLevel = 'yellow' | 'red'

export type AbsenceMember = { id: string; name: string; orgName: string; since: string; attended: string[] }

export type AbsenceRow = { memberId: string; name: string; orgName: string; lastAttended: string | null; monthsMissed: number; level: AbsenceLevel | null }

/**
 * Counts whole calendar months without attending, before the current month.
 * Counting starts at the later of: the first full month of membership, and the month of the organisation's first
 * recorded meeting (before that the software knows nothing, so silence there proves nothing).
 */
export function absenceOf(
  m: AbsenceMember,
  opts: { today: string; firstRecorded: string | null; yellowMonths: number; redMonths: number }
): AbsenceRow {
  const attended = m.attended.filter((d) => d <= opts.today).sort()
  const lastAttended = attended.length ? attended[attended.length - 1] : null
  if (!opts.firstRecorded) return { memberId: m.id, name: m.name, orgName: m.orgName, lastAttended, monthsMissed: 0, level: null }
  const memberStart = monthIndex(m.since) + (m.since.endsWith('-01') ? 0 : 1)
  let from = Math.max(memberStart, monthIndex(opts.firstRecorded))
  if (lastAttended) from = Math.max(from, monthIndex(lastAttended) + 1)
  const monthsMissed = Math.max(0, monthIndex(opts.today) - from)
  const level: AbsenceLevel | null = monthsMissed >= opts.redMonths ? 'red' : monthsMissed >= opts.yellowMonths ? 'yellow' : null
  return { memberId: m.id, name: m.name, orgName: m.orgName, lastAttended, monthsMissed, level }
}
