// 工作线程：读包、预览或导入报送包。用自己的 better-sqlite3 连接打开同一个数据库文件（WAL：主线程的连接下一次读就能看到提交的结果），
// 不迁移、不占数据目录的锁（主进程已经打开并迁移过）；进度和结果用消息发回主线程。
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import type { AppContext } from '../context'
import { type JobInput, checkJob, commitJob, previewJob } from './service'

export type WorkerJob = { op: 'preview' | 'commit'; now: number; dbPath: string; dataDir: string; today: string; actor: string; version: string; bytes: Uint8Array; input: JobInput }
/** 导入时：包检查过了（checked）→ 主线程做好导入前备份后回一句 go → 合并 */
export type WorkerMessage =
  | { type: 'checked' }
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'done'; result: unknown }
  | { type: 'error'; code: string; message: string }

/** 记录时间跟主线程的钟走（主线程的钟被测试固定时，工作线程写下的修改时间、导入时间也一样） */
function followClock(now: number): void {
  const skew = now - Date.now()
  if (Math.abs(skew) < 1000) return
  const Real = Date
  class Shifted extends Real {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]))
      else super(Real.now() + skew)
    }
    static now(): number {
      return Real.now() + skew
    }
  }
  globalThis.Date = Shifted as DateConstructor
}

const go = (): Promise<void> => new Promise((resolve) => parentPort!.once('message', () => resolve()))

async function run(job: WorkerJob): Promise<void> {
  followClock(job.now)
  const db = new Database(job.dbPath, { fileMustExist: true })
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    const ctx: AppContext = {
      db, dataDir: job.dataDir, dbPath: job.dbPath, version: job.version, actor: job.actor, today: () => job.today,
      chooseSavePath: () => Promise.resolve(null), renderPdf: null, printDialog: null, openPath: null, close: () => db.close()
    }
    const progress = (done: number, total: number, label: string): void => parentPort!.postMessage({ type: 'progress', done, total, label } satisfies WorkerMessage)
    let result: unknown
    if (job.op === 'preview') result = previewJob(ctx, job.bytes, job.input, progress)
    else {
      const checked = checkJob(ctx, job.bytes, job.input, true)
      parentPort!.postMessage({ type: 'checked' } satisfies WorkerMessage)
      await go()
      result = commitJob(ctx, checked, job.input, progress)
    }
    parentPort!.postMessage({ type: 'done', result } satisfies WorkerMessage)
  } catch (e) {
    const code = e instanceof AppError ? e.code : 'INTERNAL'
    parentPort!.postMessage({ type: 'error', code, message: e instanceof Error ? e.message : String(e) } satisfies WorkerMessage)
  } finally {
    db.close()
  }
}

if (parentPort && workerData) void run(workerData as WorkerJob)
