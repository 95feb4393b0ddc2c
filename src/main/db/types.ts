import type BetterSqlite3 from 'better-sqlite3'
export type DB = BetterSqlite3.Database
