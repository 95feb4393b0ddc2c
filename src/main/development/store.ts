// 发展党员的 SQL：人员（dev_people）、每一步的登记（dev_records）、年度发展计划（dev_plans）
import type { DevPerson } from '../../shared/development/schemas'
import type { DevRecord, RecordDetail, RecordKind } from '../../shared/development/types'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const PERSON_FIELDS = [
  'id', 'orgId', 'enterpriseName', 'name', 'idNumber', 'gender', 'ethnicity', 'birthDate', 'education', 'jobPost', 'phone', 'remark',
  'memberId', 'outcome', 'outcomeDate', 'outcomeReason', 'createdAt', 'updatedAt'
] as const

export type PersonRecord = Omit<DevPerson, 'orgName'>
export type StoredRecord = DevRecord & { id: string; personId: string; createdAt: string; updatedAt: string }

const SELECT = 'SELECT p.*, o.name AS org_name FROM dev_people p JOIN orgs o ON o.id = p.org_id'
const decode = (r: Record<string, unknown>): DevPerson => ({ ...fromRow<PersonRecord>(r, PERSON_FIELDS), orgName: String(r.org_name) })
const decodeRecord = (r: Record<string, unknown>): StoredRecord => ({
  id: String(r.id),
  personId: String(r.person_id),
  kind: r.kind as RecordKind,
  date: String(r.date),
  endDate: (r.end_date as string | null) ?? null,
  actor: (r.actor as string | null) ?? null,
  detail: JSON.parse(String(r.detail_json)) as RecordDetail,
  createdAt: String(r.created_at),
  updatedAt: String(r.updated_at)
})

export const devStore = {
  ...tableWrites<PersonRecord>('dev_people', PERSON_FIELDS),
  list(db: DB, orgIds?: string[]): DevPerson[] {
    const where = ['p.deleted_at IS NULL']
    if (orgIds) where.push(`p.org_id IN (${orgIds.map(() => '?').join(',') || 'NULL'})`)
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.created_at, p.name`).all(...(orgIds ?? [])) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string, withDeleted = false): DevPerson | null {
    const r = db.prepare(`${SELECT} WHERE p.id = ?${withDeleted ? '' : ' AND p.deleted_at IS NULL'}`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  findLiveByIdNumber(db: DB, idNumber: string): DevPerson | null {
    const r = db.prepare(`${SELECT} WHERE p.id_number = ? AND p.deleted_at IS NULL`).get(idNumber) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  records(db: DB, personIds: string[]): StoredRecord[] {
    if (!personIds.length) return []
    const rows = db.prepare(`SELECT * FROM dev_records WHERE person_id IN (${personIds.map(() => '?').join(',')}) ORDER BY date, created_at`).all(...personIds)
    return (rows as Record<string, unknown>[]).map(decodeRecord)
  },
  allRecords(db: DB): StoredRecord[] {
    return (db.prepare('SELECT r.* FROM dev_records r JOIN dev_people p ON p.id = r.person_id WHERE p.deleted_at IS NULL ORDER BY r.date, r.created_at').all() as Record<string, unknown>[]).map(decodeRecord)
  },
  getRecord(db: DB, id: string): StoredRecord | null {
    const r = db.prepare('SELECT * FROM dev_records WHERE id = ?').get(id) as Record<string, unknown> | undefined
    return r ? decodeRecord(r) : null
  },
  saveRecord(db: DB, rec: StoredRecord): void {
    db.prepare(
      `INSERT INTO dev_records (id, person_id, kind, date, end_date, actor, detail_json, created_at, updated_at)
       VALUES (@id, @person_id, @kind, @date, @end_date, @actor, @detail_json, @created_at, @updated_at)
       ON CONFLICT(id) DO UPDATE SET date = excluded.date, end_date = excluded.end_date, actor = excluded.actor,
         detail_json = excluded.detail_json, updated_at = excluded.updated_at`
    ).run({
      id: rec.id, person_id: rec.personId, kind: rec.kind, date: rec.date, end_date: rec.endDate, actor: rec.actor,
      detail_json: JSON.stringify(rec.detail), created_at: rec.createdAt, updated_at: rec.updatedAt
    })
  },
  removeRecord(db: DB, id: string): void {
    db.prepare('DELETE FROM dev_records WHERE id = ?').run(id)
  },
  plans(db: DB, year: number): Map<string, number> {
    const rows = db.prepare('SELECT org_id, planned FROM dev_plans WHERE year = ?').all(year) as { org_id: string; planned: number }[]
    return new Map(rows.map((r) => [r.org_id, r.planned]))
  },
  savePlan(db: DB, orgId: string, year: number, planned: number, at: string): void {
    db.prepare(
      'INSERT INTO dev_plans (org_id, year, planned, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(org_id, year) DO UPDATE SET planned = excluded.planned, updated_at = excluded.updated_at'
    ).run(orgId, year, planned, at)
  }
}
