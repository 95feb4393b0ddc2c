// 党员表的 SQL：花名册查询（姓名、拼音首字母、身份证尾号、电话）与读写
import { fromRow, insertSql, toRow, updateSql } from '../db/columns'
import type { MemberData } from '../../shared/members/schemas'
import type { DB } from '../db/types'

export const MEMBER_FIELDS = [
  'id', 'orgId', 'name', 'nameInitials', 'namePinyin', 'idNumber', 'gender', 'ethnicity', 'birthDate', 'nativePlace',
  'education', 'degree', 'category', 'joinDate', 'fullDate', 'partyPost', 'jobCategory', 'adminPost', 'workStartDate',
  'status', 'phone', 'address', 'transferInDate', 'duesBaseCents', 'remark', 'createdAt', 'updatedAt'
] as const

export type MemberRecord = Omit<MemberData, 'id'> & {
  id: string
  nameInitials: string
  namePinyin: string
  createdAt: string
  updatedAt: string
}

export type MemberFilter = {
  search?: string
  orgIds?: string[]
  category?: string
  status?: string
  educationCodes?: string[]
  /** birth_date > bornAfter AND birth_date <= bornOnOrBefore */
  bornAfter?: string
  bornOnOrBefore?: string
}

function where(f: MemberFilter): { sql: string; params: unknown[] } {
  const parts = ['m.deleted_at IS NULL']
  const params: unknown[] = []
  const s = f.search?.trim()
  if (s) {
    if (/^\d+[xX]?$/.test(s)) {
      parts.push("(m.id_number LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')")
      params.push(`%${s.toUpperCase()}`, `%${s}%`)
    } else if (/^[a-zA-Z]+$/.test(s)) {
      parts.push("(m.name_initials LIKE ? ESCAPE '\\' OR m.name_pinyin LIKE ? ESCAPE '\\')")
      params.push(`${s.toLowerCase()}%`, `${s.toLowerCase()}%`)
    } else {
      parts.push("m.name LIKE ? ESCAPE '\\'")
      params.push(`%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`)
    }
  }
  if (f.orgIds) {
    parts.push(`m.org_id IN (${f.orgIds.map(() => '?').join(',') || 'NULL'})`)
    params.push(...f.orgIds)
  }
  if (f.category) (parts.push('m.category = ?'), params.push(f.category))
  if (f.status) (parts.push('m.status = ?'), params.push(f.status))
  if (f.educationCodes) {
    parts.push(`m.education IN (${f.educationCodes.map(() => '?').join(',') || 'NULL'})`)
    params.push(...f.educationCodes)
  }
  if (f.bornAfter) (parts.push('m.birth_date > ?'), params.push(f.bornAfter))
  if (f.bornOnOrBefore) (parts.push('m.birth_date <= ?'), params.push(f.bornOnOrBefore))
  return { sql: parts.join(' AND '), params }
}

export const memberStore = {
  search(db: DB, f: MemberFilter, offset: number, limit: number): { total: number; rows: (MemberRecord & { orgName: string })[] } {
    const w = where(f)
    const total = (db.prepare(`SELECT COUNT(*) AS n FROM members m WHERE ${w.sql}`).get(...w.params) as { n: number }).n
    const rows = db
      .prepare(
        `SELECT m.*, o.name AS org_name FROM members m JOIN orgs o ON o.id = m.org_id
         WHERE ${w.sql} ORDER BY o.name, m.category, m.join_date, m.name_pinyin LIMIT ? OFFSET ?`
      )
      .all(...w.params, limit, offset) as Record<string, unknown>[]
    return { total, rows: rows.map((r) => ({ ...fromRow<MemberRecord>(r, MEMBER_FIELDS), orgName: String(r.org_name) })) }
  },
  get(db: DB, id: string, withDeleted = false): (MemberRecord & { orgName: string }) | null {
    const row = db
      .prepare(
        `SELECT m.*, o.name AS org_name FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id = ?${withDeleted ? '' : ' AND m.deleted_at IS NULL'}`
      )
      .get(id) as Record<string, unknown> | undefined
    return row ? { ...fromRow<MemberRecord>(row, MEMBER_FIELDS), orgName: String(row.org_name) } : null
  },
  findLiveByIdNumber(db: DB, idNumber: string): (MemberRecord & { orgName: string }) | null {
    const row = db.prepare('SELECT id FROM members WHERE id_number = ? AND deleted_at IS NULL').get(idNumber) as { id: string } | undefined
    return row ? memberStore.get(db, row.id) : null
  },
  insert(db: DB, rec: MemberRecord): void {
    db.prepare(insertSql('members', MEMBER_FIELDS)).run(toRow(rec, MEMBER_FIELDS))
  },
  update(db: DB, rec: MemberRecord): void {
    db.prepare(updateSql('members', MEMBER_FIELDS)).run(toRow(rec, MEMBER_FIELDS))
  },
  setDeleted(db: DB, id: string, at: string): void {
    db.prepare('UPDATE members SET deleted_at = ?, updated_at = COALESCE(?, updated_at) WHERE id = ?').run(at, at, id)
  }
}
