// 志愿服务活动的 SQL（参加的党员编号与姓名以 JSON 存）
import type { VolunteerTeamType } from '../../shared/volunteer/schemas'
import { fromRow, toRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const VOLUNTEER_FIELDS = [
  'id', 'orgId', 'teamType', 'teamName', 'activityDate', 'serviceContent', 'headcount', 'memberIds', 'memberNames', 'hoursPerPerson', 'served', 'note', 'createdAt', 'updatedAt'
] as const

export type VolunteerRecord = {
  id: string
  orgId: string
  teamType: VolunteerTeamType
  teamName: string
  activityDate: string
  serviceContent: string
  headcount: number
  memberIds: string[]
  memberNames: string[]
  hoursPerPerson: number
  served: number
  note: string | null
  createdAt: string
  updatedAt: string
}

export type VolunteerRow = VolunteerRecord & { orgName: string }

const writes = tableWrites<VolunteerRecord>('volunteer_activities', VOLUNTEER_FIELDS, (rec) =>
  toRow({ ...rec, memberIds: JSON.stringify(rec.memberIds), memberNames: JSON.stringify(rec.memberNames) }, VOLUNTEER_FIELDS)
)
const decode = (r: Record<string, unknown>): VolunteerRow => {
  const rec = fromRow<VolunteerRecord & { memberIds: unknown; memberNames: unknown }>(r, VOLUNTEER_FIELDS)
  return { ...rec, memberIds: JSON.parse(String(rec.memberIds)), memberNames: JSON.parse(String(rec.memberNames)), orgName: String(r.org_name) }
}
const SELECT = 'SELECT t.*, o.name AS org_name FROM volunteer_activities t JOIN orgs o ON o.id = t.org_id'

export const volunteerStore = {
  ...writes,
  /** Live activities of these organisations in [from, to], oldest first. */
  list(db: DB, orgIds: string[], from: string, to: string): VolunteerRow[] {
    return (
      db
        .prepare(`${SELECT} WHERE t.deleted_at IS NULL AND t.org_id IN (SELECT value FROM json_each(?)) AND t.activity_date BETWEEN ? AND ? ORDER BY t.activity_date, t.team_name`)
        .all(JSON.stringify(orgIds), from, to) as Record<string, unknown>[]
    ).map(decode)
  },
  get(db: DB, id: string): VolunteerRow | null {
    const r = db.prepare(`${SELECT} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  }
}
