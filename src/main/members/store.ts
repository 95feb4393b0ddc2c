// 党员表的 SQL：花名册查询（姓名、拼音首字母、身份证尾号、电话）与读写
import { fromRow } from '../db/columns'
import type { MemberData } from '../../shared/members/schemas'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'
import { type MemberFilter, searchMemberIds } from './searchIndex'

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

export type ListRecord = Pick<
  MemberRecord,
  'id' | 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'idNumber' | 'phone' | 'education' | 'category' | 'status' | 'orgId' | 'joinDate' | 'partyPost'
> & { orgName: string }

export const memberStore = {
  ...tableWrites<MemberRecord>('members', MEMBER_FIELDS),
  /** The live members of one organisation itself (not its sub-organisations), for the committee sync. */
  idsInOrg(db: DB, orgId: string): string[] {
    return db.prepare('SELECT id FROM members WHERE org_id = ? AND deleted_at IS NULL').pluck().all(orgId) as string[]
  },
  search(db: DB, f: MemberFilter, offset: number, limit: number): { total: number; rows: (MemberRecord & { orgName: string })[] } {
    const { total, ids } = searchMemberIds(db, f, offset, limit)
    return { total, rows: memberStore.getMany(db, ids) }
  },
  searchList(db: DB, f: MemberFilter, offset: number, limit: number): { total: number; rows: ListRecord[] } {
    const { total, ids } = searchMemberIds(db, f, offset, limit)
    return { total, rows: memberStore.listRows(db, ids) }
  },
  /** Live members by id, in the order given. */
  getMany(db: DB, ids: string[]): (MemberRecord & { orgName: string })[] {
    const rows = db
      .prepare(`SELECT m.*, o.name AS org_name FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as Record<string, unknown>[]
    const byId = new Map(rows.map((r) => [String(r.id), { ...fromRow<MemberRecord>(r, MEMBER_FIELDS), orgName: String(r.org_name) }]))
    return ids.flatMap((id) => byId.get(id) ?? [])
  },
  /** Just the roster columns, for the list page (wide rows cost more than the search itself). */
  listRows(db: DB, ids: string[]): ListRecord[] {
    const rows = db
      .prepare(
        `SELECT m.id, m.name, m.gender, m.ethnicity, m.birth_date AS birthDate, m.id_number AS idNumber, m.phone, m.education,
                m.category, m.status, m.org_id AS orgId, o.name AS orgName, m.join_date AS joinDate, m.party_post AS partyPost
         FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id IN (SELECT value FROM json_each(?))`
      )
      .all(JSON.stringify(ids)) as ListRecord[]
    const byId = new Map(rows.map((r) => [r.id, r]))
    return ids.flatMap((id) => byId.get(id) ?? [])
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
  }
}
