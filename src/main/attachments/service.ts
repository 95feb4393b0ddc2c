// 附件：复制进数据目录并登记；删除进回收站（文件保留，恢复后仍在）
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import type { z } from 'zod'
import type { Attachment, attachmentUpload } from '../../shared/attachments'
import { ATTACHMENT_MAX_BYTES } from '../../shared/attachments'
import { AppError, invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { attachmentStore } from './store'
import { attachmentFile, storeAttachmentFile } from './files'

export type NewAttachment = { owner: string; ownerId: string; fileName: string; data: Buffer }

export function listAttachments(ctx: AppContext, owner: string, ownerId: string): Attachment[] {
  return attachmentStore.list(ctx.db, owner, ownerId)
}

export function addAttachment(ctx: AppContext, a: NewAttachment): Attachment {
  if (a.data.length === 0) throw invalid('选择的文件是空的')
  if (a.data.length > ATTACHMENT_MAX_BYTES) throw invalid('文件超过 30 MB，请压缩后再上传')
  const sha256 = storeAttachmentFile(ctx.dataDir, a.fileName, a.data)
  const stamp = nowStamp()
  const rec = { id: randomUUID(), owner: a.owner, ownerId: a.ownerId, fileName: a.fileName, sha256, size: a.data.length, createdAt: stamp, updatedAt: stamp }
  ctx.db.transaction(() => {
    attachmentStore.insert(ctx.db, rec)
    logChange(ctx.db, { actor: ctx.actor, entity: 'attachment', entityId: rec.id, action: 'create', after: rec })
  })()
  const { updatedAt: _u, ...out } = rec
  return out
}

export function uploadAttachment(ctx: AppContext, u: z.output<typeof attachmentUpload>): Attachment {
  return addAttachment(ctx, { owner: u.owner, ownerId: u.ownerId, fileName: u.fileName, data: Buffer.from(u.base64, 'base64') })
}

export function removeAttachment(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = attachmentStore.get(ctx.db, id)
    if (!before) throw notFound('附件')
    attachmentStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'attachment', entityId: id, action: 'delete', before })
  })()
  return null
}

/** Opens the file with the system's program where there is one (Electron); always returns where it is. */
export async function openAttachment(ctx: AppContext, id: string): Promise<{ path: string }> {
  const a = attachmentStore.get(ctx.db, id)
  if (!a) throw notFound('附件')
  const file = attachmentFile(ctx.dataDir, a.sha256, a.fileName)
  if (!fs.existsSync(file)) throw new AppError('FILE_MISSING', `附件「${a.fileName}」的文件不在数据目录里（可能被手动删除）：${file}`)
  if (ctx.openPath)
    await ctx.openPath(file).catch((e: unknown) => {
      throw new AppError('OPEN_FAILED', `系统没能打开「${a.fileName}」：${e instanceof Error ? e.message : String(e)}。文件位置：${file}`)
    })
  return { path: file }
}
