// 一个数据文件夹同时只许一个程序写：文件夹里放一个锁文件（进程号、主机名、开始时间、哪个程序）。
// 持锁的进程已经不在了就接管；还在就拒绝，并说出是哪个程序、哪个进程。同一进程里的多个宿主（性能测试里的外壳）共用一把锁。
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '../shared/errors'

export const LOCK_FILE = 'redtie.lock'

export type LockOwner = { pid: number; host: string; startedAt: string; program: string }

/** Locks this process holds, by lock file path, with how many hosts share each. */
const held = new Map<string, { owner: LockOwner; count: number }>()

/** A lock file younger than this that cannot be read yet is being written by its owner. */
const FRESH_MS = 3000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function readLockOwner(dataDir: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as LockOwner
    return Number.isInteger(o.pid) && typeof o.program === 'string' ? o : null
  } catch {
    return null
  }
}

export class DataFolderBusyError extends AppError {
  constructor(
    readonly owner: LockOwner,
    dataDir: string
  ) {
    const where = owner.host === os.hostname() ? '' : `，在电脑「${owner.host}」上`
    super(
      'DATA_LOCKED',
      `这个数据文件夹正被另一个程序使用：${owner.program}（进程号 ${owner.pid}${where}，${owner.startedAt.slice(0, 19).replace('T', ' ')} 起）。` +
        `同一份数据同时只能由一个程序打开，请先关闭它再打开。数据没有任何改动。数据位置：${dataDir}`
    )
  }
}

/** On this machine, an owner whose process has ended (or whose pid is ours but not held here: a leftover of an earlier process). */
const isStale = (o: LockOwner, file: string): boolean => o.host === os.hostname() && (o.pid === process.pid ? !held.has(file) : !alive(o.pid))

/** Takes the data folder's lock for `program`, or throws DataFolderBusyError naming the holder. Returns the release function. */
export function lockDataFolder(dataDir: string, program: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.resolve(dataDir, LOCK_FILE)
  const mine = held.get(file)
  if (mine) {
    mine.count++
    return releaser(file)
  }
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), program }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx')
      try {
        fs.writeSync(fd, JSON.stringify(owner))
        fs.fsyncSync(fd)
      } finally {
        fs.closeSync(fd)
      }
      held.set(file, { owner, count: 1 })
      return releaser(file)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
    const other = readLockOwner(dataDir)
    if (other && !isStale(other, file)) throw new DataFolderBusyError(other, dataDir)
    if (!other && Date.now() - fs.statSync(file).mtimeMs < FRESH_MS)
      throw new DataFolderBusyError({ pid: 0, host: os.hostname(), startedAt: new Date().toISOString(), program: '另一个正在启动的程序' }, dataDir)
    // 持锁的进程已经不在（或锁文件是被杀掉时写了一半的）：接管
    fs.rmSync(file, { force: true })
  }
  throw new AppError('DATA_LOCKED', `取不到数据文件夹的锁，请稍后再试。数据位置：${dataDir}`)
}

function releaser(file: string): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    const mine = held.get(file)
    if (!mine || --mine.count > 0) return
    held.delete(file)
    const now = readLockOwner(path.dirname(file))
    if (now && now.pid === mine.owner.pid && now.startedAt === mine.owner.startedAt) fs.rmSync(file, { force: true })
  }
}
