// 检查一个数据文件能不能用来恢复：完整性、是不是本程序的文件、版本是否不比程序新、结构是否与该版本一致；顺便数记录
import Database from 'better-sqlite3'
import { APPLICATION_ID, latestVersion } from '../db/migrate'
import { schemaDifference } from './schema'

export type FileCheck =
  | { ok: true; version: number; counts: { orgs: number; members: number } }
  | { ok: false; message: string }

export function inspectDatabaseFile(file: string): FileCheck {
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    if (appId !== APPLICATION_ID) return { ok: false, message: '这个文件不是红领带党建台账的数据文件或备份' }
    if (version > latestVersion()) return { ok: false, message: `备份来自更新版本的程序（数据第 ${version} 版），请先升级程序再恢复` }
    const check = db.pragma('integrity_check', { simple: true }) as string
    if (check !== 'ok') return { ok: false, message: `备份文件已损坏（完整性检查：${check}）` }
    const diff = schemaDifference(db, version)
    if (diff) return { ok: false, message: `备份的数据库结构与本程序第 ${version} 版的不一致（${diff}），文件可能被别的程序改动过，不能用来恢复` }
    const count = (t: string): number => (db!.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE deleted_at IS NULL`).get() as { n: number }).n
    return { ok: true, version, counts: { orgs: count('orgs'), members: count('members') } }
  } catch (e) {
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return { ok: false, message: '这个文件不是有效的数据库文件，或已经损坏' }
    if (code === 'SQLITE_CANTOPEN') return { ok: false, message: '打不开这个文件' }
    return { ok: false, message: `无法读取这个文件：${(e as Error).message}` }
  } finally {
    db?.close()
  }
}
