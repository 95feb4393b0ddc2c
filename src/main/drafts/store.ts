// 表单草稿的 SQL：一张表一行，按表单编号覆盖
import type { Draft } from '../../shared/drafts/channels'
import type { DB } from '../db/types'

export function readDraft(db: DB, key: string): Draft | null {
  const row = db.prepare('SELECT body_json, saved_at FROM form_drafts WHERE key = ?').get(key) as { body_json: string; saved_at: string } | undefined
  return row ? { body: JSON.parse(row.body_json) as Record<string, unknown>, savedAt: row.saved_at } : null
}

export function writeDraft(db: DB, key: string, body: Record<string, unknown>, savedAt: string): void {
  db.prepare('INSERT INTO form_drafts (key, body_json, saved_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET body_json = excluded.body_json, saved_at = excluded.saved_at').run(key, JSON.stringify(body), savedAt)
}

export function deleteDraft(db: DB, key: string): void {
  db.prepare('DELETE FROM form_drafts WHERE key = ?').run(key)
}
