// 回收站规则：党费交纳记录、党费基数（同一党员同一月份只能有一条在用）
import { AppError } from '../../shared/errors'
import type { DB } from '../db/types'
import type { RecycleRule } from '../recycle/registry'

export const duesRecycleRules: Record<'duesPayment' | 'duesBase' | 'duesRemittance', RecycleRule> = {
  duesPayment: {
    table: 'dues_payments',
    listSql: `SELECT p.id, p.name || ' ' || p.month || ' 党费' AS title, '党费交纳 · ' || o.name AS detail, p.deleted_at FROM dues_payments p JOIN orgs o ON o.id = p.org_id WHERE p.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT p.member_id, p.name, p.month, o.name AS org, o.deleted_at AS org_deleted FROM dues_payments p JOIN orgs o ON o.id = p.org_id WHERE p.id = ?').get(id) as
        { member_id: string; name: string; month: string; org: string; org_deleted: string | null }
      if (r.org_deleted) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复这条党费记录`)
      if (db.prepare('SELECT 1 FROM dues_payments WHERE member_id = ? AND month = ? AND deleted_at IS NULL').get(r.member_id, r.month))
        throw new AppError('DUPLICATE', `${r.name} ${r.month} 已经另有交纳记录，不能恢复这一条`)
    }
  },
  duesRemittance: {
    table: 'dues_remittances',
    listSql: `SELECT r.id, r.month || ' 党费' || CASE r.kind WHEN 'remit' THEN '上缴' ELSE '返还' END || ' ' || printf('%.2f', r.amount_fen / 100.0) || ' 元' AS title, '党费上缴与返还 · ' || o.name AS detail, r.deleted_at FROM dues_remittances r JOIN orgs o ON o.id = r.org_id WHERE r.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT o.name, o.deleted_at FROM dues_remittances r JOIN orgs o ON o.id = r.org_id WHERE r.id = ?').get(id) as { name: string; deleted_at: string | null }
      if (r.deleted_at) throw new AppError('PARENT_DELETED', `请先恢复「${r.name}」，再恢复这条记录`)
    }
  },
  duesBase: {
    table: 'dues_bases',
    listSql: `SELECT b.id, m.name || ' 从 ' || b.from_month || ' 起的党费基数' AS title, '党费基数 · ' || o.name AS detail, b.deleted_at FROM dues_bases b JOIN members m ON m.id = b.member_id JOIN orgs o ON o.id = m.org_id WHERE b.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT b.member_id, b.from_month, m.name, m.deleted_at AS member_deleted FROM dues_bases b JOIN members m ON m.id = b.member_id WHERE b.id = ?').get(id) as
        { member_id: string; from_month: string; name: string; member_deleted: string | null }
      if (r.member_deleted) throw new AppError('PARENT_DELETED', `请先恢复党员「${r.name}」，再恢复其党费基数`)
      if (db.prepare('SELECT 1 FROM dues_bases WHERE member_id = ? AND from_month = ? AND deleted_at IS NULL').get(r.member_id, r.from_month))
        throw new AppError('DUPLICATE', `${r.name}从 ${r.from_month} 起的基数已经另有一条，不能恢复这一条`)
    }
  }
}

/** 彻底删除党员时，其党费基数一并删除（交纳记录保留姓名快照，台账不变）。 */
export function purgeMemberDuesBases(db: DB, memberId: string): void {
  db.prepare('DELETE FROM dues_bases WHERE member_id = ?').run(memberId)
}

/** 组织下还有党费交纳记录（含回收站中的）时不能彻底删除组织。 */
export function orgHasDuesRecords(db: DB, orgId: string): void {
  const n = (db.prepare('SELECT (SELECT COUNT(*) FROM dues_payments WHERE org_id = ?) + (SELECT COUNT(*) FROM dues_remittances WHERE org_id = ?) AS n').get(orgId, orgId) as { n: number }).n
  if (n) throw new AppError('IN_USE', `该组织下还有（含回收站中的）${n} 条党费交纳、上缴或返还记录，请先彻底删除它们`)
}
