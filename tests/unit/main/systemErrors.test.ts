// 数据库被占用、磁盘满、没有权限、只读的数据文件夹：各有自己的中文说明，说清楚该怎么办；数据不变
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { createContext } from '../../../src/main/context'
import { describeOpenError, describeSystemError } from '../../../src/main/db/errors'
import { TODAY, tempDir, testContext } from '../../helpers/context'

const ORG = { name: '测试党支部', orgType: 'branch', setupMode: 'single' }
const sysError = (code: string, p?: string): Error => Object.assign(new Error(`${code}: failed`), { code, path: p })
const orgCount = (db: Database.Database): number => (db.prepare('SELECT COUNT(*) AS n FROM orgs').get() as { n: number }).n

/** chattr +i stops even root from writing; where it is missing (not root, another file system) the real read-only tests cannot run. */
function canChattr(): boolean {
  const dir = tempDir('redtie-chattr-')
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' })
    execFileSync('chattr', ['-i', dir], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
const CHATTR = canChattr()
const frozen: string[] = []
const freeze = (...files: string[]): void => {
  for (const f of files) execFileSync('chattr', ['+i', f])
  frozen.push(...files)
}
afterEach(() => {
  for (const f of frozen.splice(0)) execFileSync('chattr', ['-i', f])
})

describe('系统错误对照', () => {
  it.each([
    ['SQLITE_BUSY', 'DB_BUSY', /数据库被占用.*稍等几秒再试/],
    ['SQLITE_BUSY_SNAPSHOT', 'DB_BUSY', /数据库被占用/],
    ['SQLITE_LOCKED', 'DB_BUSY', /数据库被占用/],
    ['SQLITE_FULL', 'DISK_FULL', /磁盘空间不足.*清理磁盘/],
    ['ENOSPC', 'DISK_FULL', /磁盘空间不足（\/导出\/a\.xlsx）/],
    ['EACCES', 'NO_PERMISSION', /没有权限写入这个位置（\/导出\/a\.xlsx）.*换一个保存位置/],
    ['EPERM', 'NO_PERMISSION', /没有权限/],
    ['SQLITE_READONLY', 'READ_ONLY', /只读.*放到可以写入的位置/],
    ['SQLITE_READONLY_DBMOVED', 'READ_ONLY', /只读/],
    ['EROFS', 'READ_ONLY', /只读/],
    ['EBUSY', 'FILE_BUSY', /别的程序打开着.*Excel/]
  ])('%s → %s', (code, appCode, message) => {
    const e = describeSystemError(sysError(code, '/导出/a.xlsx'))
    expect(e?.code).toBe(appCode)
    expect(e?.message).toMatch(message)
    expect(e?.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('别的错误不认领；打开数据文件夹时的权限问题算作只读的数据文件夹', () => {
    expect(describeSystemError(new Error('x'))).toBeNull()
    expect(describeSystemError(sysError('SQLITE_CONSTRAINT'))).toBeNull()
    expect((describeOpenError(sysError('EACCES'), '/数据') as Error).message).toMatch(/数据文件夹是只读的.*数据位置：\/数据/)
    expect((describeOpenError(sysError('SQLITE_CANTOPEN'), '/数据') as Error).message).toMatch(/只读/)
  })
})

describe('真实的系统错误经接口到达页面', () => {
  it('数据库被占用（另一个连接握着写事务）：「数据库被占用」，没有写入', async () => {
    const ctx = testContext()
    ctx.db.pragma('busy_timeout = 50')
    const other = new Database(ctx.dbPath)
    other.prepare('BEGIN IMMEDIATE').run()
    const r = await createDispatch(ctx, () => {})('org.save', ORG)
    other.prepare('ROLLBACK').run()
    other.close()
    expect(r).toMatchObject({ ok: false, error: { code: 'DB_BUSY', message: expect.stringMatching(/^数据库被占用/) } })
    expect(orgCount(ctx.db)).toBe(0)
  })

  it('数据文件只能读（以只读方式打开的文件）：保存时说数据文件夹是只读的', async () => {
    const ctx = testContext()
    ctx.db.close()
    ctx.db = new Database(ctx.dbPath, { readonly: true })
    const r = await createDispatch(ctx, () => {})('org.save', ORG)
    expect(r).toMatchObject({ ok: false, error: { code: 'READ_ONLY', message: expect.stringMatching(/只读/) } })
  })

  it.skipIf(!CHATTR)('只读的数据文件夹（chattr +i，root 也写不进）：打开时中文说明，取锁也不留下任何文件', () => {
    const ctx = testContext()
    const dataDir = ctx.dataDir
    ctx.close()
    const before = fs.readdirSync(dataDir).sort()
    freeze(dataDir, path.join(dataDir, 'redtie.db'))
    expect(() => createContext({ dataDir, lock: '测试', today: () => TODAY })).toThrow(/数据文件夹是只读的.*数据位置/)
    expect(() => createContext({ dataDir, today: () => TODAY })).toThrow(/数据文件夹是只读的/)
    expect(fs.readdirSync(dataDir).sort()).toEqual(before)
  })

  it.skipIf(!CHATTR)('导出文件夹不许写：导出时说没有权限、该怎么办，不留下文件', async () => {
    const ctx = testContext()
    const dispatch = createDispatch(ctx, () => {})
    expect((await dispatch('org.save', ORG)).ok).toBe(true)
    const dir = path.join(ctx.dataDir, '导出')
    fs.mkdirSync(dir)
    freeze(dir)
    const r = await dispatch('ledgers.exportRoster', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_PERMISSION', message: expect.stringMatching(/没有权限写入这个位置（文件夹 .*导出）.*换一个保存位置/) } })
    expect(r.ok ? '' : r.error.message).not.toMatch(/\.tmp/)
    expect(fs.readdirSync(dir)).toEqual([])
  })
})

/** A 3 MB tmpfs, or null where mounting is not allowed (not root, or a container without the right). */
function mountSmall(): string | null {
  const dir = tempDir('redtie-full-')
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    return null
  }
}
const probe = mountSmall()
if (probe) execFileSync('umount', [probe])
const CAN_MOUNT = probe !== null

describe('磁盘满（小的 tmpfs）', () => {
  it.skipIf(!CAN_MOUNT)('数据和导出都在满了的磁盘上：载入示例数据和导出都说磁盘空间不足，数据不变', async () => {
    const mnt = mountSmall()!
    try {
      const ctx = createContext({ dataDir: path.join(mnt, 'data'), today: () => TODAY })
      const dispatch = createDispatch(ctx, () => {})
      expect((await dispatch('org.save', ORG)).ok).toBe(true)
      // 占满剩下的空间
      const filler = fs.openSync(path.join(mnt, 'filler'), 'w')
      try {
        for (;;) fs.writeSync(filler, Buffer.alloc(64 * 1024))
      } catch (e) {
        expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC')
      } finally {
        fs.closeSync(filler)
      }
      const demo = await dispatch('app.loadDemo', {})
      expect(demo).toMatchObject({ ok: false, error: { code: 'DISK_FULL', message: expect.stringMatching(/^磁盘空间不足/) } })
      expect(orgCount(ctx.db)).toBe(1)
      const exp = await dispatch('ledgers.exportRoster', {})
      expect(exp).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
      const exportDir = path.join(ctx.dataDir, '导出')
      expect(fs.existsSync(exportDir) ? fs.readdirSync(exportDir) : []).toEqual([])
      ctx.close()
    } finally {
      execFileSync('umount', ['-l', mnt])
    }
  })
})
