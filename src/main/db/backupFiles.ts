// 自动备份文件：放在 <数据目录>/backups，文件名带原因和时间；只保留最近 14 份
import fs from 'node:fs'
import path from 'node:path'

export const BACKUP_DIR = 'backups'
export const KEEP_AUTO_BACKUPS = 14
export const AUTO_PREFIX = '自动备份-'

export type BackupReason = '启动' | '升级前' | '恢复前' | '导入前'

export function stamp(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`
}

/** A new, unused file name for an automatic backup. */
export function autoBackupPath(dataDir: string, reason: BackupReason, now: Date): string {
  const dir = path.join(dataDir, BACKUP_DIR)
  fs.mkdirSync(dir, { recursive: true })
  let file = path.join(dir, `${AUTO_PREFIX}${reason}-${stamp(now)}.db`)
  for (let i = 2; fs.existsSync(file); i++) file = path.join(dir, `${AUTO_PREFIX}${reason}-${stamp(now)}-${i}.db`)
  return file
}

export function autoBackupFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, BACKUP_DIR)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(AUTO_PREFIX) && f.endsWith('.db'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs || b.localeCompare(a))
}

/** Deletes automatic backups beyond the newest `keep`. */
export function pruneAutoBackups(dataDir: string, keep = KEEP_AUTO_BACKUPS): string[] {
  const old = autoBackupFiles(dataDir).slice(keep)
  for (const f of old) fs.rmSync(f, { force: true })
  return old
}
