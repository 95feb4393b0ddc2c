// 指导员走访表的 SQL
import { fromRow, toRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const VISIT_FIELDS = ['id', 'orgId', 'date', 'instructor', 'mode', 'findings', 'problems', 'guidance', 'needs', 'nextPlan', 'contact', 'createdAt', 'updatedAt'] as const

export type VisitRecord = {
  id: string
  orgId: string
  date: string
  instructor: string
  mode: 'onsite' | 'phone' | 'online'
  findings: string | null
  problems: string[]
  guidance: string | null
  needs: string | null
  nextPlan: string | null
  contact: string | null
  createdAt: string
  updatedAt: string
}
export type VisitRow = VisitRecord & { orgName: string; enterpriseName: string | null }

const decode = (r: Record<string, unknown>): VisitRow => ({
  ...fromRow<VisitRecord>(r, VISIT_FIELDS),
  problems: JSON.parse(String(r.problems ?? '[]')) as string[],
  orgName: String(r.org_name),
  enterpriseName: (r.ent_name as string | null) ?? null
})
const encode = (rec: VisitRecord): Record<string, unknown> => ({ ...toRow(rec, VISIT_FIELDS), problems: JSON.stringify(rec.problems) })
const SELECT = 'SELECT v.*, o.name AS org_name, o.enterprise_name AS ent_name FROM visits v JOIN orgs o ON o.id = v.org_id'

export const visitStore = {
  ...tableWrites<VisitRecord>('visits', VISIT_FIELDS, encode),
  list(db: DB, f: { orgIds?: string[]; from?: string; to?: string }): VisitRow[] {
    const where = ['v.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.orgIds) (where.push('v.org_id IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(f.orgIds)))
    if (f.from) (where.push('v.date >= ?'), params.push(f.from))
    if (f.to) (where.push('v.date <= ?'), params.push(f.to))
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY v.date DESC, v.created_at DESC`).all(...params) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string): VisitRow | null {
    const r = db.prepare(`${SELECT} WHERE v.id = ? AND v.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  }
}
