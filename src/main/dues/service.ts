// 党费：核定基数、登记交纳（单人多月的补交预交、整支部按月登记）、按月收缴表、欠交名单
import { randomUUID } from 'node:crypto'
import { arrearsOf, monthlyDue, monthsBetween, toFen } from '../../shared/dues/calc'
import type { DuesArrearsRow, DuesBase, DuesBaseData, DuesMonth, DuesMonthRow, DuesPayData, DuesPayment } from '../../shared/dues/schemas'
import type { DuesRules } from '../../shared/dues/rules'
import { duesRules } from '../../shared/dues/tables'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { memberStore } from '../members/store'
import { orgStore } from '../org/store'
import { effectiveRuleFile } from '../rules/service'
import { type DuesMember, baseFor, basesByMember, duesMembers, duesMembersIn, firstDueMonth, joinedMonth, lastClosedMonth, presentBase } from './roster'
import { type BaseRecord, type PaymentRecord, duesStore } from './store'

const presentPayment = (p: PaymentRecord): DuesPayment => ({
  id: p.id, memberId: p.memberId, name: p.name, month: p.month, dueFen: p.dueFen, paidFen: p.paidFen, paidDate: p.paidDate, method: p.method, collector: p.collector, note: p.note
})

/** 按月取应交，每条基数只算一次（园区一级几万人逐月算时用）。 */
function dueByMonth(bases: BaseRecord[]): (month: string) => number {
  const dues = bases.map((b) => monthlyDue(b, duesRules).dueFen)
  return (month) => {
    for (let i = bases.length - 1; i >= 0; i--) if (bases[i].fromMonth <= month) return dues[i]
    return 0
  }
}

function memberOrThrow(ctx: AppContext, memberId: string): DuesMember {
  const m = memberStore.get(ctx.db, memberId)
  if (!m) throw notFound('党员')
  if (m.status === 'left') throw invalid(`${m.name}已出党，不再交纳党费`)
  if (m.status === 'suspended') throw invalid(`${m.name}已停止党籍，停止党籍期间不交纳党费`)
  return { id: m.id, name: m.name, orgId: m.orgId, orgName: m.orgName, category: m.category, joinDate: m.joinDate, transferInDate: m.transferInDate, rosterBaseFen: m.duesBaseCents }
}

/** 每名党员已交的月份（只算 `upTo` 当天及以前登记交纳的）。 */
function paidMonthsBy(ctx: AppContext, memberIds: string[], upTo: string): Map<string, Set<string>> {
  return new Map(duesStore.paidMonths(ctx.db, memberIds, upTo).map((r) => [r.memberId, new Set(r.months)]))
}

/** 一名党员到 lastMonth（含）为止的欠交情况。 */
function arrearsFor(m: DuesMember, bases: BaseRecord[], paid: Set<string>, lastMonth: string) {
  const first = firstDueMonth(m, bases)
  if (!first) return null
  const dueOf = dueByMonth(bases)
  const a = arrearsOf({ firstMonth: first, lastMonth, paid, dueOf }, duesRules.arrears)
  return { ...a, owedFen: a.unpaid.reduce((s, mo) => s + dueOf(mo), 0) }
}

/** 按月收缴表：组织（含下级）每名党员这个月的应交、实交和连续欠交月数。 */
export function duesMonth(ctx: AppContext, q: { orgId: string; month: string }): DuesMonth {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const today = ctx.today()
  const orgIds = orgSubtree(ctx, q.orgId)
  const members = duesMembersIn(ctx, orgIds).filter((m) => joinedMonth(m) <= q.month)
  const ids = members.map((m) => m.id)
  const bases = basesByMember(ctx, ids)
  // 连续欠交算到所看的月份（看本月时算到上个月）；只有那个月没交的人才可能连续欠交，其余的不必翻全部交纳记录
  const closed = lastClosedMonth(today)
  const last = q.month < closed ? q.month : closed
  const behind = new Set(duesStore.unpaidThroughIn(ctx.db, orgIds, last, last))
  const paidBy = paidMonthsBy(ctx, ids.filter((id) => behind.has(id)), today)
  const thisMonth = new Map(duesStore.payments(ctx.db, ids, q.month, q.month).map((p) => [p.memberId, p]))
  const here = new Set(orgIds)
  // 那个月在别的组织交过的（后来调进来的），不算在本组织这个月的名单里
  const rows = members.filter((m) => { const p = thisMonth.get(m.id); return !p || here.has(p.orgId) }).map((m): DuesMonthRow => {
    const mine = bases.get(m.id) ?? []
    const base = baseFor(mine, q.month)
    const payment = thisMonth.get(m.id)
    return {
      memberId: m.id, name: m.name, orgName: m.orgName,
      base: base ? presentBase(base) : null, rosterBaseFen: m.rosterBaseFen, dueFen: base ? monthlyDue(base, duesRules).dueFen : 0,
      payment: payment ? presentPayment(payment) : null,
      arrearsMonths: behind.has(m.id) ? (arrearsFor(m, mine, paidBy.get(m.id) ?? new Set(), last)?.consecutive ?? 0) : 0
    }
  })
  rows.push(...leftPayments(ctx, orgIds, new Set(ids), q.month, q.month).map((p): DuesMonthRow => ({
    memberId: p.memberId, name: p.name, orgName: p.orgName, base: null, rosterBaseFen: null,
    dueFen: p.dueFen, payment: presentPayment(p), arrearsMonths: 0, left: true
  })))
  return {
    month: q.month,
    rows,
    totals: {
      dueFen: rows.reduce((s, r) => s + r.dueFen, 0),
      paidFen: rows.reduce((s, r) => s + (r.payment?.paidFen ?? 0), 0),
      members: rows.length,
      paid: rows.filter((r) => r.payment).length,
      noBase: rows.filter((r) => !r.base).length
    },
    ruleVersion: duesRules.version
  }
}

/** 在本组织（含下级）交过、但已不在这份名单上的人的交纳记录（调走、出党、删除）：台账和合计照样算它们。 */
export function leftPayments(ctx: AppContext, orgIds: string[], current: Set<string>, from: string, to: string): (PaymentRecord & { orgName: string })[] {
  const names = new Map(orgStore.list(ctx.db).map((o) => [o.id, o.name]))
  return duesStore.paymentsInOrgs(ctx.db, orgIds, from, to)
    .filter((p) => !current.has(p.memberId))
    .map((p) => ({ ...p, orgName: names.get(p.orgId) ?? '' }))
}

export function memberBases(ctx: AppContext, memberId: string): DuesBase[] {
  memberOrThrow(ctx, memberId)
  return duesStore.bases(ctx.db, [memberId]).map(presentBase).reverse()
}

const fen = (v: number | null): number | null => (v === null ? null : toFen(v))

export function saveBase(ctx: AppContext, input: DuesBaseData): { id: string; warnings: string[] } {
  const { db } = ctx
  const m = memberOrThrow(ctx, input.memberId)
  const joined = joinedMonth(m)
  if (input.fromMonth < joined) throw invalid(`${m.name}${m.transferInDate && m.transferInDate > m.joinDate ? '转入本组织' : '入党（支部大会通过）'}是 ${joined}，核定基数的起始月份不能早于这个月`)
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? duesStore.getBase(db, input.id) : null
    if (input.id && !before) throw notFound('党费基数')
    if (before && before.memberId !== input.memberId) throw invalid('不能把这条基数改到别的党员名下')
    const same = duesStore.baseAt(db, input.memberId, input.fromMonth)
    if (same && same.id !== before?.id) throw invalid(`${m.name}从 ${input.fromMonth} 起的基数已经核定过，请修改原来那一条`)
    const rec: BaseRecord = {
      id: before?.id ?? randomUUID(), memberId: input.memberId, fromMonth: input.fromMonth, category: input.category,
      baseFen: fen(input.baseYuan), fixedFen: fen(input.fixedYuan), reducedFen: fen(input.reducedYuan), reductionDoc: input.reductionDoc, note: input.note,
      createdAt: before?.createdAt ?? stamp, updatedAt: stamp
    }
    if (before) duesStore.updateBase(db, rec)
    else duesStore.insertBase(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'duesBase', entityId: rec.id, action: before ? 'update' : 'create', before: before ?? undefined, after: rec })
    syncRosterBase(ctx, m, stamp)
    return rec.id
  })()
  return { id, warnings: [] }
}

/** 花名册上的「党费基数」跟着最近一次按基数核定的走（固定金额、减免的不改）。 */
function syncRosterBase(ctx: AppContext, m: DuesMember, stamp: string): void {
  const latest = duesStore.bases(ctx.db, [m.id]).at(-1)
  if (!latest || latest.baseFen === null || latest.reducedFen !== null || latest.baseFen === m.rosterBaseFen) return
  ctx.db.prepare('UPDATE members SET dues_base_cents = ?, updated_at = ? WHERE id = ?').run(latest.baseFen, stamp, m.id)
  logChange(ctx.db, { actor: ctx.actor, entity: 'member', entityId: m.id, action: 'update', before: { duesBaseCents: m.rosterBaseFen }, after: { duesBaseCents: latest.baseFen } })
}

/**
 * 按花名册上的党费基数一次核定：组织（含下级）里还没有核定过基数、花名册上填了基数的党员，按「在职（按月领取工资）」从 fromMonth
 * （入党或转入晚于它的，从入党、转入的月份）起核定。其他类别的党员请逐人核定。
 */
export function basesFromRoster(ctx: AppContext, input: { orgId: string; fromMonth: string }): { created: number; names: string[] } {
  if (!orgStore.get(ctx.db, input.orgId)) throw notFound('党组织')
  const members = duesMembers(ctx, input.orgId)
  const based = basesByMember(ctx, members.map((m) => m.id))
  const todo = members.filter((m) => m.rosterBaseFen !== null && !based.get(m.id)?.length)
  ctx.db.transaction(() => {
    const stamp = nowStamp()
    for (const m of todo) {
      const joined = joinedMonth(m)
      const rec: BaseRecord = {
        id: randomUUID(), memberId: m.id, fromMonth: joined > input.fromMonth ? joined : input.fromMonth, category: 'salary', baseFen: m.rosterBaseFen,
        fixedFen: null, reducedFen: null, reductionDoc: null, note: '按花名册党费基数核定', createdAt: stamp, updatedAt: stamp
      }
      duesStore.insertBase(ctx.db, rec)
      logChange(ctx.db, { actor: ctx.actor, entity: 'duesBase', entityId: rec.id, action: 'create', after: rec })
    }
  })()
  return { created: todo.length, names: todo.map((m) => m.name) }
}

export function deleteBase(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = duesStore.getBase(ctx.db, id)
    if (!before) throw notFound('党费基数')
    duesStore.deleteBase(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'duesBase', entityId: id, action: 'delete', before })
  })()
  return null
}

/** 一名党员交纳一个或几个月（按月、按季、补交、预交）。已交过的月份、入党前的月份、没有核定基数的月份不能登记。 */
export function payDues(ctx: AppContext, input: DuesPayData): { ids: string[]; warnings: string[] } {
  const { db } = ctx
  const today = ctx.today()
  if (input.paidDate > today) throw invalid(`交纳日期 ${input.paidDate} 晚于今天`)
  const m = memberOrThrow(ctx, input.memberId)
  const months = monthsBetween(input.fromMonth, input.toMonth)
  if (months.length > 24) throw invalid('一次最多登记 24 个月')
  const joined = joinedMonth(m)
  if (input.fromMonth < joined) throw invalid(`${m.name}从 ${joined} 起在本组织交纳党费，${input.fromMonth} 不用交`)
  const bases = duesStore.bases(db, [m.id])
  const unbased = months.filter((mo) => !baseFor(bases, mo))
  if (unbased.length) throw invalid(`${m.name}在 ${unbased[0]} 还没有核定党费基数，请先核定基数`)
  const paidBefore = duesStore.payments(db, [m.id], input.fromMonth, input.toMonth)
  if (paidBefore.length) throw invalid(`${m.name} ${paidBefore.map((p) => p.month).join('、')} 已经登记交纳（${paidBefore[0].paidDate}），不能重复登记`)
  const paidFen = input.paidYuan === null ? null : toFen(input.paidYuan)!
  const warnings: string[] = []
  const max = effectiveRuleFile<DuesRules>(ctx, 'dues', m.orgId).makeUpMaxMonths
  const paidMonth = input.paidDate.slice(0, 7)
  const late = months.filter((mo) => monthsBetween(mo, paidMonth).length - 1 > max)
  const early = months.filter((mo) => monthsBetween(paidMonth, mo).length - 1 > max)
  if (late.length) warnings.push(`补交了 ${late.length} 个超过 ${max} 个月的党费（${late[0]} 起）；补交时间一般不得超过 ${max} 个月`)
  if (early.length) warnings.push(`预交了 ${early.length} 个 ${max} 个月以后的党费；预交时间一般不得超过 ${max} 个月`)
  const dueOf = dueByMonth(bases)
  const short = paidFen !== null ? months.filter((mo) => paidFen < dueOf(mo)) : []
  if (short.length) warnings.push(`实交少于应交：${short.join('、')}`)
  const ids = db.transaction(() => {
    const stamp = nowStamp()
    return months.map((mo) => {
      const due = dueOf(mo)
      const rec: PaymentRecord = {
        id: randomUUID(), memberId: m.id, orgId: m.orgId, name: m.name, month: mo, dueFen: due, paidFen: paidFen ?? due,
        paidDate: input.paidDate, method: input.method, collector: input.collector, note: input.note, createdAt: stamp, updatedAt: stamp
      }
      duesStore.insertPayment(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'duesPayment', entityId: rec.id, action: 'create', after: rec })
      return rec.id
    })
  })()
  return { ids, warnings }
}

/** 整个组织按当月应交登记：已核定基数、这个月还没交的都登记；没有基数的列出名字。 */
export function payMonthForAll(ctx: AppContext, input: { orgId: string; month: string; paidDate: string; method: DuesPayData['method']; collector: string | null }): { created: number; skipped: string[]; warnings: string[] } {
  const table = duesMonth(ctx, { orgId: input.orgId, month: input.month })
  // 免交（应交为 0）的不登记
  const todo = table.rows.filter((r) => r.base && !r.payment && r.dueFen > 0)
  const warnings = ctx.db.transaction(() =>
    todo.flatMap((r) => payDues(ctx, { memberId: r.memberId, fromMonth: input.month, toMonth: input.month, paidDate: input.paidDate, method: input.method, collector: input.collector, paidYuan: null, note: null }).warnings)
  )()
  return { created: todo.length, skipped: table.rows.filter((r) => !r.base).map((r) => r.name), warnings: [...new Set(warnings.map((w) => w.replace(/（\d{4}-\d{2} 起）/, '')))] }
}

export function deletePayment(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = duesStore.getPayment(ctx.db, id)
    if (!before) throw notFound('党费交纳记录')
    duesStore.deletePayment(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'duesPayment', entityId: id, action: 'delete', before })
  })()
  return null
}

/** 欠交名单：截至上个月有没交的月份的党员，连续欠交多的在前。 */
export function duesArrears(ctx: AppContext, orgId: string): DuesArrearsRow[] {
  if (!orgStore.get(ctx.db, orgId)) throw notFound('党组织')
  return arrearsAmong(ctx, duesMembers(ctx, orgId))
}

/** 截至 `asOf`（默认今天）的上一个月。 */
export function arrearsAmong(ctx: AppContext, members: DuesMember[], asOf = ctx.today()): DuesArrearsRow[] {
  const today = asOf
  const ids = members.map((m) => m.id)
  const bases = basesByMember(ctx, ids)
  const paidBy = paidMonthsBy(ctx, ids, today)
  return members
    .flatMap((m): DuesArrearsRow[] => {
      const mine = bases.get(m.id) ?? []
      const a = arrearsFor(m, mine, paidBy.get(m.id) ?? new Set(), lastClosedMonth(today))
      if (!a?.unpaid.length) return []
      return [{ memberId: m.id, name: m.name, orgId: m.orgId, orgName: m.orgName, consecutive: a.consecutive, unpaid: a.unpaid, level: a.level, owedFen: a.owedFen }]
    })
    .sort((a, b) => b.consecutive - a.consecutive || b.unpaid.length - a.unpaid.length)
}
