// 规则改动的 SQL（rule_overrides）：每个组织每条规则的每次改动一行，版本号递增；最新一版生效
import type { DB } from '../db/types'

export type OverrideRow = {
  id: string
  /** null：对本机所有组织 */
  orgId: string | null
  file: string
  key: string
  version: number
  enabled: boolean
  /** null：恢复为规则文件里的默认值 */
  value: number | string | null
  source: string | null
  actor: string
  createdAt: string
}

const decode = (r: Record<string, unknown>): OverrideRow => ({
  id: String(r.id),
  orgId: (r.org_id as string | null) ?? null,
  file: String(r.rule_file),
  key: String(r.rule_key),
  version: Number(r.version),
  enabled: !!r.enabled,
  value: JSON.parse(String(r.value_json)) as number | string | null,
  source: (r.source as string | null) ?? null,
  actor: String(r.actor),
  createdAt: String(r.created_at)
})

export const ruleOverrideStore = {
  /** The latest version of every (organisation, file, rule). */
  latest(db: DB, file?: string): OverrideRow[] {
    const rows = db
      .prepare(
        `SELECT r.* FROM rule_overrides r
         WHERE r.version = (SELECT MAX(x.version) FROM rule_overrides x
                            WHERE ifnull(x.org_id, '') = ifnull(r.org_id, '') AND x.rule_file = r.rule_file AND x.rule_key = r.rule_key)
           AND (? IS NULL OR r.rule_file = ?)`
      )
      .all(file ?? null, file ?? null) as Record<string, unknown>[]
    return rows.map(decode)
  },
  history(db: DB, file: string, key: string, orgId: string | null): OverrideRow[] {
    const rows = db
      .prepare("SELECT * FROM rule_overrides WHERE ifnull(org_id, '') = ? AND rule_file = ? AND rule_key = ? ORDER BY version DESC")
      .all(orgId ?? '', file, key) as Record<string, unknown>[]
    return rows.map(decode)
  },
  add(db: DB, row: OverrideRow): void {
    db.prepare(
      `INSERT INTO rule_overrides (id, org_id, rule_file, rule_key, version, enabled, value_json, source, actor, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(row.id, row.orgId, row.file, row.key, row.version, row.enabled ? 1 : 0, JSON.stringify(row.value), row.source, row.actor, row.createdAt)
  }
}

/** The organisation and its ancestors, nearest first. */
export function orgChain(db: DB, orgId: string): string[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE up(id, parent_id, depth) AS (SELECT id, parent_id, 0 FROM orgs WHERE id = ?
         UNION ALL SELECT o.id, o.parent_id, up.depth + 1 FROM orgs o JOIN up ON o.id = up.parent_id WHERE up.depth < 50)
       SELECT id FROM up ORDER BY depth`
    )
    .all(orgId) as { id: string }[]
  return rows.map((r) => r.id)
}
