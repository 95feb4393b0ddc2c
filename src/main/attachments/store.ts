// 附件表的 SQL
import type { Attachment } from '../../shared/attachments'
import { fromRow, insertSql, toRow } from '../db/columns'
import type { DB } from '../db/types'

export const ATTACHMENT_FIELDS = ['id', 'owner', 'ownerId', 'fileName', 'sha256', 'size', 'createdAt', 'updatedAt'] as const

export type AttachmentRecord = Attachment & { updatedAt: string }

const decode = (r: Record<string, unknown>): Attachment => {
  const { updatedAt: _u, ...a } = fromRow<AttachmentRecord>(r, ATTACHMENT_FIELDS)
  return a
}

export const attachmentStore = {
  list(db: DB, owner: string, ownerId: string): Attachment[] {
    const rows = db.prepare('SELECT * FROM attachments WHERE owner = ? AND owner_id = ? AND deleted_at IS NULL ORDER BY created_at, file_name').all(owner, ownerId)
    return (rows as Record<string, unknown>[]).map(decode)
  },
  /** File names of the live attachments of every record of one kind, by record id. */
  namesByOwner(db: DB, owner: string): Map<string, string[]> {
    const rows = db.prepare('SELECT owner_id, file_name FROM attachments WHERE owner = ? AND deleted_at IS NULL ORDER BY created_at, file_name').all(owner) as { owner_id: string; file_name: string }[]
    const names = new Map<string, string[]>()
    for (const r of rows) names.set(r.owner_id, [...(names.get(r.owner_id) ?? []), r.file_name])
    return names
  },
  get(db: DB, id: string): Attachment | null {
    const r = db.prepare('SELECT * FROM attachments WHERE id = ? AND deleted_at IS NULL').get(id) as Record<string, unknown> | undefined
    return r ? decode(r) : null
  },
  insert(db: DB, rec: AttachmentRecord): void {
    db.prepare(insertSql('attachments', ATTACHMENT_FIELDS)).run(toRow(rec, ATTACHMENT_FIELDS))
  },
  setDeleted(db: DB, id: string, at: string): void {
    db.prepare('UPDATE attachments SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id)
  }
}
