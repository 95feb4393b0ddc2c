// 党费基数与交纳记录的 SQL（金额以分为单位）
import type { DuesMethod } from '../../shared/dues/schemas'
import { fromRow, snake } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import type { DB } from '../db/types'

export const BASE_FIELDS = ['id', 'memberId', 'fromMonth', 'category', 'baseFen', 'fixedFen', 'reducedFen', 'reductionDoc', 'note', 'createdAt', 'updatedAt'] as const
export type BaseRecord = {
  id: string
  memberId: string
  fromMonth: string
  category: string
  baseFen: number | null
  fixedFen: number | null
  reducedFen: number | null
  reductionDoc: string | null
  note: string | null
  createdAt: string
  updatedAt: string
}

export const PAYMENT_FIELDS = ['id', 'memberId', 'orgId', 'name', 'month', 'dueFen', 'paidFen', 'paidDate', 'method', 'collector', 'note', 'createdAt', 'updatedAt'] as const
export type PaymentRecord = {
  id: string
  memberId: string
  orgId: string
  name: string
  month: string
  dueFen: number
  paidFen: number
  paidDate: string
  method: DuesMethod
  collector: string | null
  note: string | null
  createdAt: string
  updatedAt: string
}

const json = (ids: string[]): string => JSON.stringify(ids)
function paymentsWhere(db: DB, column: 'member_id' | 'org_id', ids: string[], from: string, to: string): PaymentRecord[] {
  return (
    db
      .prepare(`SELECT * FROM dues_payments WHERE deleted_at IS NULL AND ${column} IN (SELECT value FROM json_each(?)) AND month BETWEEN ? AND ? ORDER BY month, name`)
      .all(JSON.stringify(ids), from, to) as Record<string, unknown>[]
  ).map((r) => fromRow<PaymentRecord>(r, PAYMENT_FIELDS))
}
const baseWrites = tableWrites<BaseRecord>('dues_bases', BASE_FIELDS)
const paymentWrites = tableWrites<PaymentRecord>('dues_payments', PAYMENT_FIELDS)

export const duesStore = {
  /** Live bases of these members, oldest first. */
  bases(db: DB, memberIds: string[]): BaseRecord[] {
    // raw rows in BASE_FIELDS order: a whole park's bases decode several times faster than through fromRow
    const cols = BASE_FIELDS.map(snake).join(', ')
    const rows = db.prepare(`SELECT ${cols} FROM dues_bases WHERE deleted_at IS NULL AND member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, from_month`).raw().all(json(memberIds)) as unknown[][]
    return rows.map((r) => Object.fromEntries(BASE_FIELDS.map((f, i) => [f, r[i]])) as BaseRecord)
  },
  getBase(db: DB, id: string): BaseRecord | null {
    const r = db.prepare('SELECT * FROM dues_bases WHERE id = ? AND deleted_at IS NULL').get(id) as Record<string, unknown> | undefined
    return r ? fromRow<BaseRecord>(r, BASE_FIELDS) : null
  },
  baseAt(db: DB, memberId: string, fromMonth: string): BaseRecord | null {
    const r = db.prepare('SELECT * FROM dues_bases WHERE member_id = ? AND from_month = ? AND deleted_at IS NULL').get(memberId, fromMonth) as Record<string, unknown> | undefined
    return r ? fromRow<BaseRecord>(r, BASE_FIELDS) : null
  },
  insertBase: baseWrites.insert,
  updateBase: baseWrites.update,
  deleteBase: baseWrites.setDeleted,
  /** Live payments of these members in [from, to] months. */
  payments: (db: DB, memberIds: string[], from: string, to: string): PaymentRecord[] => paymentsWhere(db, 'member_id', memberIds, from, to),
  /** Live payments made in these organisations in [from, to] months, whoever the member is now (moved, left or deleted). */
  paymentsInOrgs: (db: DB, orgIds: string[], from: string, to: string): PaymentRecord[] => paymentsWhere(db, 'org_id', orgIds, from, to),
  /** Each member's paid months (payments registered on or before `upTo`), one row per member: cheap even for a whole park. */
  paidMonths(db: DB, memberIds: string[], upTo: string): { memberId: string; months: string[] }[] {
    const rows = db
      .prepare('SELECT member_id, group_concat(month) AS months FROM dues_payments WHERE deleted_at IS NULL AND paid_date <= ? AND member_id IN (SELECT value FROM json_each(?)) GROUP BY member_id')
      .raw()
      .all(upTo, json(memberIds)) as [string, string][]
    return rows.map(([memberId, months]) => ({ memberId, months: months.split(',') }))
  },
  /** Members of these organisations with a base and no payment for any month from `fromMonth` to `toMonth`. */
  unpaidThroughIn(db: DB, orgIds: string[], fromMonth: string, toMonth: string): string[] {
    const rows = db
      .prepare(
        `SELECT DISTINCT b.member_id FROM dues_bases b JOIN members m ON m.id = b.member_id
         WHERE b.deleted_at IS NULL AND m.deleted_at IS NULL AND m.org_id IN (SELECT value FROM json_each(?))
           AND NOT EXISTS (SELECT 1 FROM dues_payments p WHERE p.member_id = b.member_id AND p.deleted_at IS NULL AND p.month BETWEEN ? AND ?)`
      )
      .raw()
      .all(json(orgIds), fromMonth, toMonth) as [string][]
    return rows.map((r) => r[0])
  },
  getPayment(db: DB, id: string): PaymentRecord | null {
    const r = db.prepare('SELECT * FROM dues_payments WHERE id = ? AND deleted_at IS NULL').get(id) as Record<string, unknown> | undefined
    return r ? fromRow<PaymentRecord>(r, PAYMENT_FIELDS) : null
  },
  insertPayment: paymentWrites.insert,
  deletePayment: paymentWrites.setDeleted
}
