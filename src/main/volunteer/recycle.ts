// 回收站规则：志愿服务活动（组织被删除时要先恢复组织）
import { AppError } from '../../shared/errors'
import type { DB } from '../db/types'
import type { RecycleRule } from '../recycle/registry'

export const volunteerRecycleRules: Record<'volunteerActivity', RecycleRule> = {
  volunteerActivity: {
    table: 'volunteer_activities',
    listSql: `SELECT t.id, t.activity_date || ' ' || t.team_name || ' ' || substr(t.service_content, 1, 20) AS title, '志愿服务 · ' || o.name AS detail, t.deleted_at FROM volunteer_activities t JOIN orgs o ON o.id = t.org_id WHERE t.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT o.name AS org, o.deleted_at AS org_deleted FROM volunteer_activities t JOIN orgs o ON o.id = t.org_id WHERE t.id = ?').get(id) as { org: string; org_deleted: string | null }
      if (r.org_deleted) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复这次志愿服务活动`)
    }
  }
}

/** 组织下还有志愿服务活动（含回收站中的）时不能彻底删除组织。 */
export function orgHasVolunteerActivities(db: DB, orgId: string): void {
  const n = (db.prepare('SELECT COUNT(*) AS n FROM volunteer_activities WHERE org_id = ?').get(orgId) as { n: number }).n
  if (n) throw new AppError('IN_USE', `该组织下还有（含回收站中的）${n} 次志愿服务活动，请先彻底删除它们`)
}
