// 党费收缴台账（domain.md §4.3 通行列）：所选月份内，每名应交党员每月一行，没交的实交留空；末行合计
import { monthlyDue, monthsBetween, rateLabel } from '../../shared/dues/calc'
import { type DuesLedgerQuery, duesMethodNames } from '../../shared/dues/schemas'
import { duesCategoryName, duesRules } from '../../shared/dues/tables'
import { maskIdNumber } from '../../shared/mask'
import { notFound } from '../../shared/errors'
import type { AppContext } from '../context'
import { exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { baseFor, basesByMember, duesMembers, joinedMonth } from './roster'
import { leftPayments } from './service'
import { type BaseRecord, type PaymentRecord, duesStore } from './store'

export type DuesLedgerRow =
  | { kind: 'month'; name: string; idNumber: string; month: string; base: BaseRecord | null; payment: PaymentRecord | null }
  | { kind: 'total'; dueFen: number; paidFen: number; paid: number; rows: number }

const due = (r: DuesLedgerRow & { kind: 'month' }): number => (r.base ? monthlyDue(r.base, duesRules).dueFen : (r.payment?.dueFen ?? 0))

/** 比例一栏：按比例的写比例，经批准少交免交的写「减免」，固定金额类别写「固定」 */
function rateText(b: BaseRecord): string {
  if (b.reducedFen !== null) return '减免'
  const d = monthlyDue(b, duesRules)
  return d.permille ? rateLabel(d.permille) : '固定'
}

/** 身份证号（台账里脱敏显示） */
const idNumbersOf = (ctx: AppContext, ids: string[]): Map<string, string> =>
  new Map((ctx.db.prepare('SELECT id, id_number FROM members WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: string; id_number: string }[]).map((r) => [r.id, r.id_number]))

/** 「补交 2 个月」「预交 1 个月」：所属月份与交纳月份相差几个月 */
function lateness(p: PaymentRecord): string | null {
  const gap = monthsBetween(p.month, p.paidDate.slice(0, 7)).length - 1
  if (gap > 0) return `补交 ${gap} 个月`
  const ahead = monthsBetween(p.paidDate.slice(0, 7), p.month).length - 1
  return ahead > 0 ? `预交 ${ahead} 个月` : null
}

const money = (fen: number | null | undefined): number | null => (fen === null || fen === undefined ? null : fen / 100)
const m = <T>(r: DuesLedgerRow, f: (x: DuesLedgerRow & { kind: 'month' }) => T): T | null => (r.kind === 'month' ? f(r) : null)

export const duesLedger: LedgerDefinition<DuesLedgerRow> = {
  title: '党费收缴台账',
  sheetName: '党费收缴台账',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (r, i) => (r.kind === 'month' ? i + 1 : null) },
    { header: '姓名', width: 8, value: (r) => (r.kind === 'month' ? r.name : '合计') },
    { header: '身份证号', width: 19, kind: 'text', value: (r) => m(r, (x) => maskIdNumber(x.idNumber)) },
    { header: '人员类别', width: 16, value: (r) => m(r, (x) => (x.base ? duesCategoryName(x.base.category) : x.payment ? '已不在本组织' : '未核定基数')) },
    { header: '核定基数\n（元）', width: 12, kind: 'money', value: (r) => m(r, (x) => money(x.base?.baseFen)) },
    { header: '比例', width: 6, value: (r) => m(r, (x) => (x.base ? rateText(x.base) : null)) },
    { header: '月应交\n（元）', width: 11, kind: 'money', value: (r) => (r.kind === 'month' ? due(r) / 100 : r.dueFen / 100) },
    { header: '月实交\n（元）', width: 11, kind: 'money', value: (r) => (r.kind === 'month' ? money(r.payment?.paidFen) : r.paidFen / 100) },
    { header: '所属月份', width: 11, value: (r) => (r.kind === 'month' ? r.month : `已交 ${r.paid} / ${r.rows}`) },
    { header: '交纳日期', width: 11, kind: 'date', value: (r) => m(r, (x) => x.payment?.paidDate ?? null) },
    { header: '交纳\n方式', width: 8, value: (r) => m(r, (x) => (x.payment ? duesMethodNames[x.payment.method] : '未交')) },
    { header: '补交/\n预交', width: 9, value: (r) => m(r, (x) => (x.payment ? lateness(x.payment) : null)) },
    { header: '减免批准\n文号', width: 12, value: (r) => m(r, (x) => x.base?.reductionDoc ?? null) },
    { header: '收款人', width: 7, value: (r) => m(r, (x) => x.payment?.collector ?? null) },
    { header: '备注', width: 12, align: 'left', value: (r) => m(r, (x) => x.payment?.note ?? null) }
  ]
}

/** 台账的行：所选月份里每名应交（已入党或转入、已核定基数）或已交的党员每月一行，按月份、姓名；末行合计。 */
export function duesLedgerRows(ctx: AppContext, q: { orgId: string; fromMonth: string; toMonth: string }): DuesLedgerRow[] {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const members = duesMembers(ctx, q.orgId)
  const ids = members.map((x) => x.id)
  const idNumbers = idNumbersOf(ctx, ids)
  const bases = basesByMember(ctx, ids)
  const payments = new Map(duesStore.payments(ctx.db, ids, q.fromMonth, q.toMonth).map((p) => [`${p.memberId} ${p.month}`, p]))
  // 当时在本组织交过、现在已调走或出党的：交纳记录照样记在本组织的台账上（姓名取交纳时的）
  const here = orgSubtree(ctx, q.orgId)
  const left = leftPayments(ctx, here, new Set(ids), q.fromMonth, q.toMonth)
  const leftIds = idNumbersOf(ctx, [...new Set(left.map((p) => p.memberId))])
  const inHere = new Set(here)
  const rows: DuesLedgerRow[] = []
  for (const month of monthsBetween(q.fromMonth, q.toMonth)) {
    for (const x of members) {
      const base = baseFor(bases.get(x.id) ?? [], month)
      const payment = payments.get(`${x.id} ${month}`) ?? null
      if (payment && !inHere.has(payment.orgId)) continue // 那个月在别的组织交的：记在那个组织的台账上
      if (!payment && (!base || joinedMonth(x) > month)) continue
      rows.push({ kind: 'month', name: x.name, idNumber: idNumbers.get(x.id) ?? '', month, base, payment })
    }
    for (const p of left.filter((l) => l.month === month)) rows.push({ kind: 'month', name: p.name, idNumber: leftIds.get(p.memberId) ?? '', month, base: null, payment: p })
  }
  const monthRows = rows.filter((r): r is DuesLedgerRow & { kind: 'month' } => r.kind === 'month')
  rows.push({ kind: 'total', dueFen: monthRows.reduce((s, r) => s + due(r), 0), paidFen: monthRows.reduce((s, r) => s + (r.payment?.paidFen ?? 0), 0), paid: monthRows.filter((r) => r.payment).length, rows: monthRows.length })
  return rows
}

export async function exportDuesLedger(ctx: AppContext, q: DuesLedgerQuery): Promise<{ path: string; rows: number } | null> {
  const rows = duesLedgerRows(ctx, { orgId: q.orgId, fromMonth: q.fromMonth, toMonth: q.toMonth })
  const period = q.fromMonth === q.toMonth ? q.fromMonth : `${q.fromMonth}至${q.toMonth}`
  const r = await exportLedger(ctx, duesLedger, rows, { orgId: q.orgId, fileName: (unit) => `党费收缴台账-${unit}-${period}.xlsx`, logId: 'dues' })
  return r && { ...r, rows: rows.length - 1 }
}

export type BaseLedgerRow = { name: string; idNumber: string; orgName: string; base: BaseRecord }

/** 党费基数核定表（domain.md §5：年度或调整时核定）：组织（含下级）每名党员每次核定一行，按党组织、姓名、起始月份。 */
export const duesBaseLedger: LedgerDefinition<BaseLedgerRow> = {
  title: '党费基数核定表',
  sheetName: '党费基数核定表',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_r, i) => i + 1 },
    { header: '姓名', width: 8, value: (r) => r.name },
    { header: '身份证号', width: 19, kind: 'text', value: (r) => maskIdNumber(r.idNumber) },
    { header: '所在党组织', width: 18, align: 'left', value: (r) => r.orgName },
    { header: '人员类别', width: 16, value: (r) => duesCategoryName(r.base.category) },
    { header: '起始\n月份', width: 9, value: (r) => r.base.fromMonth },
    { header: '核定基数\n（元）', width: 12, kind: 'money', value: (r) => money(r.base.baseFen) },
    { header: '比例', width: 6, value: (r) => rateText(r.base) },
    { header: '月应交\n（元）', width: 11, kind: 'money', value: (r) => monthlyDue(r.base, duesRules).dueFen / 100 },
    { header: '减免批准\n文号', width: 12, value: (r) => r.base.reductionDoc },
    { header: '备注', width: 16, align: 'left', value: (r) => r.base.note }
  ]
}

export function duesBaseLedgerRows(ctx: AppContext, orgId: string): BaseLedgerRow[] {
  if (!orgStore.get(ctx.db, orgId)) throw notFound('党组织')
  const members = duesMembers(ctx, orgId)
  const idNumbers = idNumbersOf(ctx, members.map((x) => x.id))
  const bases = basesByMember(ctx, members.map((x) => x.id))
  return members.flatMap((x) => (bases.get(x.id) ?? []).map((base) => ({ name: x.name, idNumber: idNumbers.get(x.id) ?? '', orgName: x.orgName, base })))
}

export async function exportDuesBaseLedger(ctx: AppContext, orgId: string): Promise<{ path: string; rows: number } | null> {
  return exportLedger(ctx, duesBaseLedger, duesBaseLedgerRows(ctx, orgId), { orgId, fileName: (unit, today) => `党费基数核定表-${unit}-${today}.xlsx`, logId: 'dues-bases' })
}
