// camelCase 字段 ↔ snake_case 列：每个表只声明一次字段清单
export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export function toRow(obj: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {}
  for (const f of fields) row[snake(f)] = obj[f] === undefined ? null : obj[f]
  return row
}

export function fromRow<T>(row: Record<string, unknown>, fields: readonly string[]): T {
  const obj: Record<string, unknown> = {}
  for (const f of fields) obj[f] = row[snake(f)]
  return obj as T
}

export function insertSql(table: string, fields: readonly string[]): string {
  const cols = fields.map(snake)
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`
}

export function updateSql(table: string, fields: readonly string[]): string {
  const sets = fields.filter((f) => f !== 'id' && f !== 'createdAt').map((f) => `${snake(f)} = @${snake(f)}`)
  return `UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id AND deleted_at IS NULL`
}
