// 备份的结构（表、索引、触发器、视图）必须和本程序的迁移在同一版本上建出来的一模一样：多一个触发器，恢复后它就会悄悄改写数据
import Database from 'better-sqlite3'
import { migrate } from '../db/migrate'
import { migrations } from '../db/migrations'
import type { DB } from '../db/types'

type Schema = Map<string, string>

const KIND: Record<string, string> = { table: '表', index: '索引', trigger: '触发器', view: '视图' }
const references = new Map<number, Schema>()

/** type + name → normalised SQL of every schema object except SQLite's statistics tables (ANALYZE may add them). */
export function schemaOf(db: DB): Schema {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'").all() as { type: string; name: string; sql: string | null }[]
  return new Map(rows.map((r) => [`${r.type}\u0000${r.name}`, (r.sql ?? '').replace(/\s+/g, ' ').trim()]))
}

/** The schema the app's own migrations produce at `version`, built once per version in memory. */
function referenceSchema(version: number): Schema {
  let ref = references.get(version)
  if (!ref) {
    const db = new Database(':memory:')
    try {
      migrate(db, { migrations: migrations.filter((m) => m.version <= version) })
      ref = schemaOf(db)
    } finally {
      db.close()
    }
    references.set(version, ref)
  }
  return ref
}

const label = (key: string): string => {
  const [type, name] = key.split('\u0000')
  return `${KIND[type] ?? type}「${name}」`
}

/** Null when `db` has exactly the schema of `version`; else what differs, in words (at most five items). */
export function schemaDifference(db: DB, version: number): string | null {
  const ref = referenceSchema(version)
  const got = schemaOf(db)
  const diffs = [
    ...[...got.keys()].filter((k) => !ref.has(k)).map((k) => `多出${label(k)}`),
    ...[...ref.keys()].filter((k) => !got.has(k)).map((k) => `缺少${label(k)}`),
    ...[...ref.keys()].filter((k) => got.has(k) && got.get(k) !== ref.get(k)).map((k) => `${label(k)}的定义不同`)
  ]
  return diffs.length ? diffs.slice(0, 5).join('、') + (diffs.length > 5 ? ` 等 ${diffs.length} 处` : '') : null
}
