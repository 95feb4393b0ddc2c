// 党建体检各记录在回收站里的规则（登记在 src/main/recycle/registry.ts）
import { AppError } from '../../shared/errors'
import type { AttachmentOwners } from '../attachments/purge'
import type { DB } from '../db/types'
import type { RecycleRule } from '../recycle/registry'
import { CHECKUP_ITEM_OWNER } from './service'

const live = (db: DB, table: string, id: string | null): boolean => !!id && !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id)

/** An organisation with checkups (even deleted ones) cannot be purged. */
export function checkupsBlockOrgPurge(db: DB, orgId: string): void {
  const n = db.prepare('SELECT (SELECT COUNT(*) FROM checkups WHERE org_id = ?) + (SELECT COUNT(*) FROM checkup_rounds WHERE park_org_id = ?) AS n').get(orgId, orgId) as { n: number }
  if (n.n) throw new AppError('IN_USE', '该组织还有（含回收站中的）党建体检记录或体检批次，请先彻底删除它们')
}

/** A checkup's files: the signed scan (owner 'checkup') and each item's evidence (owner 'checkupItem'). */
function checkupAttachmentOwners(db: DB, checkupIds: string[]): AttachmentOwners {
  const items = checkupIds.flatMap((id) => (db.prepare('SELECT id FROM checkup_items WHERE checkup_id = ?').all(id) as { id: string }[]).map((i) => i.id))
  return [{ owner: 'checkup', ownerIds: checkupIds }, { owner: CHECKUP_ITEM_OWNER, ownerIds: items }]
}

export const checkupRecycleRules: Record<'checkup' | 'checkupRound' | 'checkupTemplate', RecycleRule> = {
  checkup: {
    table: 'checkups',
    listSql: `SELECT c.id, o.name || ' ' || c.check_date || ' 体检' AS title, '党建体检' AS detail, c.deleted_at FROM checkups c JOIN orgs o ON o.id = c.org_id WHERE c.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT c.org_id, c.round_id, o.name AS org FROM checkups c JOIN orgs o ON o.id = c.org_id WHERE c.id = ?').get(id) as { org_id: string; round_id: string | null; org: string }
      if (!live(db, 'orgs', r.org_id)) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复这次体检`)
      if (r.round_id && !live(db, 'checkup_rounds', r.round_id)) throw new AppError('PARENT_DELETED', '请先恢复这次体检所在的体检批次')
    },
    attachmentOwners: (db, id) => checkupAttachmentOwners(db, [id]),
    // the per-item scores belong to the checkup alone: they go with it
    beforePurge: (db, id) => void db.prepare('DELETE FROM checkup_items WHERE checkup_id = ?').run(id)
  },
  checkupRound: {
    table: 'checkup_rounds',
    listSql: `SELECT id, name AS title, '体检批次' AS detail, deleted_at FROM checkup_rounds WHERE deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT park_org_id, deleted_at FROM checkup_rounds WHERE id = ?').get(id) as { park_org_id: string; deleted_at: string }
      if (!live(db, 'orgs', r.park_org_id)) throw new AppError('PARENT_DELETED', '请先恢复发起批次的党组织')
      // the untouched checkups deleted together with the round come back with it
      db.prepare('UPDATE checkups SET deleted_at = NULL WHERE round_id = ? AND deleted_at = ?').run(id, r.deleted_at)
    },
    // the deleted checkups of the round go with it, and with them their files
    attachmentOwners: (db, id) => checkupAttachmentOwners(db, (db.prepare('SELECT id FROM checkups WHERE round_id = ?').all(id) as { id: string }[]).map((c) => c.id)),
    beforePurge: (db, id) => {
      const n = db.prepare('SELECT COUNT(*) AS n FROM checkups WHERE round_id = ? AND deleted_at IS NULL').get(id) as { n: number }
      if (n.n) throw new AppError('IN_USE', '这个批次还有体检记录，不能彻底删除')
      const gone = db.prepare('SELECT id FROM checkups WHERE round_id = ?').all(id) as { id: string }[]
      for (const c of gone) db.prepare('DELETE FROM checkup_items WHERE checkup_id = ?').run(c.id)
      db.prepare('DELETE FROM checkups WHERE round_id = ?').run(id)
    }
  },
  checkupTemplate: {
    table: 'checkup_templates',
    listSql: `SELECT id, title || ' ' || version AS title, '体检模板' AS detail, deleted_at FROM checkup_templates WHERE deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT key, version FROM checkup_templates WHERE id = ?').get(id) as { key: string; version: string }
      if (db.prepare('SELECT 1 FROM checkup_templates WHERE key = ? AND version = ? AND deleted_at IS NULL').get(r.key, r.version))
        throw new AppError('DUPLICATE', `已有同为 ${r.version} 版的模板，不能恢复`)
    },
    beforePurge: (db, id) => {
      const n = db.prepare('SELECT (SELECT COUNT(*) FROM checkups WHERE template_id = ?) + (SELECT COUNT(*) FROM checkup_rounds WHERE template_id = ?) AS n').get(id, id) as { n: number }
      if (n.n) throw new AppError('IN_USE', '这个模板被（含回收站中的）体检或批次用过，不能彻底删除')
    }
  }
}
