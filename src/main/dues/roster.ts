// 交党费的人：组织（含下级）花名册上没有出党、没有停止党籍的党员；从入党（支部大会通过）或转入的那个月起交
import { addMonth, monthlyDue } from '../../shared/dues/calc'
import type { DuesBase } from '../../shared/dues/schemas'
import { duesRules } from '../../shared/dues/tables'
import type { AppContext } from '../context'
import { orgSubtree } from '../members/service'
import { type BaseRecord, duesStore } from './store'

/** `rosterBaseFen`：花名册上登记的党费基数（分） */
export type DuesMember = { id: string; name: string; orgId: string; orgName: string; category: string; joinDate: string; transferInDate: string | null; rosterBaseFen: number | null }

export const duesMembers = (ctx: AppContext, orgId: string): DuesMember[] => duesMembersIn(ctx, orgSubtree(ctx, orgId))

const duesMembersWhere = (ctx: AppContext, column: 'm.org_id' | 'm.id', ids: string[]): DuesMember[] =>
  ctx.db
    .prepare(
      `SELECT m.id, m.name, m.org_id AS orgId, o.name AS orgName, m.category, m.join_date AS joinDate, m.transfer_in_date AS transferInDate, m.dues_base_cents AS rosterBaseFen
       FROM members m JOIN orgs o ON o.id = m.org_id
       WHERE m.deleted_at IS NULL AND m.status NOT IN ('left', 'suspended') AND ${column} IN (SELECT value FROM json_each(?))
       ORDER BY o.name, m.name_pinyin`
    )
    .all(JSON.stringify(ids)) as DuesMember[]

/** 这些组织里交党费的党员 */
export const duesMembersIn = (ctx: AppContext, orgIds: string[]): DuesMember[] => duesMembersWhere(ctx, 'm.org_id', orgIds)

/** 按编号取交党费的党员（出党、停止党籍的不在内） */
export const duesMembersById = (ctx: AppContext, memberIds: string[]): DuesMember[] => duesMembersWhere(ctx, 'm.id', memberIds)

/** 在本组织应交党费的第一个月：入党的月份，转入的从转入的月份起。 */
export const joinedMonth = (m: DuesMember): string => (m.transferInDate && m.transferInDate > m.joinDate ? m.transferInDate : m.joinDate).slice(0, 7)

export function presentBase(b: BaseRecord): DuesBase {
  const due = monthlyDue(b, duesRules)
  return {
    id: b.id, memberId: b.memberId, fromMonth: b.fromMonth, category: b.category,
    baseYuan: b.baseFen === null ? null : b.baseFen / 100, fixedYuan: b.fixedFen === null ? null : b.fixedFen / 100,
    reducedYuan: b.reducedFen === null ? null : b.reducedFen / 100, reductionDoc: b.reductionDoc, note: b.note,
    dueFen: due.dueFen, how: due.how, createdAt: b.createdAt
  }
}

/** 某个月起作用的基数：起始月份不晚于该月的最近一次核定。 */
export const baseFor = (bases: BaseRecord[], month: string): BaseRecord | null => bases.filter((b) => b.fromMonth <= month).at(-1) ?? null

/** 每名党员的基数（按起始月份排好），和一个按月份取应交的函数。 */
export function basesByMember(ctx: AppContext, memberIds: string[]): Map<string, BaseRecord[]> {
  const map = new Map<string, BaseRecord[]>()
  for (const b of duesStore.bases(ctx.db, memberIds)) map.set(b.memberId, [...(map.get(b.memberId) ?? []), b])
  return map
}

/** 应交的第一个月：入党（转入）的月份与第一次核定基数的月份中较晚的一个；没有核定过基数的为 null。 */
export function firstDueMonth(m: DuesMember, bases: BaseRecord[]): string | null {
  if (!bases.length) return null
  const joined = joinedMonth(m)
  return bases[0].fromMonth > joined ? bases[0].fromMonth : joined
}

/** 今天所在月的上一个月：欠交只算到这里（本月还在交纳期内）。 */
export const lastClosedMonth = (today: string): string => addMonth(today.slice(0, 7), -1)
