// 恢复的原子性：子进程反复恢复，在随机时刻 SIGKILL 20 次；每次之后按程序的打开方式打开，完整性检查通过，内容是两份之一，临时文件已清掉
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { autoBackup } from '../../../src/main/backup/service'
import { createContext } from '../../../src/main/context'
import { isTempName } from '../../../src/main/db/atomicFile'
import { deleteMember, listMembers } from '../../../src/main/members/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { TODAY, tempDir, testContext } from '../../helpers/context'

const CHILD = path.resolve('tests/fixtures/restore-loop.ts')
const KILLS = 20

/** Starts the restore loop and kills it `delayMs` after it is ready (plus after `restores` completed restores). */
function restoreAndKill(dataDir: string, a: string, b: string, restores: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, a, b], { stdio: ['ignore', 'pipe', 'pipe'] })
    let done = 0
    let err = ''
    let armed = false
    const arm = (): void => {
      if (armed) return
      armed = true
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    }
    child.stderr.on('data', (d) => (err += String(d)))
    child.stdout.on('data', (d) => {
      for (const line of String(d).split('\n').filter(Boolean)) {
        if (line !== 'READY') done++
        if (done >= restores) arm()
      }
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(done) : reject(new Error(`子进程没有被杀掉就退出了（${code}）：${err}`))))
  })
}

const members = (dataDir: string): { count: number; integrity: string; temps: string[] } => {
  const ctx = createContext({ dataDir, today: () => TODAY })
  try {
    const integrity = ctx.db.pragma('integrity_check', { simple: true }) as string
    const count = (ctx.db.prepare('SELECT COUNT(*) AS n FROM members WHERE deleted_at IS NULL').get() as { n: number }).n
    const temps = [dataDir, path.join(dataDir, 'backups'), path.join(dataDir, 'tmp')].flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter(isTempName) : []))
    return { count, integrity, temps }
  } finally {
    ctx.close()
  }
}

describe('恢复被杀掉', () => {
  it(`恢复中被 SIGKILL ${KILLS} 次：每次都能打开，integrity_check 为 ok，内容是恢复前或恢复后的一份`, async () => {
    const ctx = testContext()
    loadDemo(ctx)
    // 约 20 MB 的变更记录：文件大到复制要花一些时间，杀的时刻才可能落在写文件的中途
    const pad = 'x'.repeat(10_000)
    const insert = ctx.db.prepare("INSERT INTO change_log (at, actor, entity, entity_id, action, after_json) VALUES ('2026-11-25T00:00:00Z', '测试', 'app', ?, 'export', ?)")
    ctx.db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`pad-${i}`, JSON.stringify({ pad }))
    })()
    const store = tempDir('redtie-restore-src-')
    const a = path.join(store, 'a.db')
    fs.copyFileSync((await autoBackup(ctx, '导入前'))!, a)
    for (const m of listMembers(ctx, { limit: 40 }).rows) deleteMember(ctx, m.id)
    const b = path.join(store, 'b.db')
    fs.copyFileSync((await autoBackup(ctx, '导入前'))!, b)
    const dataDir = ctx.dataDir
    ctx.close()
    const contents = new Set([members(dataDir).count])
    contents.add(contents.values().next().value! + 40)
    expect(contents.size).toBe(2)

    let restored = 0
    for (let i = 0; i < KILLS; i++) {
      // 前几轮在恢复刚开始时杀，之后在已恢复若干次后的不同时刻杀，让杀的时刻落在复制、换名、重新打开的各个阶段
      restored += await restoreAndKill(dataDir, a, b, i % 3, (i * 97) % 700)
      const after = members(dataDir)
      expect(after.integrity, `第 ${i + 1} 次`).toBe('ok')
      expect(contents.has(after.count), `第 ${i + 1} 次：${after.count} 人`).toBe(true)
      expect(after.temps, `第 ${i + 1} 次留下的临时文件`).toEqual([])
    }
    expect(restored).toBeGreaterThanOrEqual(KILLS - 1)
  }, 300_000)
})
