// 崩溃安全：子进程不停写入，随机时刻 SIGKILL，重复多次；之后数据库完整，凡是子进程报告已提交的记录都在
import { spawn } from 'node:child_process'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../helpers/context'

const CHILD = path.resolve('tests/fixtures/crash-writer.ts')
const ROUNDS = 8

/** Kills the child a few milliseconds after it has reported `target` commits, so the kill lands mid-write however busy the machine is. */
function runAndKill(dataDir: string, round: number, target: number, jitterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const reported: string[] = []
    let buf = ''
    let err = ''
    child.stderr.on('data', (d) => (err += String(d)))
    child.stdout.on('data', (d) => {
      buf += String(d)
      const lines = buf.split('\n')
      buf = lines.pop()!
      for (const line of lines) {
        if (line === 'READY' || !line) continue
        reported.push(line)
        if (reported.length === target) setTimeout(() => child.kill('SIGKILL'), jitterMs)
      }
    })
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`子进程没有被杀掉就退出了（${code}）：${err}`))
      else resolve(reported)
    })
  })
}

describe('崩溃安全', () => {
  it(`写入中被 SIGKILL ${ROUNDS} 次：数据库完整，报告已提交的记录一条不少`, async () => {
    const dir = tempDir('redtie-crash-')
    const committed: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const ids = await runAndKill(dir, round, 5 + ((round * 37) % 40), (round * 7) % 25)
      committed.push(...ids)
    }
    expect(committed.length).toBeGreaterThanOrEqual(ROUNDS * 5)
    const db = new Database(path.join(dir, 'redtie.db'))
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const present = new Set((db.prepare('SELECT id FROM members').all() as { id: string }[]).map((r) => r.id))
    const missing = committed.filter((id) => !present.has(id))
    expect(missing).toEqual([])
    const logged = db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE entity = 'member' AND action = 'create'").get() as { n: number }
    expect(logged.n).toBe(present.size)
    db.close()
  }, 90_000)
})
