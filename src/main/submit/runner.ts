// 在工作线程里预览、导入报送包：主线程只转发文件和进度，界面照常响应；同一时间一个数据目录只跑一个
import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import type { SubmitPreview, SubmitProgress, SubmitResult } from '../../shared/submit/types'
import { autoBackup } from '../backup/service'
import type { AppContext } from '../context'
import { type CommitInput, type Upload, bytesOf, jobInput } from './service'
import type { WorkerJob, WorkerMessage } from './worker'

const running = new Map<string, NonNullable<SubmitProgress>>()

/** 构建后入口与主进程在同一目录（electron.config.ts 的 submitWorker）；源码运行时（tsx、vitest）经 worker-dev.cjs 载入 TypeScript */
function workerEntry(): string {
  const built = path.join(__dirname, 'submitWorker.js')
  return fs.existsSync(built) ? built : path.join(__dirname, 'worker-dev.cjs')
}

/** 界面轮询：正在处理的报送包到了哪一步 */
export function submitProgress(ctx: AppContext): SubmitProgress {
  return running.get(ctx.dataDir) ?? null
}

function runJob<T>(ctx: AppContext, op: WorkerJob['op'], upload: Upload, beforeCommit?: () => Promise<void>): Promise<T> {
  if (running.has(ctx.dataDir)) return Promise.reject(new AppError('BUSY', '上一个报送包还在处理，请等它完成后再试'))
  const job: WorkerJob = { op, now: Date.now(), dbPath: ctx.dbPath, dataDir: ctx.dataDir, today: ctx.today(), actor: ctx.actor, version: ctx.version, bytes: bytesOf(upload), input: jobInput(upload) }
  running.set(ctx.dataDir, { op, done: 0, total: 0, label: '读取文件' })
  return new Promise<T>((resolve, reject) => {
    let settled = false
    const finish = (fn: () => void): void => {
      if (settled) return
      settled = true
      running.delete(ctx.dataDir)
      fn()
    }
    const worker = new Worker(workerEntry(), { workerData: job })
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') running.set(ctx.dataDir, { op, done: m.done, total: m.total, label: m.label })
      else if (m.type === 'checked') {
        running.set(ctx.dataDir, { op, done: 0, total: 0, label: '导入前备份' })
        ;(beforeCommit ?? (() => Promise.resolve()))().then(
          () => worker.postMessage('go'),
          (e: unknown) => {
            finish(() => reject(e))
            void worker.terminate()
          }
        )
      } else if (m.type === 'done') finish(() => resolve(m.result as T))
      else finish(() => reject(new AppError(m.code, m.message)))
    })
    worker.on('error', (e) => finish(() => reject(new AppError('INTERNAL', `处理报送包时出错：${e.message}。本机数据没有改动。`))))
    worker.on('exit', (code) => finish(() => reject(new AppError('INTERNAL', `处理报送包的后台任务意外结束（${code}）。本机数据没有改动。`))))
  })
}

export function previewInWorker(ctx: AppContext, upload: Upload): Promise<SubmitPreview> {
  return runJob<SubmitPreview>(ctx, 'preview', upload)
}

/** 工作线程检查过包之后，主线程做导入前备份，再让它合并 */
export async function commitInWorker(ctx: AppContext, upload: CommitInput): Promise<SubmitResult> {
  let backup: string | null = null
  const r = await runJob<SubmitPreview & { submissionId: string }>(ctx, 'commit', upload, async () => {
    backup = await autoBackup(ctx, '导入前')
  })
  return { ...r, backup: backup ?? '' }
}
