import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { autoBackup, listBackups, manualBackup, restoreBackup } from '../../../src/main/backup/service'
import { autoBackupFiles } from '../../../src/main/db/backupFiles'
import { latestVersion, migrate } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import { deleteMember, listMembers } from '../../../src/main/members/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { tempDir, testContext } from '../../helpers/context'

const counts = (ctx: ReturnType<typeof testContext>) =>
  ctx.db.prepare('SELECT (SELECT COUNT(*) FROM orgs WHERE deleted_at IS NULL) AS orgs, (SELECT COUNT(*) FROM members WHERE deleted_at IS NULL) AS members').get() as { orgs: number; members: number }

describe('备份与恢复', () => {
  it('启动备份每天最多一份；自动备份只留最近 14 份', async () => {
    const ctx = testContext()
    const day = new Date('2026-11-25T09:00:00')
    expect(await autoBackup(ctx, '启动', day)).toMatch(/自动备份-启动-20261125-090000\.db$/)
    expect(await autoBackup(ctx, '启动', new Date('2026-11-25T18:00:00'))).toBeNull()
    expect(await autoBackup(ctx, '启动', new Date('2026-11-26T08:00:00'))).not.toBeNull()
    for (let i = 0; i < 20; i++) await autoBackup(ctx, '导入前', new Date(2026, 11, 1, 10, 0, i))
    expect(autoBackupFiles(ctx.dataDir).length).toBe(14)
  })

  it('演示数据的备份恢复后记录数相同；恢复前自动备份了当时的数据', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const before = counts(ctx)
    const made = await manualBackup(ctx)
    const backupName = path.basename((await autoBackup(ctx, '导入前'))!)
    for (const r of listMembers(ctx, { limit: 30 }).rows) deleteMember(ctx, r.id)
    expect(counts(ctx).members).toBe(before.members - 30)
    const r = await restoreBackup(ctx, { name: backupName })
    expect(r).toMatchObject(before)
    expect(counts(ctx)).toEqual(before)
    expect(listMembers(ctx, {}).total).toBe(before.members)
    const safety = listBackups(ctx).find((b) => b.name === r.safetyBackup)!
    expect(safety.counts).toEqual({ orgs: before.orgs, members: before.members - 30 })
    // a chosen file works the same way
    for (const m of listMembers(ctx, { limit: 5 }).rows) deleteMember(ctx, m.id)
    const again = await restoreBackup(ctx, { fileName: 'x.db', base64: fs.readFileSync(made!.path).toString('base64') })
    expect(again.members).toBe(before.members)
    expect(counts(ctx)).toEqual(before)
  })

  it('坏文件：随机字节、截断、别的 SQLite、更新版本 → 中文说明，数据不变', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const before = counts(ctx)
    const good = (await autoBackup(ctx, '导入前'))!
    const bytes = fs.readFileSync(good)
    const other = path.join(ctx.dataDir, 'other.db')
    new Database(other).exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)')
    const newer = path.join(ctx.dataDir, 'newer.db')
    fs.copyFileSync(good, newer)
    const n = new Database(newer)
    n.pragma(`user_version = ${latestVersion() + 1}`)
    n.close()
    const cases: [Buffer, RegExp][] = [
      [Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), /不是有效的数据库文件/],
      [bytes.subarray(0, Math.floor(bytes.length / 3)), /损坏|不是有效/],
      [fs.readFileSync(other), /不是红领带党建台账的数据文件/],
      [fs.readFileSync(newer), /更新版本的程序/]
    ]
    for (const [buf, msg] of cases) {
      await expect(restoreBackup(ctx, { fileName: 'bad.db', base64: buf.toString('base64') })).rejects.toThrow(msg)
      expect(counts(ctx)).toEqual(before)
    }
    await expect(restoreBackup(ctx, { name: '../redtie.db' })).rejects.toThrow(/名称不正确/)
    await expect(restoreBackup(ctx, { name: '不存在.db' })).rejects.toThrow(/找不到备份/)
  })

  it('备份列表给出日期、大小、记录数；坏备份标出原因', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    await autoBackup(ctx, '导入前')
    fs.writeFileSync(path.join(ctx.dataDir, 'backups', '自动备份-导入前-20260101-000000.db'), 'garbage')
    const list = listBackups(ctx)
    expect(list.length).toBe(2)
    const ok = list.find((b) => !b.problem)!
    expect(ok.counts?.members).toBeGreaterThan(100)
    expect(ok.sizeBytes).toBeGreaterThan(0)
    expect(list.find((b) => b.problem)?.problem).toMatch(/不是有效的数据库文件/)
  })
})

describe('备份的结构', () => {
  const withChange = async (sql: string): Promise<{ ctx: ReturnType<typeof testContext>; bytes: Buffer }> => {
    const ctx = testContext()
    loadDemo(ctx)
    const file = (await autoBackup(ctx, '导入前'))!
    const db = new Database(file)
    db.exec(sql)
    db.close()
    return { ctx, bytes: fs.readFileSync(file) }
  }

  it('多一个会改写数据的触发器：拒绝恢复，说出多了什么，数据不变', async () => {
    const { ctx, bytes } = await withChange("CREATE TRIGGER steal AFTER INSERT ON members BEGIN UPDATE members SET name = '改' WHERE id = NEW.id; END")
    const before = counts(ctx)
    await expect(restoreBackup(ctx, { fileName: 'x.db', base64: bytes.toString('base64') })).rejects.toThrow(/结构.*不一致.*多出触发器「steal」.*当前数据没有任何改动/)
    expect(counts(ctx)).toEqual(before)
    const list = listBackups(ctx)
    expect(list.find((b) => b.problem)?.problem).toMatch(/多出触发器「steal」/)
  })

  it('少一个索引、多一张表、多一个视图、改了表的定义：都拒绝', async () => {
    const cases: [string, RegExp][] = [
      ['DROP INDEX change_log_entity', /缺少索引「change_log_entity」/],
      ['CREATE TABLE extra (x)', /多出表「extra」/],
      ['CREATE VIEW v AS SELECT 1', /多出视图「v」/],
      ['ALTER TABLE members ADD COLUMN secret TEXT', /表「members」的定义不同/]
    ]
    for (const [sql, msg] of cases) {
      const { ctx, bytes } = await withChange(sql)
      await expect(restoreBackup(ctx, { fileName: 'x.db', base64: bytes.toString('base64') })).rejects.toThrow(msg)
    }
  })

  it('旧版本程序的备份（结构与那一版一致）可以恢复，恢复后迁移到最新', async () => {
    const dir = tempDir()
    const old = new Database(path.join(dir, 'old.db'))
    migrate(old, { migrations: migrations.filter((m) => m.version <= 4) })
    old.close()
    const ctx = testContext()
    const r = await restoreBackup(ctx, { fileName: 'old.db', base64: fs.readFileSync(path.join(dir, 'old.db')).toString('base64') })
    expect(r.members).toBe(0)
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(latestVersion())
  })
})

describe('恢复时还有别的连接', () => {
  it('另一个连接正在读这份数据：恢复被拒绝（数据库被占用），当前数据不变且照常可写', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const name = path.basename((await autoBackup(ctx, '导入前'))!)
    for (const m of listMembers(ctx, { limit: 3 }).rows) deleteMember(ctx, m.id)
    const before = counts(ctx)
    ctx.db.pragma('busy_timeout = 100')
    const reader = new Database(ctx.dbPath)
    reader.prepare('BEGIN').run()
    reader.prepare('SELECT COUNT(*) FROM members').get()
    await expect(restoreBackup(ctx, { name })).rejects.toThrow(/^数据库被占用.*当前数据没有任何改动/)
    reader.prepare('COMMIT').run()
    reader.close()
    expect(counts(ctx)).toEqual(before)
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok')
    for (const m of listMembers(ctx, { limit: 1 }).rows) deleteMember(ctx, m.id)
    expect(counts(ctx).members).toBe(before.members - 1)
  })
})
