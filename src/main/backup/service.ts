// 备份与恢复：SQLite 在线备份接口生成备份；启动时每天自动备份一次，恢复、导入前也自动备份，只留最近 14 份。
// 恢复先检查文件（完整性、版本、结构），再备份当前数据，然后原子地替换并重新打开；任何一步失败都回到原来的数据。
// 备份先写临时文件再改名：被打断的备份不会出现在列表里，也不占保留的份数。
import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo } from '../../shared/backup/types'
import { AppError } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { type BackupReason, AUTO_PREFIX, BACKUP_DIR, autoBackupFiles, autoBackupPath, pruneAutoBackups, stamp } from '../db/backupFiles'
import { tempPathFor, writeAtomically } from '../db/atomicFile'
import { openDatabase } from '../db/open'
import { sweepAttachmentFiles } from '../attachments/keep'
import { inspectDatabaseFile } from './inspect'
import { checkpointAndClose, stageCopy, swapIn } from './place'

/** SQLite's online backup into a temporary file, renamed once complete. */
const backupTo = (ctx: AppContext, file: string): Promise<void> => writeAtomically(file, (tmp) => ctx.db.backup(tmp))

export async function autoBackup(ctx: AppContext, reason: BackupReason, now = new Date()): Promise<string | null> {
  if (reason === '启动') {
    const today = `${AUTO_PREFIX}启动-${stamp(now).slice(0, 8)}`
    if (autoBackupFiles(ctx.dataDir).some((f) => path.basename(f).startsWith(today))) return null
  }
  const file = autoBackupPath(ctx.dataDir, reason, now)
  await backupTo(ctx, file)
  pruneAutoBackups(ctx.dataDir)
  if (reason === '启动') sweepAttachmentFiles(ctx)
  return file
}

export async function manualBackup(ctx: AppContext): Promise<{ path: string } | null> {
  const file = await ctx.chooseSavePath(`红领带台账备份-${ctx.today()}.db`)
  if (!file) return null
  await backupTo(ctx, file)
  logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'backup', action: 'export', after: { file } })
  return { path: file }
}

export function listBackups(ctx: AppContext): BackupInfo[] {
  return autoBackupFiles(ctx.dataDir).map((file) => {
    const name = path.basename(file)
    const st = fs.statSync(file)
    const check = inspectDatabaseFile(file)
    return {
      name,
      reason: name.slice(AUTO_PREFIX.length).split('-')[0],
      createdAt: new Date(st.mtimeMs).toISOString(),
      sizeBytes: st.size,
      version: check.ok ? check.version : null,
      counts: check.ok ? check.counts : null,
      problem: check.ok ? null : check.message
    }
  })
}

export type RestoreSource = { name: string } | { fileName: string; base64: string }

export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024

function resolveSource(ctx: AppContext, src: RestoreSource): { file: string; temp: boolean } {
  if ('name' in src) {
    if (path.basename(src.name) !== src.name) throw new AppError('INVALID', '备份名称不正确')
    const file = path.join(ctx.dataDir, BACKUP_DIR, src.name)
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `找不到备份「${src.name}」`)
    return { file, temp: false }
  }
  const bytes = Buffer.from(src.base64, 'base64')
  if (bytes.length === 0) throw new AppError('BAD_BACKUP', '选择的文件是空的')
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('BAD_BACKUP', '文件太大，不像是本程序的备份')
  const dir = path.join(ctx.dataDir, 'tmp')
  fs.mkdirSync(dir, { recursive: true })
  // 临时文件的名字是启动时会清掉的那种：上传到一半被杀掉也不留垃圾
  const file = tempPathFor(path.join(dir, '恢复.db'))
  fs.writeFileSync(file, bytes)
  return { file, temp: true }
}

export async function restoreBackup(ctx: AppContext, src: RestoreSource): Promise<{ orgs: number; members: number; safetyBackup: string }> {
  const { file, temp } = resolveSource(ctx, src)
  try {
    const check = inspectDatabaseFile(file)
    if (!check.ok) throw new AppError('BAD_BACKUP', `${check.message}。当前数据没有任何改动。`)
    const safety = await autoBackup(ctx, '恢复前')
    swapDatabase(ctx, file, safety!)
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'restore', action: 'restore', after: { from: 'name' in src ? src.name : src.fileName, safety } })
    return { ...check.counts, safetyBackup: path.basename(safety!) }
  } finally {
    if (temp) fs.rmSync(file, { force: true })
  }
}

/** Stages `file` beside the live database, closes it and swaps the copy in, then reopens (migrating if older); on failure puts `fallback` back. */
function swapDatabase(ctx: AppContext, file: string, fallback: string): void {
  const staged = stageCopy(file, ctx.dbPath)
  try {
    checkpointAndClose(ctx.db, ctx.dbPath)
  } catch (e) {
    fs.rmSync(staged, { force: true })
    if (!ctx.db.open) ctx.db = openDatabase(ctx.dataDir).db
    throw e
  }
  try {
    swapIn(staged, ctx.dbPath)
    ctx.db = openDatabase(ctx.dataDir).db
  } catch (e) {
    fs.rmSync(staged, { force: true })
    if (ctx.db.open) checkpointAndClose(ctx.db, ctx.dbPath)
    swapIn(stageCopy(fallback, ctx.dbPath), ctx.dbPath)
    ctx.db = openDatabase(ctx.dataDir).db
    throw new AppError('RESTORE_FAILED', `恢复没有成功，已回到恢复前的数据：${(e as Error).message}`)
  }
}
