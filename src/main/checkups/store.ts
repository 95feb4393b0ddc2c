// 体检记录、逐项得分、体检批次的 SQL
import type { CheckupData, CheckupItem, CheckupStatus, Round } from '../../shared/checkups/schemas'
import type { DB } from '../db/types'

export type CheckupRecord = {
  id: string
  orgId: string
  templateId: string
  roundId: string | null
  checkDate: string
  checker: string | null
  companion: string | null
  status: CheckupStatus
  signedBy: string | null
  signedAt: string | null
  requirements: string | null
  bonus: CheckupData['bonus']
  vetoes: CheckupData['vetoes']
  baseScore: number | null
  totalScore: number | null
  stars: number | null
  level: string | null
  conclusion: string | null
  vetoed: boolean
  selfScored: number
  unscored: number
  createdAt: string
  updatedAt: string
}

export type CheckupRow = CheckupRecord & { orgName: string; enterpriseName: string | null; templateVersion: string; roundName: string | null }

const SELECT = `SELECT c.*, o.name AS org_name, o.enterprise_name AS ent_name, t.version AS template_version, r.name AS round_name
  FROM checkups c JOIN orgs o ON o.id = c.org_id JOIN checkup_templates t ON t.id = c.template_id LEFT JOIN checkup_rounds r ON r.id = c.round_id`

const decode = (r: Record<string, unknown>): CheckupRow => ({
  id: String(r.id),
  orgId: String(r.org_id),
  templateId: String(r.template_id),
  roundId: (r.round_id as string | null) ?? null,
  checkDate: String(r.check_date),
  checker: (r.checker as string | null) ?? null,
  companion: (r.companion as string | null) ?? null,
  status: r.status as CheckupStatus,
  signedBy: (r.signed_by as string | null) ?? null,
  signedAt: (r.signed_at as string | null) ?? null,
  requirements: (r.requirements as string | null) ?? null,
  bonus: JSON.parse(String(r.bonus_json)) as CheckupData['bonus'],
  vetoes: JSON.parse(String(r.vetoes_json)) as CheckupData['vetoes'],
  baseScore: (r.base_score as number | null) ?? null,
  totalScore: (r.total_score as number | null) ?? null,
  stars: (r.stars as number | null) ?? null,
  level: (r.level as string | null) ?? null,
  conclusion: (r.conclusion as string | null) ?? null,
  vetoed: !!r.vetoed,
  selfScored: Number(r.self_scored),
  unscored: Number(r.unscored),
  createdAt: String(r.created_at),
  updatedAt: String(r.updated_at),
  orgName: String(r.org_name),
  enterpriseName: (r.ent_name as string | null) ?? null,
  templateVersion: String(r.template_version),
  roundName: (r.round_name as string | null) ?? null
})

const encode = (c: CheckupRecord): Record<string, unknown> => ({
  id: c.id, org_id: c.orgId, template_id: c.templateId, round_id: c.roundId, check_date: c.checkDate, checker: c.checker, companion: c.companion,
  status: c.status, signed_by: c.signedBy, signed_at: c.signedAt, requirements: c.requirements, bonus_json: JSON.stringify(c.bonus),
  vetoes_json: JSON.stringify(c.vetoes), base_score: c.baseScore, total_score: c.totalScore, stars: c.stars, level: c.level,
  conclusion: c.conclusion, vetoed: c.vetoed ? 1 : 0, self_scored: c.selfScored, unscored: c.unscored, created_at: c.createdAt, updated_at: c.updatedAt
})
const COLS = Object.keys(encode({ bonus: [], vetoes: [] } as unknown as CheckupRecord))

export const checkupStore = {
  list(db: DB, f: { orgId?: string; roundId?: string }): CheckupRow[] {
    const where = ['c.deleted_at IS NULL']
    const params: string[] = []
    if (f.orgId) (where.push('c.org_id = ?'), params.push(f.orgId))
    if (f.roundId) (where.push('c.round_id = ?'), params.push(f.roundId))
    return (db.prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY c.check_date DESC, o.name`).all(...params) as Record<string, unknown>[]).map(decode)
  },
  get(db: DB, id: string): CheckupRow | null {
    const r = db.prepare(`${SELECT} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  /** The organisation's checkup before this one (by date), for comparison. */
  previous(db: DB, c: { id: string; orgId: string; checkDate: string; createdAt: string }): CheckupRow | null {
    const r = db
      .prepare(`${SELECT} WHERE c.deleted_at IS NULL AND c.org_id = ? AND c.id <> ? AND (c.check_date < ? OR (c.check_date = ? AND c.created_at < ?)) ORDER BY c.check_date DESC, c.created_at DESC LIMIT 1`)
      .get(c.orgId, c.id, c.checkDate, c.checkDate, c.createdAt) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  insert(db: DB, c: CheckupRecord): void {
    db.prepare(`INSERT INTO checkups (${COLS.join(', ')}) VALUES (${COLS.map((k) => '@' + k).join(', ')})`).run(encode(c))
  },
  update(db: DB, c: CheckupRecord): void {
    const sets = COLS.filter((k) => k !== 'id' && k !== 'created_at').map((k) => `${k} = @${k}`)
    db.prepare(`UPDATE checkups SET ${sets.join(', ')} WHERE id = @id AND deleted_at IS NULL`).run(encode(c))
  },
  setDeleted(db: DB, id: string, at: string): void {
    db.prepare('UPDATE checkups SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id)
  },
  items(db: DB, checkupId: string): CheckupItem[] {
    return (db.prepare('SELECT id, code, self_score, check_score, reason, evidence FROM checkup_items WHERE checkup_id = ?').all(checkupId) as Record<string, unknown>[]).map((r) => ({
      id: String(r.id),
      code: String(r.code),
      selfScore: (r.self_score as number | null) ?? null,
      checkScore: (r.check_score as number | null) ?? null,
      reason: (r.reason as string | null) ?? null,
      evidence: (r.evidence as string | null) ?? null
    }))
  },
  /** Items keep their id across saves: evidence files hang on it. */
  upsertItem(db: DB, checkupId: string, id: string, i: Omit<CheckupItem, 'id'>): void {
    db.prepare(
      `INSERT INTO checkup_items (id, checkup_id, code, self_score, check_score, reason, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(checkup_id, code) DO UPDATE SET self_score = excluded.self_score, check_score = excluded.check_score, reason = excluded.reason, evidence = excluded.evidence`
    ).run(id, checkupId, i.code, i.selfScore, i.checkScore, i.reason, i.evidence)
  }
}

type RoundRecord = Omit<Round, 'parkOrgName' | 'templateVersion' | 'count'>
const ROUND_SELECT = `SELECT r.*, o.name AS park_name, t.version AS template_version,
  (SELECT COUNT(*) FROM checkups c WHERE c.round_id = r.id AND c.deleted_at IS NULL) AS n
  FROM checkup_rounds r JOIN orgs o ON o.id = r.park_org_id JOIN checkup_templates t ON t.id = r.template_id`
const decodeRound = (r: Record<string, unknown>): Round => ({
  id: String(r.id),
  name: String(r.name),
  parkOrgId: String(r.park_org_id),
  parkOrgName: String(r.park_name),
  templateId: String(r.template_id),
  templateVersion: String(r.template_version),
  startDate: String(r.start_date),
  count: Number(r.n),
  createdAt: String(r.created_at)
})

export const roundStore = {
  list(db: DB): Round[] {
    return (db.prepare(`${ROUND_SELECT} WHERE r.deleted_at IS NULL ORDER BY r.start_date DESC, r.created_at DESC`).all() as Record<string, unknown>[]).map(decodeRound)
  },
  get(db: DB, id: string): Round | null {
    const r = db.prepare(`${ROUND_SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
    return r ? decodeRound(r) : null
  },
  insert(db: DB, r: RoundRecord, stamp: string): void {
    db.prepare('INSERT INTO checkup_rounds (id, name, park_org_id, template_id, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      r.id, r.name, r.parkOrgId, r.templateId, r.startDate, stamp, stamp
    )
  },
  rename(db: DB, id: string, name: string, stamp: string): void {
    db.prepare('UPDATE checkup_rounds SET name = ?, updated_at = ? WHERE id = ?').run(name, stamp, id)
  },
  setDeleted(db: DB, id: string, at: string): void {
    db.prepare('UPDATE checkup_rounds SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id)
  }
}
