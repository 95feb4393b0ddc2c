// 迁移：检查版本 → 迁移前备份 → 所有待执行步骤在一个事务里 → 写 user_version
import { writeAtomicallySync } from './atomicFile'
import { autoBackupPath, pruneAutoBackups } from './backupFiles'
import { DatabaseTooNewError, NotOurDatabaseError } from './errors'
import { type Migration, migrations as registry } from './migrations'
import type { DB } from './types'

/** PRAGMA application_id：'RTIE' */
export const APPLICATION_ID = 0x52544945

export type MigrateResult = { from: number; to: number; backupPath: string | null }

export function latestVersion(list: Migration[] = registry): number {
  return list.length ? list[list.length - 1].version : 0
}

export function migrate(db: DB, opts: { dataDir?: string; migrations?: Migration[]; now?: Date } = {}): MigrateResult {
  const list = opts.migrations ?? registry
  // 各分支按预先分配的版本号开发，合并前登记表里可能有空号：只要求从 1 开始、严格递增
  list.forEach((m, i) => {
    if (i === 0 ? m.version !== 1 : m.version <= list[i - 1].version)
      throw new Error(`迁移登记表顺序错误：第 ${i + 1} 项是第 ${m.version} 版`)
  })
  const appId = db.pragma('application_id', { simple: true }) as number
  const from = db.pragma('user_version', { simple: true }) as number
  if (appId !== 0 && appId !== APPLICATION_ID) throw new NotOurDatabaseError()
  if (appId === 0 && from !== 0) throw new NotOurDatabaseError()
  const to = latestVersion(list)
  if (from > to) throw new DatabaseTooNewError(from, to)
  if (from === to) return { from, to, backupPath: null }

  let backupPath: string | null = null
  if (from > 0 && opts.dataDir) {
    backupPath = autoBackupPath(opts.dataDir, '升级前', opts.now ?? new Date())
    // VACUUM INTO：SQLite 自己生成一致的快照（同步，打开数据库时就能做），不是复制正在使用的文件
    writeAtomicallySync(backupPath, (tmp) => db.prepare('VACUUM INTO ?').run(tmp))
    pruneAutoBackups(opts.dataDir)
  }

  db.transaction(() => {
    for (const m of list.filter((x) => x.version > from)) m.up(db)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${to}`)
  })()
  return { from, to, backupPath }
}
