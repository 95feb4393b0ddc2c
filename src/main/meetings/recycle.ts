// 回收站规则：会议记录、指导员走访、议题前置、经营分析会（恢复前所属组织须在）
import { AppError } from '../../shared/errors'
import type { DB } from '../db/types'
import type { RecycleRule } from '../recycle/registry'

const TABLES = { meeting: 'meetings', visit: 'visits', consultation: 'consultations', analysisMeeting: 'analysis_meetings' } as const

function rule(table: string, title: string, detail: string): RecycleRule {
  return {
    table,
    listSql: `SELECT r.id, ${title} AS title, ${detail} || ' · ' || o.name AS detail, r.deleted_at FROM ${table} r JOIN orgs o ON o.id = r.org_id WHERE r.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare(`SELECT o.name, o.deleted_at FROM ${table} r JOIN orgs o ON o.id = r.org_id WHERE r.id = ?`).get(id) as { name: string; deleted_at: string | null }
      if (r.deleted_at) throw new AppError('PARENT_DELETED', `请先恢复「${r.name}」，再恢复这条记录`)
    }
  }
}

export const meetingRecycleRules: Record<keyof typeof TABLES, RecycleRule> = {
  meeting: rule('meetings', "r.date || ' ' || r.topic", "'会议记录'"),
  visit: rule('visits', "r.date || ' ' || r.instructor || '走访'", "'指导员走访'"),
  consultation: rule('consultations', "r.submitted_date || ' ' || substr(r.topic, 1, 30)", "'议题前置'"),
  analysisMeeting: rule('analysis_meetings', "r.date || ' ' || r.topic", "'经营分析会'")
}

export function orgHasMeetingRecords(db: DB, orgId: string): void {
  const n = Object.values(TABLES).reduce((sum, t) => sum + (db.prepare(`SELECT COUNT(*) AS n FROM ${t} WHERE org_id = ?`).get(orgId) as { n: number }).n, 0)
  if (n) throw new AppError('IN_USE', `该组织下还有（含回收站中的）${n} 条会议、走访、议题前置或经营分析会记录，请先彻底删除它们`)
}
