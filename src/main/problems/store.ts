// 整改问题表的 SQL
import type { ProblemStatus } from '../../shared/problems/flow'
import type { ProblemData } from '../../shared/problems/schemas'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const PROBLEM_FIELDS = [
  'id', 'code', 'orgId', 'source', 'sourceId', 'sourceLabel', 'indicatorCode', 'description', 'category', 'severity', 'measure',
  'owner', 'deadline', 'status', 'completedDate', 'evidence', 'reviewer', 'reviewOpinion', 'closedDate', 'foundDate', 'createdAt', 'updatedAt'
] as const

export type ProblemRecord = Omit<ProblemData, 'id' | 'foundDate'> & {
  id: string
  code: string
  status: ProblemStatus
  completedDate: string | null
  evidence: string | null
  reviewer: string | null
  reviewOpinion: string | null
  closedDate: string | null
  foundDate: string
  createdAt: string
  updatedAt: string
}

export type ProblemRow = ProblemRecord & { orgName: string; enterpriseName: string | null }

export type ProblemFilter = { orgIds?: string[]; status?: string; source?: string; sourceId?: string }

const SELECT = `SELECT p.*, o.name AS org_name, o.enterprise_name AS ent_name FROM problems p JOIN orgs o ON o.id = p.org_id`
const decode = (r: Record<string, unknown>): ProblemRow => ({
  ...fromRow<ProblemRecord>(r, PROBLEM_FIELDS),
  orgName: String(r.org_name),
  enterpriseName: (r.ent_name as string | null) ?? null
})

export const problemStore = {
  ...tableWrites<ProblemRecord>('problems', PROBLEM_FIELDS),
  list(db: DB, f: ProblemFilter): ProblemRow[] {
    const where = ['p.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.orgIds) (where.push(`p.org_id IN (${f.orgIds.map(() => '?').join(',') || 'NULL'})`), params.push(...f.orgIds))
    if (f.status) (where.push('p.status = ?'), params.push(f.status))
    if (f.source) (where.push('p.source = ?'), params.push(f.source))
    if (f.sourceId) (where.push('p.source_id = ?'), params.push(f.sourceId))
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY p.code`).all(...params) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string): ProblemRow | null {
    const r = db.prepare(`${SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  /** Next 问题编号 of the year: ZG-2026-0001 … */
  nextCode(db: DB, year: string): string {
    const r = db.prepare("SELECT MAX(CAST(substr(code, 9) AS INTEGER)) AS n FROM problems WHERE code LIKE ?").get(`ZG-${year}-%`) as { n: number | null }
    return `ZG-${year}-${String((r.n ?? 0) + 1).padStart(4, '0')}`
  }
}
