// 彻底删除记录时带走它的附件：附件行在同一事务里删掉；事务提交后，当前数据和自动备份都不再用到的文件才从数据目录删除（keep.ts）
import type { DB } from '../db/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'

/** Attachments hang on owner + ownerId: a record's own, and those of the parts that go with it (体检的检查项). */
export type AttachmentOwners = { owner: string; ownerIds: string[] }[]

type Row = { id: string; sha256: string } & Record<string, unknown>

/** Removes the attachment rows (live and in the recycle bin) of these owners inside the caller's transaction; returns their hashes. */
export function dropOwnedAttachments(ctx: AppContext, owners: AttachmentOwners): string[] {
  const { db } = ctx
  const hashes = new Set<string>()
  for (const { owner, ownerIds } of owners)
    for (const ownerId of ownerIds) {
      const rows = db.prepare('SELECT * FROM attachments WHERE owner = ? AND owner_id = ?').all(owner, ownerId) as Row[]
      for (const r of rows) {
        db.prepare('DELETE FROM attachments WHERE id = ?').run(r.id)
        logChange(db, { actor: ctx.actor, entity: 'attachment', entityId: r.id, action: 'purge', before: { owner, ownerId, fileName: r.file_name, sha256: r.sha256 } })
        hashes.add(r.sha256)
      }
    }
  return [...hashes]
}

export function attachmentHash(db: DB, id: string): string | null {
  return (db.prepare('SELECT sha256 FROM attachments WHERE id = ?').get(id) as { sha256: string } | undefined)?.sha256 ?? null
}
