// 组织表的 SQL
import { fromRow, toRow } from '../db/columns'
import type { OrgData } from '../../shared/org/schemas'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const ORG_FIELDS = [
  'id', 'parentId', 'name', 'orgType', 'setupMode', 'enterpriseName', 'creditCode', 'industry', 'park', 'employees',
  'secretary', 'deputySecretary', 'committeeMembers', 'establishedDate', 'lastElectionDate', 'termYears', 'instructor',
  'redStation', 'remark', 'createdAt', 'updatedAt'
] as const

export type OrgRecord = Omit<OrgData, 'id'> & { id: string; createdAt: string; updatedAt: string }

const decode = (row: Record<string, unknown>): OrgRecord => {
  const rec = fromRow<OrgRecord & { committeeMembers: unknown }>(row, ORG_FIELDS)
  return { ...rec, committeeMembers: JSON.parse(String(row.committee_members ?? '[]')) as string[] }
}
const encode = (rec: OrgRecord): Record<string, unknown> => ({
  ...toRow(rec as unknown as Record<string, unknown>, ORG_FIELDS),
  committee_members: JSON.stringify(rec.committeeMembers)
})

export const orgStore = {
  ...tableWrites<OrgRecord>('orgs', ORG_FIELDS, encode),
  list(db: DB): (OrgRecord & { memberCount: number })[] {
    const rows = db
      .prepare(
        `SELECT o.*, (SELECT COUNT(*) FROM members m WHERE m.org_id = o.id AND m.deleted_at IS NULL) AS member_count
         FROM orgs o WHERE o.deleted_at IS NULL ORDER BY o.created_at, o.name`
      )
      .all() as Record<string, unknown>[]
    return rows.map((r) => ({ ...decode(r), memberCount: Number(r.member_count) }))
  },
  get(db: DB, id: string, withDeleted = false): OrgRecord | null {
    const row = db.prepare(`SELECT * FROM orgs WHERE id = ?${withDeleted ? '' : ' AND deleted_at IS NULL'}`).get(id)
    return row ? decode(row as Record<string, unknown>) : null
  },
  liveChildren(db: DB, id: string): number {
    return (db.prepare('SELECT COUNT(*) AS n FROM orgs WHERE parent_id = ? AND deleted_at IS NULL').get(id) as { n: number }).n
  },
  liveMembers(db: DB, id: string): number {
    return (db.prepare('SELECT COUNT(*) AS n FROM members WHERE org_id = ? AND deleted_at IS NULL').get(id) as { n: number }).n
  }
}
