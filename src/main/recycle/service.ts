// 回收站：所有登记过的记录类型，删除后可以恢复或彻底删除
import type { RecycleItem } from '../../shared/app/types'
import { type RecordEntity, recordEntities } from '../../shared/entities'
import { notFound } from '../../shared/errors'
import { removeUnusedFiles } from '../attachments/keep'
import { attachmentHash, dropOwnedAttachments } from '../attachments/purge'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { recycleRules } from './registry'

export function listRecycle(ctx: AppContext): RecycleItem[] {
  return recordEntities
    .flatMap((entity) =>
      (ctx.db.prepare(recycleRules[entity].listSql).all() as { id: string; title: string; detail: string; deleted_at: string }[]).map(
        (r): RecycleItem => ({ entity, id: r.id, title: r.title, detail: r.detail, deletedAt: r.deleted_at })
      )
    )
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

type Ref = { entity: RecordEntity; id: string }

function requireDeleted(ctx: AppContext, ref: Ref): string {
  const table = recycleRules[ref.entity].table
  if (!ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(ref.id)) throw notFound('回收站中的记录')
  return table
}

export function restoreRecycled(ctx: AppContext, ref: Ref): null {
  ctx.db.transaction(() => {
    const table = requireDeleted(ctx, ref)
    recycleRules[ref.entity].beforeRestore?.(ctx.db, ref.id)
    ctx.db.prepare(`UPDATE ${table} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(nowStamp(), ref.id)
    logChange(ctx.db, { actor: ctx.actor, entity: ref.entity, entityId: ref.id, action: 'restore' })
  })()
  return null
}

/** Purges the row and its attachments; files no row refers to any more leave the data folder after the commit. */
export function purgeRecycled(ctx: AppContext, ref: Ref): null {
  const hashes = ctx.db.transaction(() => {
    const table = requireDeleted(ctx, ref)
    const rule = recycleRules[ref.entity]
    const own = ref.entity === 'attachment' ? attachmentHash(ctx.db, ref.id) : null
    const owners = ref.entity === 'attachment' ? [] : (rule.attachmentOwners?.(ctx.db, ref.id) ?? [{ owner: ref.entity, ownerIds: [ref.id] }])
    rule.beforePurge?.(ctx.db, ref.id)
    ctx.db.prepare(`DELETE FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).run(ref.id)
    const dropped = dropOwnedAttachments(ctx, owners)
    logChange(ctx.db, { actor: ctx.actor, entity: ref.entity, entityId: ref.id, action: 'purge' })
    return own ? [own, ...dropped] : dropped
  })()
  removeUnusedFiles(ctx, hashes)
  return null
}
