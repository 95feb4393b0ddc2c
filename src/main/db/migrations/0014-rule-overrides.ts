import { randomUUID } from 'node:crypto'
import { nowStamp } from '../time'
import type { DB } from '../types'

// 第 14 版：规则的按组织改动（组织彻底删除时它的改动一并删除）（seeds/rules 里每个规则文件的可调项），每次改动一版、写明依据；
// 把原来存在 settings 里的发展党员地方规则改动搬过来（对所有组织），2026 规则集改名「未核实」
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE rule_overrides (
      id TEXT PRIMARY KEY,
      org_id TEXT REFERENCES orgs(id) ON DELETE CASCADE,
      rule_file TEXT NOT NULL,
      rule_key TEXT NOT NULL,
      version INTEGER NOT NULL,
      enabled INTEGER NOT NULL,
      value_json TEXT NOT NULL,
      source TEXT,
      actor TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX rule_overrides_version ON rule_overrides(ifnull(org_id, ''), rule_file, rule_key, version);
  `)
  const row = db.prepare("SELECT value FROM settings WHERE key = 'development.rules'").get() as { value: string } | undefined
  if (!row) return
  const old = JSON.parse(row.value) as { version?: string; overrides?: { key: string; enabled: boolean; value: number }[] }
  const stamp = nowStamp()
  const insert = db.prepare(
    "INSERT INTO rule_overrides (id, org_id, rule_file, rule_key, version, enabled, value_json, source, actor, created_at) VALUES (?, NULL, 'development', ?, 1, ?, ?, '升级前「发展党员 · 规则设置」里的改动', '升级', ?)"
  )
  for (const o of old.overrides ?? []) insert.run(randomUUID(), o.key, o.enabled ? 1 : 0, JSON.stringify(o.value), stamp)
  const version = old.version === '2026.05-待核实' ? '2026.05-未核实' : (old.version ?? '2014')
  db.prepare("UPDATE settings SET value = ? WHERE key = 'development.rules'").run(JSON.stringify({ version }))
}
