// 党费：基数核定、交纳登记、按月收缴表、欠交名单（domain.md §4）
import { z } from 'zod'
import { isoDate, optionalText, uuid } from '../fields'
import { toFen } from './calc'
import { duesCategory, duesRules } from './tables'

export const duesMethods = ['cash', 'transfer', 'online'] as const
export type DuesMethod = (typeof duesMethods)[number]
export const duesMethodNames: Record<DuesMethod, string> = { cash: '现金', transfer: '转账', online: '线上' }

export const month = z.string('请选择月份').regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')

/** 金额（元，最多两位小数） */
const money = (label: string) =>
  z
    .number(`${label}应为数字`)
    .min(0, `${label}不能为负数`)
    .max(10_000_000, `${label}过大，请核对`)
    .refine((v) => toFen(v) !== null, `${label}最多填到分（两位小数）`)

export const duesBaseInput = z
  .strictObject({
    id: uuid.optional(),
    memberId: uuid,
    fromMonth: month,
    category: z.string('请选择人员类别').refine((c) => !!duesCategory(c), '请选择人员类别'),
    baseYuan: money('核定基数').nullable().optional().transform((v) => v ?? null),
    fixedYuan: money('每月交纳金额').nullable().optional().transform((v) => v ?? null),
    reducedYuan: money('减免后每月交纳金额').nullable().optional().transform((v) => v ?? null),
    reductionDoc: optionalText(60),
    note: optionalText(200)
  })
  .superRefine((v, c) => {
    const cat = duesCategory(v.category)
    if (!cat) return
    if (cat.kind === 'brackets' && v.baseYuan === null) c.addIssue({ code: 'custom', path: ['baseYuan'], message: `请填写核定基数（${cat.baseNote}）` })
    if (cat.kind === 'fixed' && v.fixedYuan !== null) {
      const fen = toFen(v.fixedYuan) ?? 0
      if (fen < cat.minFen || fen > cat.maxFen)
        c.addIssue({ code: 'custom', path: ['fixedYuan'], message: cat.minFen === cat.maxFen ? `${cat.name}党员每月交纳 ${cat.minFen / 100} 元` : `${cat.name}党员每月交纳 ${cat.minFen / 100}–${cat.maxFen / 100} 元` })
    }
    if (v.reducedYuan !== null && !v.reductionDoc) c.addIssue({ code: 'custom', path: ['reductionDoc'], message: '少交或免交须经党支部研究、报上一级党委批准，请填写批准文号' })
  })
export type DuesBaseInput = z.input<typeof duesBaseInput>
export type DuesBaseData = z.output<typeof duesBaseInput>

export const duesPayInput = z
  .strictObject({
    memberId: uuid,
    fromMonth: month,
    toMonth: month,
    paidDate: isoDate,
    method: z.enum(duesMethods, '请选择交纳方式'),
    collector: optionalText(30),
    /** 每月实交（元）；不填按应交 */
    paidYuan: money('每月实交金额').nullable().optional().transform((v) => v ?? null),
    note: optionalText(200)
  })
  .refine((v) => v.fromMonth <= v.toMonth, { path: ['toMonth'], message: '结束月份不能早于开始月份' })
export type DuesPayInput = z.input<typeof duesPayInput>
export type DuesPayData = z.output<typeof duesPayInput>

export const duesBatchInput = z.strictObject({
  orgId: uuid,
  month,
  paidDate: isoDate,
  method: z.enum(duesMethods, '请选择交纳方式'),
  collector: optionalText(30)
})
export type DuesBatchInput = z.input<typeof duesBatchInput>

export const duesMonthQuery = z.strictObject({ orgId: uuid, month })
export type DuesMonthQuery = z.input<typeof duesMonthQuery>

export const duesOrgQuery = z.strictObject({ orgId: uuid })

export const remittanceKinds = ['remit', 'refund'] as const
export const remittanceKindNames: Record<(typeof remittanceKinds)[number], string> = { remit: '上缴', refund: '返还' }

/** 上缴上级党组织、或获得返还的一笔党费，凭证号备查 */
export const remittanceInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  kind: z.enum(remittanceKinds, '请选择上缴或返还'),
  month: month,
  date: isoDate,
  amountYuan: money('金额'),
  counterpart: optionalText(60),
  voucherNo: optionalText(40),
  note: optionalText(200)
})
export type RemittanceData = z.output<typeof remittanceInput>
export type Remittance = Omit<RemittanceData, 'id' | 'amountYuan'> & { id: string; amountFen: number; orgName: string }
export const remittanceQuery = z.strictObject({ orgId: uuid, year: z.number('请选择年度').int().min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年') })
export const duesFromRosterInput = z.strictObject({ orgId: uuid, fromMonth: month })
export const duesMemberQuery = z.strictObject({ memberId: uuid })
export const duesLedgerQuery = z.strictObject({
  orgId: uuid,
  fromMonth: month,
  toMonth: month
}).refine((v) => v.fromMonth <= v.toMonth, { path: ['toMonth'], message: '结束月份不能早于开始月份' })
export type DuesLedgerQuery = z.input<typeof duesLedgerQuery>

export type DuesBase = Omit<DuesBaseData, 'id'> & { id: string; dueFen: number; how: string; createdAt: string }

export type DuesPayment = { id: string; memberId: string; name: string; month: string; dueFen: number; paidFen: number; paidDate: string; method: DuesMethod; collector: string | null; note: string | null }

/** 按月收缴表的一行：一名党员在这个月的应交、实交 */
export type DuesMonthRow = {
  memberId: string
  name: string
  orgName: string
  base: DuesBase | null
  /** 花名册上登记的党费基数（分），核定时作默认值 */
  rosterBaseFen: number | null
  dueFen: number
  payment: DuesPayment | null
  arrearsMonths: number
  /** 当时在本组织交过、现在已调走、出党或删除的党员：交纳记录照样算在本组织 */
  left?: boolean
}

export type DuesMonth = {
  month: string
  rows: DuesMonthRow[]
  totals: { dueFen: number; paidFen: number; members: number; paid: number; noBase: number }
  ruleVersion: string
}

export type DuesArrearsRow = { memberId: string; name: string; orgId: string; orgName: string; consecutive: number; unpaid: string[]; level: 'yellow' | 'red' | null; owedFen: number }

export const duesRuleInfo = { version: duesRules.version, title: duesRules.title, source: duesRules.source }
