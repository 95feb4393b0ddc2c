// 议题前置登记表的 SQL
import type { ConsultationData } from '../../shared/consultations/schemas'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const CONSULTATION_FIELDS = ['id', 'orgId', 'topic', 'body', 'submittedDate', 'opinion', 'outcome', 'decisionDate', 'remark', 'createdAt', 'updatedAt'] as const
export type ConsultationRecord = Omit<ConsultationData, 'id'> & { id: string; createdAt: string; updatedAt: string }
export type ConsultationRow = ConsultationRecord & { orgName: string }

const SELECT = 'SELECT c.*, o.name AS org_name FROM consultations c JOIN orgs o ON o.id = c.org_id'
const decode = (r: Record<string, unknown>): ConsultationRow => ({ ...fromRow<ConsultationRecord>(r, CONSULTATION_FIELDS), orgName: String(r.org_name) })

export const consultationStore = {
  ...tableWrites<ConsultationRecord>('consultations', CONSULTATION_FIELDS),
  list(db: DB, f: { orgIds?: string[]; year?: number }): ConsultationRow[] {
    const where = ['c.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.orgIds) (where.push('c.org_id IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(f.orgIds)))
    if (f.year) (where.push('c.submitted_date BETWEEN ? AND ?'), params.push(`${f.year}-01-01`, `${f.year}-12-31`))
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.submitted_date DESC, c.created_at DESC`).all(...params) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string): ConsultationRow | null {
    const r = db.prepare(`${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  }
}
