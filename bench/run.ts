// 性能测试：每个指标一行「名称 数值 单位」。指标由 FIGURES 里的小函数产生，加一项就是往数组里加一个函数。
// 用法：npm run bench（或开发时 npx tsx bench/run.ts）；BENCH_MEMBERS=5000 可缩小数据量。
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { type AppContext, createContext } from '../src/main/context'
import { openDatabase } from '../src/main/db/open'
import { writeLedgerFile } from '../src/main/ledgers/writer'
import { rosterLedger } from '../src/main/members/ledger'
import { listMembers } from '../src/main/members/service'
import { memberStore } from '../src/main/members/store'
import type { MemberQuery } from '../src/shared/members/schemas'
import { backupRestore } from './backup'
import { checkupFormPdf, checkupRound } from './checkups'
import { duesFigures } from './dues'
import { importFarFormatted } from './importFar'
import { type Dataset, generateDataset } from './generate'
import { rosterFirstRows } from './shell'
import { submitPackage } from './submit'
import { sealFigures } from './seal'

export type Figure = { name: string; value: number; unit: string }

/** Shared by all figures: a temp folder, and the big dataset, generated on first use. */
export type BenchEnv = {
  tmp: string
  today: string
  memberCount: number
  dataset: () => Dataset
  /** A context on the big dataset (opened once, closed at the end). */
  context: () => AppContext
}

export type FigureFn = (env: BenchEnv) => Figure[] | Promise<Figure[]>

const TODAY = '2026-11-25'
const EXPORT_ROWS = 10_000

const time = <T>(fn: () => T): [T, number] => {
  const t = performance.now()
  const r = fn()
  return [r, performance.now() - t]
}
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}
const median = (xs: number[]): number => quantile(xs, 0.5)
const round = (x: number, digits = 1): number => Number(x.toFixed(digits))

// ── figures ─────────────────────────────────────────────────────────────────

const datasetFigure: FigureFn = (env) => [{ name: 'dataset_generate', value: round(env.dataset().ms, 0), unit: 'ms' }]

const dbOpenMigrate: FigureFn = (env) => {
  const fresh: number[] = []
  for (let i = 0; i < 5; i++) {
    const dir = path.join(env.tmp, `fresh-${i}`)
    const [{ db }, ms] = time(() => openDatabase(dir))
    db.close()
    fresh.push(ms)
  }
  const big = env.dataset().dataDir
  const reopen: number[] = []
  for (let i = 0; i < 5; i++) {
    const [{ db }, ms] = time(() => openDatabase(big))
    db.close()
    reopen.push(ms)
  }
  return [
    { name: 'db_open_migrate_fresh', value: round(median(fresh), 2), unit: 'ms' },
    { name: `db_open_migrate_reopen_${env.memberCount / 1000}k`, value: round(median(reopen), 2), unit: 'ms' }
  ]
}

/** ~200 mixed roster queries: surname, 拼音首字母, full pinyin prefix, ID suffix, phone fragment, and filters. */
function searchQueries(ctx: AppContext, orgIds: string[]): MemberQuery[] {
  const sample = memberStore.search(ctx.db, {}, 0, 400).rows
  const bands = ['le35', '36to45', '46to55', 'ge56'] as const
  const groups = ['研究生', '大学本科', '大学专科', '中专中技', '高中', '初中及以下']
  const qs: MemberQuery[] = []
  for (let i = 0; qs.length < 200; i++) {
    const m = sample[(i * 37) % sample.length]
    const base = { offset: 0, limit: 200 }
    switch (i % 10) {
      case 0: qs.push({ ...base, search: m.name.slice(0, 1) }); break
      case 1: qs.push({ ...base, search: m.name }); break
      case 2: qs.push({ ...base, search: m.nameInitials }); break
      case 3: qs.push({ ...base, search: m.namePinyin.slice(0, 5) }); break
      case 4: qs.push({ ...base, search: m.idNumber.slice(-4) }); break
      case 5: qs.push({ ...base, search: (m.phone ?? '').slice(3, 8) }); break
      case 6: qs.push({ ...base, orgId: orgIds[i % orgIds.length] }); break
      case 7: qs.push({ ...base, ageBand: bands[i % bands.length], search: m.name.slice(0, 1) }); break
      case 8: qs.push({ ...base, educationGroup: groups[i % groups.length], orgId: orgIds[(i * 7) % orgIds.length] }); break
      default: qs.push({ ...base, ageBand: bands[i % bands.length] }); break
    }
  }
  return qs
}

const rosterSearch: FigureFn = (env) => {
  const ctx = env.context()
  const qs = searchQueries(ctx, env.dataset().orgIds)
  for (const q of qs.slice(0, 10)) listMembers(ctx, q) // warm the page cache and statement paths
  const times = qs.map((q) => time(() => listMembers(ctx, q))[1])
  return [
    { name: 'roster_search_queries', value: qs.length, unit: 'count' },
    { name: 'roster_search_p50', value: round(quantile(times, 0.5), 2), unit: 'ms' },
    { name: 'roster_search_p95', value: round(quantile(times, 0.95), 2), unit: 'ms' },
    { name: 'roster_search_p95_goal', value: 20, unit: 'ms' },
    { name: 'roster_search_max', value: round(Math.max(...times), 2), unit: 'ms' }
  ]
}

type ExportKind = 'engine' | 'bare'
type ExportResult = { ms: number; rssMB: number }

/** One export in a fresh child process, so peak RSS belongs to that export alone. */
function exportInChild(env: BenchEnv, kind: ExportKind): Promise<ExportResult> {
  return new Promise((resolve, reject) => {
    const out = path.join(env.tmp, `export-${kind}-${Date.now()}.xlsx`)
    const child = fork(__filename, ['--export', kind, env.dataset().dataDir, out, env.today], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let result: ExportResult | null = null
    child.once('message', (m) => (result = m as ExportResult))
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`export child (${kind}) exited with ${code} and no figures`))))
  })
}

/** Child side: read 10,000 rows, then time only the workbook write. */
async function runExport(kind: ExportKind, dataDir: string, out: string, today: string): Promise<ExportResult> {
  const { db } = openDatabase(dataDir)
  const rows = memberStore.search(db, {}, 0, EXPORT_ROWS).rows
  db.close()
  const def = rosterLedger(today, false)
  const meta = { unitName: '嘉州高新区企业综合党委（性能测试）', date: today }
  const t = performance.now()
  if (kind === 'engine') await writeLedgerFile(def, rows, meta, out)
  else {
    // the same cells, no house style: a plain sheet with a header row and one addRow per member
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet(def.sheetName)
    ws.addRow([def.title])
    ws.addRow(def.columns.map((c) => c.header))
    rows.forEach((r, i) => ws.addRow(def.columns.map((c) => c.value(r, i))))
    await wb.xlsx.writeFile(out)
  }
  const ms = performance.now() - t
  fs.rmSync(out, { force: true })
  return { ms, rssMB: process.resourceUsage().maxRSS / 1024 }
}

const rosterExport: FigureFn = async (env) => {
  env.dataset()
  const runs: Record<ExportKind, ExportResult[]> = { engine: [], bare: [] }
  for (let i = 0; i < 3; i++) for (const kind of ['bare', 'engine'] as const) runs[kind].push(await exportInChild(env, kind))
  const ms = (k: ExportKind): number => median(runs[k].map((r) => r.ms))
  const rss = (k: ExportKind): number => Math.max(...runs[k].map((r) => r.rssMB))
  return [
    { name: 'roster_export_rows', value: EXPORT_ROWS, unit: 'count' },
    { name: 'roster_export_engine', value: round(ms('engine'), 0), unit: 'ms' },
    { name: 'roster_export_bare', value: round(ms('bare'), 0), unit: 'ms' },
    { name: 'roster_export_ratio', value: round(ms('engine') / ms('bare'), 2), unit: 'x' },
    { name: 'roster_export_ratio_goal', value: 1.5, unit: 'x' },
    { name: 'roster_export_engine_peak_rss', value: round(rss('engine'), 0), unit: 'MB' },
    { name: 'roster_export_bare_peak_rss', value: round(rss('bare'), 0), unit: 'MB' }
  ]
}

/** Add a figure here; each prints its lines as soon as it is done. */
export const FIGURES: FigureFn[] = [datasetFigure, dbOpenMigrate, rosterSearch, rosterExport, rosterFirstRows, backupRestore, checkupRound, checkupFormPdf, submitPackage, sealFigures, duesFigures, importFarFormatted]

export async function runBench(figures: FigureFn[] = FIGURES, memberCount = Number(process.env.BENCH_MEMBERS ?? 50_000)): Promise<Figure[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'redtie-bench-'))
  const made: { dataset?: Dataset; ctx?: AppContext } = {}
  const env: BenchEnv = {
    tmp,
    today: TODAY,
    memberCount,
    dataset: () => (made.dataset ??= generateDataset(path.join(tmp, 'data'), memberCount)),
    context: () => (made.ctx ??= createContext({ dataDir: env.dataset().dataDir, today: () => TODAY, lock: '性能测试（npm run bench）' }))
  }
  const all: Figure[] = []
  try {
    for (const fig of figures) {
      for (const f of await fig(env)) {
        console.log(`${f.name} ${f.value} ${f.unit}`)
        all.push(f)
      }
    }
  } finally {
    made.ctx?.close()
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  return all
}

if (require.main === module) {
  const args = process.argv.slice(2)
  if (args[0] === '--export') {
    const [, kind, dataDir, out, today] = args
    runExport(kind as ExportKind, dataDir, out, today).then(
      (r) => process.send?.(r, () => process.exit(0)),
      (e) => {
        console.error(e)
        process.exit(1)
      }
    )
  } else {
    runBench().catch((e) => {
      console.error(e)
      process.exitCode = 1
    })
  }
}
