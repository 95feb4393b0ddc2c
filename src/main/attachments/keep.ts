// 附件文件留多久：只要当前数据或数据目录里的任何一份自动备份还用着它，文件就留着——从备份恢复后附件也都在。
// 每天第一次启动（自动备份并清理旧备份之后）扫一遍附件文件夹，删掉谁也不用的文件（含以前彻底删除时留下的）。
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { AppContext } from '../context'
import { autoBackupFiles } from '../db/backupFiles'
import { ATTACHMENT_DIR, deleteStoredFiles } from './files'

const HASH = /^[0-9a-f]{64}/

/** Hashes the automatic backups in the data folder refer to; null when a backup cannot be read (then nothing may be deleted). */
export function hashesInBackups(dataDir: string): Set<string> | null {
  const out = new Set<string>()
  for (const file of autoBackupFiles(dataDir)) {
    let db: Database.Database | null = null
    try {
      db = new Database(file, { readonly: true, fileMustExist: true })
      if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'attachments'").get()) continue
      for (const r of db.prepare('SELECT DISTINCT sha256 FROM attachments').all() as { sha256: string }[]) out.add(r.sha256)
    } catch {
      return null // 读不了的备份可能还用着任何一个文件：这次什么也不删
    } finally {
      db?.close()
    }
  }
  return out
}

const liveHashes = (ctx: AppContext): Set<string> => new Set((ctx.db.prepare('SELECT DISTINCT sha256 FROM attachments').all() as { sha256: string }[]).map((r) => r.sha256))

/** Deletes the stored files of these hashes that neither the data nor a backup refers to; returns what went. */
export function removeUnusedFiles(ctx: AppContext, hashes: string[]): string[] {
  if (!hashes.length) return []
  const live = liveHashes(ctx)
  const candidates = hashes.filter((h) => !live.has(h))
  if (!candidates.length) return []
  const kept = hashesInBackups(ctx.dataDir)
  if (!kept) return []
  return candidates.filter((h) => !kept.has(h)).flatMap((h) => deleteStoredFiles(ctx.dataDir, h))
}

/** Every stored file nobody refers to any more goes. */
export function sweepAttachmentFiles(ctx: AppContext): string[] {
  const root = path.join(ctx.dataDir, ATTACHMENT_DIR)
  if (!fs.existsSync(root)) return []
  const stored = new Set<string>()
  for (const dir of fs.readdirSync(root)) {
    const full = path.join(root, dir)
    if (!fs.statSync(full).isDirectory()) continue
    for (const f of fs.readdirSync(full)) if (HASH.test(f) && !f.endsWith('.tmp')) stored.add(f.slice(0, 64))
  }
  return removeUnusedFiles(ctx, [...stored])
}
