// 回收站规则：师带徒结对（组织被删除时要先恢复组织）
import { AppError } from '../../shared/errors'
import type { DB } from '../db/types'
import type { RecycleRule } from '../recycle/registry'

export const mentoringRecycleRules: Record<'mentorship', RecycleRule> = {
  mentorship: {
    table: 'mentorships',
    listSql: `SELECT t.id, t.mentor_name || ' 带 ' || t.apprentice_name AS title, '师带徒结对 · ' || o.name AS detail, t.deleted_at FROM mentorships t JOIN orgs o ON o.id = t.org_id WHERE t.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT o.name AS org, o.deleted_at AS org_deleted FROM mentorships t JOIN orgs o ON o.id = t.org_id WHERE t.id = ?').get(id) as { org: string; org_deleted: string | null }
      if (r.org_deleted) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复这条师带徒结对`)
    }
  }
}

/** 组织下还有师带徒结对（含回收站中的）时不能彻底删除组织。 */
export function orgHasMentorships(db: DB, orgId: string): void {
  const n = (db.prepare('SELECT COUNT(*) AS n FROM mentorships WHERE org_id = ?').get(orgId) as { n: number }).n
  if (n) throw new AppError('IN_USE', `该组织下还有（含回收站中的）${n} 对师带徒结对，请先彻底删除它们`)
}
