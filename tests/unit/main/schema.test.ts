// 结构快照：发布过的表和列只能增加，不能改、不能删。新增表或列后用 UPDATE_SCHEMA_SNAPSHOT=1 重新生成快照并一起提交。
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../src/main/db/migrate'

type Column = { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
type Schema = { tables: Record<string, Column[]>; indexes: Record<string, string> }

const SNAPSHOT = path.resolve('tests/unit/main/schema-snapshot.json')

function currentSchema(): Schema {
  const db = new Database(':memory:')
  migrate(db)
  const tables: Schema['tables'] = {}
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    tables[name] = (db.prepare(`PRAGMA table_info(${name})`).all() as (Column & { cid: number })[]).map(({ cid: _c, ...c }) => c)
  const indexes: Schema['indexes'] = {}
  for (const r of db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string }[])
    indexes[r.name] = r.sql.replace(/\s+/g, ' ')
  db.close()
  return { tables, indexes }
}

describe('数据库结构快照', () => {
  const now = currentSchema()
  if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') fs.writeFileSync(SNAPSHOT, JSON.stringify(now, null, 1) + '\n')
  const snap = (fs.existsSync(SNAPSHOT) ? JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) : { tables: {}, indexes: {} }) as Schema

  it('快照里的每张表、每一列都还在，类型、非空、默认值不变', () => {
    for (const [table, cols] of Object.entries(snap.tables)) {
      expect(now.tables[table], `表 ${table} 被删除了`).toBeDefined()
      for (const col of cols) expect(now.tables[table].find((c) => c.name === col.name), `${table}.${col.name}`).toEqual(col)
    }
  })

  it('快照里的索引都还在且定义不变', () => {
    for (const [name, sql] of Object.entries(snap.indexes)) expect(now.indexes[name], `索引 ${name}`).toBe(sql)
  })

  it('快照是最新的（新增表或列后请用 UPDATE_SCHEMA_SNAPSHOT=1 重新生成并提交）', () => {
    expect(now).toEqual(snap)
  })
})
