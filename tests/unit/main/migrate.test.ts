import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseTooNewError, NotOurDatabaseError } from '../../../src/main/db/errors'
import { APPLICATION_ID, latestVersion, migrate } from '../../../src/main/db/migrate'
import { type Migration, migrations } from '../../../src/main/db/migrations'
import { openDatabase } from '../../../src/main/db/open'
import { tempDir } from '../../helpers/context'

describe('数据库迁移', () => {
  it('从空库重放全部迁移，设置版本号与应用标识', () => {
    const db = new Database(':memory:')
    const r = migrate(db)
    expect(r).toEqual({ from: 0, to: latestVersion(), backupPath: null })
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all()
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(expect.arrayContaining(['orgs', 'members', 'change_log', 'settings']))
    expect(migrate(db).from).toBe(latestVersion())
  })

  it('身份证号在未删除的党员中唯一：查询走部分索引', () => {
    const db = new Database(':memory:')
    migrate(db)
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM members WHERE id_number = ? AND deleted_at IS NULL").all('x')
    expect(JSON.stringify(plan)).toContain('members_id_number_live')
  })

  it('打开文件：WAL、同步写盘、外键', () => {
    const dir = tempDir()
    const { db } = openDatabase(dir)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('有数据的旧库迁移前先备份，新步骤在一个事务里；备份里是旧数据', () => {
    const dir = tempDir()
    const file = path.join(dir, 'a.db')
    const db = new Database(file)
    migrate(db)
    db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v1')").run()
    const next: Migration[] = [...migrations, { version: latestVersion() + 1, name: 'add', up: (d) => d.exec('CREATE TABLE extra (x INTEGER)') }]
    const r = migrate(db, { migrations: next, dataDir: dir })
    expect(r.from).toBe(latestVersion())
    expect(r.backupPath && fs.existsSync(r.backupPath)).toBe(true)
    expect(path.basename(r.backupPath!)).toMatch(/^自动备份-升级前-/)
    const backup = new Database(r.backupPath!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(backup.prepare("SELECT value FROM settings WHERE key='k'").get()).toEqual({ value: 'v1' })
    backup.close()
    db.close()
  })

  it('迁移中途失败：整批回滚，版本号不变', () => {
    const db = new Database(':memory:')
    migrate(db)
    const broken: Migration[] = [
      ...migrations,
      { version: latestVersion() + 1, name: 'ok', up: (d) => d.exec('CREATE TABLE t1 (x)') },
      { version: latestVersion() + 2, name: 'bad', up: (d) => d.exec('CREATE TABLE orgs (x)') }
    ]
    expect(() => migrate(db, { migrations: broken })).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name='t1'").get()).toBeUndefined()
  })

  it('比程序新的数据库：具名错误、中文说明、不改动', () => {
    const db = new Database(':memory:')
    migrate(db)
    db.pragma(`user_version = ${latestVersion() + 5}`)
    expect(() => migrate(db)).toThrow(DatabaseTooNewError)
    expect(() => migrate(db)).toThrow(/请先升级/)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion() + 5)
  })

  it('别的程序的 SQLite 文件被拒绝', () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE foo (x)')
    db.pragma('user_version = 3')
    expect(() => migrate(db)).toThrow(NotOurDatabaseError)
  })

  it('登记表顺序错了会被发现', () => {
    const db = new Database(':memory:')
    expect(() => migrate(db, { migrations: [{ version: 2, name: 'x', up: () => {} }] })).toThrow(/顺序错误/)
  })
})
