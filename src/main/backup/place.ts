// 原子地换数据库文件：备份先复制成数据文件夹里的临时文件（改成回滚日志模式、落盘），当前库检查点清空 WAL 后关闭，
// 再删掉空的 -wal/-shm、把临时文件改名成数据库。任何时刻被杀掉，留下的都是完整的旧库或完整的新库。
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { fsyncDir, fsyncFile, tempPathFor } from '../db/atomicFile'
import type { DB } from '../db/types'

/** Checkpoints every WAL frame into the main file and closes; refuses when another connection still holds the file. */
export function checkpointAndClose(db: DB, dbPath: string): void {
  const [r] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  if (r && r.busy) throw new AppError('DB_BUSY', '数据库被占用：还有别的程序在读写这个数据文件，请关闭它后再恢复。当前数据没有任何改动。')
  db.close()
  const wal = `${dbPath}-wal`
  if (fs.existsSync(wal) && fs.statSync(wal).size > 0)
    throw new AppError('DB_BUSY', '数据库被占用：还有别的程序打开着这个数据文件，请关闭它后再恢复。当前数据没有任何改动。')
}

/** A synced copy of `source` beside `dbPath`, in rollback-journal mode so no old -wal can ever be replayed onto it. */
export function stageCopy(source: string, dbPath: string): string {
  const tmp = tempPathFor(dbPath)
  try {
    fs.copyFileSync(source, tmp)
    const t = new Database(tmp)
    try {
      t.pragma('journal_mode = DELETE')
    } finally {
      t.close()
    }
    fsyncFile(tmp)
    fsyncDir(path.dirname(dbPath))
    return tmp
  } catch (e) {
    fs.rmSync(tmp, { force: true })
    throw e
  }
}

/** Puts a staged copy in place of the closed, checkpointed database. */
export function swapIn(staged: string, dbPath: string): void {
  for (const ext of ['-wal', '-shm', '-journal']) fs.rmSync(dbPath + ext, { force: true })
  fs.renameSync(staged, dbPath)
  fsyncDir(path.dirname(dbPath))
}
