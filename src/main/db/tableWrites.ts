// 记录表共同的三种写法：插入、更新（只改未删除的）、移入回收站（写 deleted_at）；列值默认按字段清单转换
import { insertSql, toRow, updateSql } from './columns'
import type { DB } from './types'

export function tableWrites<R extends object>(
  table: string,
  fields: readonly string[],
  encode: (rec: R) => Record<string, unknown> = (rec) => toRow(rec as Record<string, unknown>, fields)
): { insert(db: DB, rec: R): void; update(db: DB, rec: R): void; setDeleted(db: DB, id: string, at: string): void } {
  const insert = insertSql(table, fields)
  const update = updateSql(table, fields)
  const remove = `UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`
  return {
    insert: (db, rec) => void db.prepare(insert).run(encode(rec)),
    update: (db, rec) => void db.prepare(update).run(encode(rec)),
    setDeleted: (db, id, at) => void db.prepare(remove).run(at, at, id)
  }
}
