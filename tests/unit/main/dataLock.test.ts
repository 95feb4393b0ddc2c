// 一个数据文件夹一个写入者：另一个进程开着时第二个被拒绝并说出是谁；持锁进程被杀掉后的旧锁被接管
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createContext } from '../../../src/main/context'
import { LOCK_FILE, readLockOwner } from '../../../src/main/dataLock'
import { TODAY, tempDir } from '../../helpers/context'

const HOLDER = path.resolve('tests/fixtures/hold-lock.ts')
const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL')
})

function holdLock(dataDir: string, program: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir, program], { stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    let err = ''
    child.stderr.on('data', (d) => (err += String(d)))
    child.stdout.on('data', (d) => String(d).includes('READY') && resolve(child))
    child.on('exit', (code) => reject(new Error(`持锁进程退出了（${code}）：${err}`)))
  })
}

const kill = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

describe('数据文件夹的锁', () => {
  it('另一个进程开着：第二个打开被拒绝，说出程序和进程号，什么都不动；那个进程被杀掉后接管旧锁', async () => {
    const dataDir = tempDir()
    const holder = await holdLock(dataDir, '桌面版（测试）')
    expect(readLockOwner(dataDir)).toMatchObject({ pid: holder.pid, program: '桌面版（测试）' })
    // 一个看似残留的临时文件：被拒绝的第二个实例不能去清理别人正在写的文件
    const pending = path.join(dataDir, `.redtie.db.${holder.pid}-0a1b2c3d.tmp`)
    fs.writeFileSync(pending, 'x')
    expect(() => createContext({ dataDir, lock: 'Chromium 外壳', today: () => TODAY })).toThrow(
      new RegExp(`正被另一个程序使用：桌面版（测试）（进程号 ${holder.pid}，.*请先关闭它`)
    )
    expect(fs.existsSync(pending)).toBe(true)
    expect(readLockOwner(dataDir)?.pid).toBe(holder.pid)

    await kill(holder)
    const ctx = createContext({ dataDir, lock: 'Chromium 外壳', today: () => TODAY })
    expect(readLockOwner(dataDir)).toMatchObject({ pid: process.pid, program: 'Chromium 外壳' })
    expect(fs.existsSync(pending)).toBe(false)
    ctx.close()
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false)
  })

  it('npm run seed:demo 遇到开着的数据文件夹：中文说明，退出码非零，不写数据', async () => {
    const dataDir = tempDir()
    const holder = await holdLock(dataDir, '桌面版（测试）')
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed-demo.ts'], { env: { ...process.env, REDTIE_DATA_DIR: dataDir }, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`正被另一个程序使用：桌面版（测试）（进程号 ${holder.pid}`))
    await kill(holder)
    const ctx = createContext({ dataDir, today: () => TODAY })
    expect((ctx.db.prepare('SELECT COUNT(*) AS n FROM orgs').get() as { n: number }).n).toBe(0)
    ctx.close()
  })

  it('写了一半的锁文件（取锁时被杀掉）：过一会儿就当作旧锁接管', () => {
    const dataDir = tempDir()
    const file = path.join(dataDir, LOCK_FILE)
    fs.writeFileSync(file, '')
    const old = new Date(Date.now() - 60_000)
    fs.utimesSync(file, old, old)
    const ctx = createContext({ dataDir, lock: '测试', today: () => TODAY })
    expect(readLockOwner(dataDir)?.pid).toBe(process.pid)
    ctx.close()
  })

  it('同一进程里的两个宿主共用一把锁（性能测试里的上下文和外壳），都关掉后才放开', () => {
    const dataDir = tempDir()
    const a = createContext({ dataDir, lock: '性能测试', today: () => TODAY })
    const b = createContext({ dataDir, lock: 'Chromium 外壳', today: () => TODAY })
    a.close()
    expect(readLockOwner(dataDir)?.program).toBe('性能测试')
    b.close()
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false)
  })
})
