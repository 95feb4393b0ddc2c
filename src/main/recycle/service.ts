// 回收站：删除的组织和党员可以恢复或彻底删除
import type { RecycleItem } from '../../shared/app/types'
import { AppError, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { orgStore } from '../org/store'

export function listRecycle(ctx: AppContext): RecycleItem[] {
  const orgs = ctx.db
    .prepare("SELECT id, name, org_type, deleted_at FROM orgs WHERE deleted_at IS NOT NULL")
    .all() as { id: string; name: string; deleted_at: string }[]
  const members = ctx.db
    .prepare(
      `SELECT m.id, m.name, o.name AS org_name, m.deleted_at FROM members m JOIN orgs o ON o.id = m.org_id
       WHERE m.deleted_at IS NOT NULL`
    )
    .all() as { id: string; name: string; org_name: string; deleted_at: string }[]
  return [
    ...orgs.map((o): RecycleItem => ({ entity: 'org', id: o.id, title: o.name, detail: '组织', deletedAt: o.deleted_at })),
    ...members.map((m): RecycleItem => ({ entity: 'member', id: m.id, title: m.name, detail: `党员 · ${m.org_name}`, deletedAt: m.deleted_at }))
  ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

type Ref = { entity: 'org' | 'member'; id: string }

export function restoreRecycled(ctx: AppContext, ref: Ref): null {
  const { db } = ctx
  db.transaction(() => {
    if (ref.entity === 'org') {
      const rec = orgStore.get(db, ref.id, true)
      if (!rec || !isDeleted(ctx, 'orgs', ref.id)) throw notFound('回收站中的组织')
      if (rec.parentId && !orgStore.get(db, rec.parentId)) throw new AppError('PARENT_DELETED', `请先恢复上级组织，再恢复「${rec.name}」`)
      orgStore.setDeleted(db, ref.id, null)
    } else {
      const rec = memberStore.get(db, ref.id, true)
      if (!rec || !isDeleted(ctx, 'members', ref.id)) throw notFound('回收站中的党员')
      if (!orgStore.get(db, rec.orgId)) throw new AppError('PARENT_DELETED', `请先恢复「${rec.orgName}」，再恢复党员「${rec.name}」`)
      const dup = memberStore.findLiveByIdNumber(db, rec.idNumber)
      if (dup) throw new AppError('DUPLICATE', `身份证号相同的党员「${dup.name}」已在花名册中，不能恢复`)
      memberStore.setDeleted(db, ref.id, null)
    }
    db.prepare(`UPDATE ${ref.entity === 'org' ? 'orgs' : 'members'} SET updated_at = ? WHERE id = ?`).run(nowStamp(), ref.id)
    logChange(db, { actor: ctx.actor, entity: ref.entity, entityId: ref.id, action: 'restore' })
  })()
  return null
}

export function purgeRecycled(ctx: AppContext, ref: Ref): null {
  const { db } = ctx
  db.transaction(() => {
    const table = ref.entity === 'org' ? 'orgs' : 'members'
    if (!isDeleted(ctx, table, ref.id)) throw notFound('回收站中的记录')
    if (ref.entity === 'org') {
      const n = db.prepare('SELECT (SELECT COUNT(*) FROM orgs WHERE parent_id = ?) + (SELECT COUNT(*) FROM members WHERE org_id = ?) AS n').get(ref.id, ref.id) as { n: number }
      if (n.n) throw new AppError('IN_USE', '该组织下还有（含回收站中的）下级组织或党员，请先彻底删除它们')
      orgStore.purge(db, ref.id)
    } else {
      memberStore.purge(db, ref.id)
    }
    logChange(db, { actor: ctx.actor, entity: ref.entity, entityId: ref.id, action: 'purge' })
  })()
  return null
}

function isDeleted(ctx: AppContext, table: 'orgs' | 'members', id: string): boolean {
  return !!ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NOT NULL`).get(id)
}
