// 报送包的耗时与内存：把五万人数据的整个组织树导出成报送包，在另一个进程里导入一个新的园区数据目录（预览、导入），再导入一次（全部未变）。
// 导入在子进程里做，和程序一样经工作线程：峰值内存（maxRSS，含工作线程）只算这一次导入；CPU 时间（预览、导入、再导入合计，机器忙时比耗时可靠）；
// 主线程事件循环最长卡住多久（界面能不能响应）。
import { fork } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createContext } from '../src/main/context'
import { exportSubmission } from '../src/main/submit/export'
import { commitInWorker, previewInWorker } from '../src/main/submit/runner'
import type { Figure, FigureFn } from './run'

const round = (x: number, digits = 0): number => Number(x.toFixed(digits))

type ImportResult = { previewMs: number; commitMs: number; againMs: number; added: number; peakRssMB: number; baseRssMB: number; stallMs: number; ticks: number; cpuMs: number }

export const submitPackage: FigureFn = async (env): Promise<Figure[]> => {
  const ctx = env.context()
  const t = performance.now()
  const out = await exportSubmission(ctx, env.dataset().rootId)
  const exportMs = performance.now() - t
  const bytes = fs.statSync(out!.path).size
  const r = await importInChild(out!.path, path.join(env.tmp, 'park'), env.today)
  if (r.added !== env.memberCount) throw new Error(`导入党员 ${r.added} 名，应为 ${env.memberCount}`)
  const k = `${env.memberCount / 1000}k`
  return [
    { name: `submit_export_${k}`, value: round(exportMs), unit: 'ms' },
    { name: 'submit_package_size', value: round(bytes / 1024 / 1024, 1), unit: 'MB' },
    { name: `submit_preview_${k}`, value: round(r.previewMs), unit: 'ms' },
    { name: `submit_commit_${k}`, value: round(r.commitMs), unit: 'ms' },
    { name: 'submit_reimport_unchanged', value: round(r.againMs), unit: 'ms' },
    { name: 'submit_import_peak_rss', value: round(r.peakRssMB), unit: 'MB' },
    { name: 'submit_import_rss_before', value: round(r.baseRssMB), unit: 'MB' },
    { name: 'submit_import_cpu', value: round(r.cpuMs), unit: 'ms' },
    { name: 'submit_import_longest_stall', value: round(r.stallMs), unit: 'ms' }
  ]
}

function importInChild(file: string, parkDir: string, today: string): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--import', file, parkDir, today], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let result: ImportResult | null = null
    child.once('message', (m) => (result = m as ImportResult))
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`导入子进程退出（${code}），没有结果`))))
  })
}

/** 子进程：预览、导入、再导入；一个 10 ms 的定时器量事件循环最长隔了多久才轮到它 */
async function runImport(file: string, parkDir: string, today: string): Promise<ImportResult> {
  const park = createContext({ dataDir: parkDir, today: () => today })
  const upload = { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') }
  const baseRssMB = process.memoryUsage().rss / 1024 / 1024
  const delay = monitorEventLoopDelay({ resolution: 10 })
  let last = performance.now()
  let stall = 0
  let ticks = 0
  const timer = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
    ticks++
  }, 10)
  delay.enable()
  const cpu = process.cpuUsage()
  try {
    let t = performance.now()
    const preview = await previewInWorker(park, upload)
    const previewMs = performance.now() - t
    t = performance.now()
    const done = await commitInWorker(park, { ...upload, parentId: preview.parentId, confirmSender: true })
    const commitMs = performance.now() - t
    t = performance.now()
    await commitInWorker(park, { ...upload, parentId: preview.parentId })
    const againMs = performance.now() - t
    await new Promise((r) => setTimeout(r, 20))
    const added = done.tables.find((x) => x.table === 'members')!.added
    const used = process.cpuUsage(cpu)
    return { cpuMs: (used.user + used.system) / 1000, previewMs, commitMs, againMs, added, peakRssMB: process.resourceUsage().maxRSS / 1024, baseRssMB, stallMs: Math.max(stall, delay.max / 1e6), ticks }
  } finally {
    clearInterval(timer)
    delay.disable()
    park.close()
  }
}

if (require.main === module && process.argv[2] === '--import') {
  const [, , , file, parkDir, today] = process.argv
  runImport(file, parkDir, today).then(
    (r) => process.send?.(r, () => process.exit(0)),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
