// 会议与到会名单的 SQL
import type { MeetingType } from '../../shared/meetings/schemas'
import { fromRow, toRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const MEETING_FIELDS = [
  'id', 'orgId', 'type', 'topic', 'date', 'place', 'host', 'recorder', 'lecturer', 'hours', 'content', 'discussion', 'decisions',
  'guests', 'lifeSteps', 'createdAt', 'updatedAt'
] as const

export type MeetingRecord = {
  id: string
  orgId: string
  type: MeetingType
  topic: string
  date: string
  place: string | null
  host: string | null
  recorder: string | null
  lecturer: string | null
  hours: number | null
  content: string | null
  discussion: string | null
  decisions: string | null
  guests: string | null
  lifeSteps: ('study' | 'talks' | 'opinions' | 'checklist')[]
  createdAt: string
  updatedAt: string
}

export type AttendeeRecord = { memberId: string; name: string; category: string; present: boolean; voting: boolean; reason: string | null; grade: string | null }

const decode = (r: Record<string, unknown>): MeetingRecord & { orgName: string } => ({
  ...fromRow<MeetingRecord>(r, MEETING_FIELDS),
  lifeSteps: JSON.parse(String(r.life_steps ?? '[]')) as MeetingRecord['lifeSteps'],
  orgName: String(r.org_name)
})
const encode = (rec: MeetingRecord): Record<string, unknown> => ({ ...toRow(rec, MEETING_FIELDS), life_steps: JSON.stringify(rec.lifeSteps) })

const SELECT = 'SELECT m.*, o.name AS org_name FROM meetings m JOIN orgs o ON o.id = m.org_id'

export type MeetingFilter = { orgIds?: string[]; year?: number; from?: string; to?: string; types?: string[] }

export const meetingStore = {
  ...tableWrites<MeetingRecord>('meetings', MEETING_FIELDS, encode),
  list(db: DB, f: MeetingFilter): (MeetingRecord & { orgName: string; expected: number; presentCount: number })[] {
    const where = ['m.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.orgIds) (where.push('m.org_id IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(f.orgIds)))
    if (f.year) (where.push("m.date BETWEEN ? AND ?"), params.push(`${f.year}-01-01`, `${f.year}-12-31`))
    if (f.from) (where.push('m.date >= ?'), params.push(f.from))
    if (f.to) (where.push('m.date <= ?'), params.push(f.to))
    if (f.types) (where.push('m.type IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(f.types)))
    const rows = db
      .prepare(
        `SELECT m.*, o.name AS org_name,
          (SELECT COUNT(*) FROM meeting_attendees a WHERE a.meeting_id = m.id) AS expected,
          (SELECT COUNT(*) FROM meeting_attendees a WHERE a.meeting_id = m.id AND a.present = 1) AS present_count
         FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE ${where.join(' AND ')} ORDER BY m.date DESC, m.created_at DESC`
      )
      .all(...params) as Record<string, unknown>[]
    return rows.map((r) => ({ ...decode(r), expected: Number(r.expected), presentCount: Number(r.present_count) }))
  },
  get(db: DB, id: string): (MeetingRecord & { orgName: string }) | null {
    const r = db.prepare(`${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  attendees(db: DB, meetingId: string): AttendeeRecord[] {
    const rows = db
      .prepare('SELECT member_id, name, category, present, voting, reason, grade FROM meeting_attendees WHERE meeting_id = ? ORDER BY present DESC, rowid')
      .all(meetingId) as { member_id: string; name: string; category: string; present: number; voting: number; reason: string | null; grade: string | null }[]
    return rows.map((r) => ({ memberId: r.member_id, name: r.name, category: r.category, present: r.present === 1, voting: r.voting === 1, reason: r.reason, grade: r.grade }))
  },
  /** Each presence from `from` to `to`, over live meetings of the given organisations (the meetings index drives the join). */
  presence(db: DB, orgIds: string[], from: string, to: string): { memberId: string; date: string; hours: number; type: string; topic: string }[] {
    return db
      .prepare(
        `SELECT a.member_id AS memberId, m.date, COALESCE(m.hours, 0) AS hours, m.type, m.topic FROM meetings m JOIN meeting_attendees a ON a.meeting_id = m.id
         WHERE m.org_id IN (SELECT value FROM json_each(?)) AND m.date BETWEEN ? AND ? AND m.deleted_at IS NULL AND a.present = 1 ORDER BY m.date`
      )
      .all(JSON.stringify(orgIds), from, to) as { memberId: string; date: string; hours: number; type: string; topic: string }[]
  },
  /** The last date each member was present, up to a date. */
  lastPresence(db: DB, orgIds: string[], upTo: string): Map<string, string> {
    const rows = db
      .prepare(
        `SELECT a.member_id AS memberId, MAX(m.date) AS last FROM meetings m JOIN meeting_attendees a ON a.meeting_id = m.id
         WHERE m.org_id IN (SELECT value FROM json_each(?)) AND m.date <= ? AND m.deleted_at IS NULL AND a.present = 1 GROUP BY a.member_id`
      )
      .all(JSON.stringify(orgIds), upTo) as { memberId: string; last: string }[]
    return new Map(rows.map((r) => [r.memberId, r.last]))
  },
  firstDate(db: DB, orgIds: string[]): string | null {
    const r = db.prepare('SELECT MIN(date) AS d FROM meetings WHERE deleted_at IS NULL AND org_id IN (SELECT value FROM json_each(?))').get(JSON.stringify(orgIds)) as { d: string | null }
    return r.d
  },
  replaceAttendees(db: DB, meetingId: string, list: AttendeeRecord[]): void {
    db.prepare('DELETE FROM meeting_attendees WHERE meeting_id = ?').run(meetingId)
    const ins = db.prepare('INSERT INTO meeting_attendees (meeting_id, member_id, name, category, present, voting, reason, grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    for (const a of list) ins.run(meetingId, a.memberId, a.name, a.category, a.present ? 1 : 0, a.voting ? 1 : 0, a.reason, a.grade)
  }
}
