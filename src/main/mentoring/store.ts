// 师带徒结对的 SQL（节约创效以分为单位）
import type { MentorshipStatus } from '../../shared/mentoring/schemas'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const MENTORSHIP_FIELDS = [
  'id', 'orgId', 'mentorId', 'mentorName', 'apprenticeName', 'apprenticeJob', 'apprenticePhone', 'devPersonId', 'startDate', 'plannedEndDate',
  'skillGoal', 'thoughtGoal', 'otherGoal', 'pairStatus', 'endDate', 'certificate', 'certificateDate', 'proposalCount', 'savingsFen', 'appliedDate', 'note',
  'createdAt', 'updatedAt'
] as const

export type MentorshipRecord = {
  id: string
  orgId: string
  mentorId: string
  mentorName: string
  apprenticeName: string
  apprenticeJob: string
  apprenticePhone: string | null
  devPersonId: string | null
  startDate: string
  plannedEndDate: string
  skillGoal: string | null
  thoughtGoal: string | null
  otherGoal: string | null
  pairStatus: MentorshipStatus
  endDate: string | null
  certificate: string | null
  certificateDate: string | null
  proposalCount: number
  savingsFen: number
  appliedDate: string | null
  note: string | null
  createdAt: string
  updatedAt: string
}

export type MentorshipRow = MentorshipRecord & { orgName: string; devPersonName: string | null }

const writes = tableWrites<MentorshipRecord>('mentorships', MENTORSHIP_FIELDS)
const SELECT = `SELECT t.*, o.name AS org_name, d.name AS dev_person_name FROM mentorships t JOIN orgs o ON o.id = t.org_id
  LEFT JOIN dev_people d ON d.id = t.dev_person_id AND d.deleted_at IS NULL`
const decode = (r: Record<string, unknown>): MentorshipRow => ({
  ...fromRow<MentorshipRecord>(r, MENTORSHIP_FIELDS),
  orgName: String(r.org_name),
  devPersonName: (r.dev_person_name as string | null) ?? null
})

export const mentorshipStore = {
  ...writes,
  /** Live pairs of these organisations that started on or before `until` and had not ended before `from`. */
  list(db: DB, orgIds: string[], from: string, until: string): MentorshipRow[] {
    return (
      db
        .prepare(`${SELECT} WHERE t.deleted_at IS NULL AND t.org_id IN (SELECT value FROM json_each(?)) AND t.start_date <= ? AND (t.end_date IS NULL OR t.end_date >= ?)
          ORDER BY t.start_date, t.mentor_name, t.apprentice_name`)
        .all(JSON.stringify(orgIds), until, from) as Record<string, unknown>[]
    ).map(decode)
  },
  get(db: DB, id: string): MentorshipRow | null {
    const r = db.prepare(`${SELECT} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  }
}
