// 经营分析会参与记录表的 SQL
import type { AnalysisData } from '../../shared/analysis/schemas'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const ANALYSIS_FIELDS = ['id', 'orgId', 'date', 'kind', 'topic', 'participants', 'proposalsMade', 'proposalsAdopted', 'proposals', 'remark', 'createdAt', 'updatedAt'] as const
export type AnalysisRecord = Omit<AnalysisData, 'id'> & { id: string; createdAt: string; updatedAt: string }
export type AnalysisRow = AnalysisRecord & { orgName: string }

const SELECT = 'SELECT a.*, o.name AS org_name FROM analysis_meetings a JOIN orgs o ON o.id = a.org_id'
const decode = (r: Record<string, unknown>): AnalysisRow => ({ ...fromRow<AnalysisRecord>(r, ANALYSIS_FIELDS), orgName: String(r.org_name) })

export const analysisStore = {
  ...tableWrites<AnalysisRecord>('analysis_meetings', ANALYSIS_FIELDS),
  list(db: DB, f: { orgIds?: string[]; year?: number }): AnalysisRow[] {
    const where = ['a.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.orgIds) (where.push('a.org_id IN (SELECT value FROM json_each(?))'), params.push(JSON.stringify(f.orgIds)))
    if (f.year) (where.push('a.date BETWEEN ? AND ?'), params.push(`${f.year}-01-01`, `${f.year}-12-31`))
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.date DESC, a.created_at DESC`).all(...params) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string): AnalysisRow | null {
    const r = db.prepare(`${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  }
}
