// 打开数据库：WAL、同步写盘、外键，然后迁移
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { type MigrateResult, migrate } from './migrate'
import type { DB } from './types'

export const DB_FILE = 'redtie.db'

export function openDatabase(dataDir: string): { db: DB; file: string; migration: MigrateResult } {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, DB_FILE)
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    const migration = migrate(db, { dataDir })
    return { db, file, migration }
  } catch (e) {
    db.close()
    throw e
  }
}
