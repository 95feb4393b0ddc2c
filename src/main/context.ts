// 主进程上下文：数据库、数据目录、今天的日期、保存文件的方式（Electron 弹窗或外壳里的固定目录）
import fs from 'node:fs'
import path from 'node:path'
import { todayIso } from '../shared/dates'
import { safeFileName } from '../shared/fileName'
import { lockDataFolder } from './dataLock'
import { removeLeftoverTemps } from './db/atomicFile'
import { BACKUP_DIR } from './db/backupFiles'
import { describeOpenError } from './db/errors'
import { openDatabase } from './db/open'
import type { DB } from './db/types'

export type AppContext = {
  /** Replaced when a backup is restored: always read it from the context. */
  db: DB
  dataDir: string
  dbPath: string
  version: string
  actor: string
  today: () => string
  /** Where to save an export: Electron asks the user; null means the user cancelled. */
  chooseSavePath: (suggestedName: string) => Promise<string | null>
  /** Renders a print route (#/print/…) to an A4 PDF: Electron's printToPDF, or page.pdf() in the Chromium shell. */
  renderPdf: ((route: string) => Promise<Buffer>) | null
  /** Opens the system print dialog for a print route; null where there is none (the Chromium shell). */
  printDialog: ((route: string) => Promise<void>) | null
  /** Opens a file with the system's program (Electron); null where there is none. */
  openPath: ((file: string) => Promise<void>) | null
  close: () => void
}

export type ContextOptions = {
  dataDir: string
  version?: string
  actor?: string
  today?: () => string
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  renderPdf?: (route: string) => Promise<Buffer>
  printDialog?: (route: string) => Promise<void>
  openPath?: (file: string) => Promise<void>
  /** The program taking the data folder's lock (every host does; unit tests that open the folder directly need not). */
  lock?: string
}

/** Folders of the data folder where a killed restore, backup, upload or export can leave a temporary file. */
export const tempFolders = (dataDir: string): string[] => [dataDir, path.join(dataDir, BACKUP_DIR), path.join(dataDir, 'tmp'), path.join(dataDir, EXPORT_DIR)]

export function createContext(opts: ContextOptions): AppContext {
  let unlock = (): void => {}
  let opened
  try {
    if (opts.lock) unlock = lockDataFolder(opts.dataDir, opts.lock)
    for (const dir of tempFolders(opts.dataDir)) removeLeftoverTemps(dir)
    opened = openDatabase(opts.dataDir)
  } catch (e) {
    unlock()
    throw describeOpenError(e, opts.dataDir)
  }
  const { db, file } = opened
  const ctx: AppContext = {
    db,
    dataDir: opts.dataDir,
    dbPath: file,
    version: opts.version ?? '0.1.0',
    actor: opts.actor ?? '本机用户',
    today: opts.today ?? (() => todayIso()),
    // 组织名称会进文件名：一律先变成安全的名字（「a/b」「../x」、八十个字的联合党支部）再交给保存对话框或导出文件夹
    chooseSavePath: (name) => (opts.chooseSavePath ?? ((n) => Promise.resolve(exportPathUnder(opts.dataDir, n))))(safeFileName(name)),
    renderPdf: opts.renderPdf ?? null,
    printDialog: opts.printDialog ?? null,
    openPath: opts.openPath ?? null,
    close: () => {
      ctx.db.close()
      unlock()
    }
  }
  return ctx
}

export const EXPORT_DIR = '导出'

/** Saves under <dataDir>/导出, never overwriting an earlier export and never outside that folder. */
export function exportPathUnder(dataDir: string, suggested: string): string {
  const dir = path.join(dataDir, EXPORT_DIR)
  fs.mkdirSync(dir, { recursive: true })
  const name = safeFileName(suggested)
  const ext = path.extname(name)
  const base = name.slice(0, name.length - ext.length)
  let candidate = path.join(dir, name)
  for (let i = 2; fs.existsSync(candidate); i++) candidate = path.join(dir, `${base}（${i}）${ext}`)
  return candidate
}
