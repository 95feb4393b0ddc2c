// 发展党员：输入校验与返回给界面的类型
import { z } from 'zod'
import { isoDate, optionalDate, optionalText, requiredText, uuid } from '../fields'
import type { Deadline, DueItem } from './engine'
import {
  type DevRecord, type DevStage, type Finding, type HolidayCalendar, type RegulationDoc, type RuleOverride, type RuleSet, type StepTable,
  devStages, recommendWays, recordKinds, ruleKeys
} from './types'

const count = (label: string) => z.number(`请填写${label}`).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(10_000, `${label}太大`)

export const voteInput = z.strictObject({
  expected: count('应到会人数'),
  present: count('实到会人数'),
  agree: count('同意票'),
  disagree: count('不同意票'),
  abstain: count('弃权票'),
  writtenAgree: count('书面同意').optional().default(0),
  writtenOther: count('书面不同意或弃权').optional().default(0)
})

export const devPersonInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  enterpriseName: optionalText(60),
  name: requiredText('姓名', 30),
  idNumber: z.string('请填写身份证号').trim().min(1, '请填写身份证号').max(20, '身份证号应为 18 位'),
  ethnicity: z.string('请选择民族').regex(/^[0-9A-Za-z_]{1,4}$/, '民族代码不正确'),
  education: z.string().regex(/^[0-9A-Za-z_]{1,4}$/, '学历代码不正确').nullable().optional().transform((v) => v ?? null),
  jobPost: optionalText(30),
  phone: z.string().trim().regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, '联系电话应为 11 位手机号或带区号的固定电话').nullable().optional().transform((v) => (v ? v : null)),
  remark: optionalText(500)
})
export type DevPersonInput = z.input<typeof devPersonInput>
export type DevPersonData = z.output<typeof devPersonInput>

export const devRecordInput = z.strictObject({
  id: uuid.optional(),
  personId: uuid,
  step: z.enum(recordKinds, '不认识的发展步骤'),
  date: isoDate,
  endDate: optionalDate,
  actor: optionalText(30),
  recommendWay: z.enum(recommendWays, '请选择推荐方式').nullable().optional().transform((v) => v ?? null),
  contacts: z.array(uuid).max(2, '培养联系人为 1～2 名').optional(),
  introducers: z.array(uuid).max(2, '入党介绍人为 2 名').optional(),
  conclusion: optionalText(500),
  hours: z.number().int('学时应为整数').min(0, '学时不能为负数').max(1000, '学时太大').nullable().optional().transform((v) => v ?? null),
  bookNo: optionalText(30),
  vote: voteInput.nullable().optional().transform((v) => v ?? null),
  publicityStart: optionalDate,
  publicityEnd: optionalDate,
  months: z.number().int('月数应为整数').min(1).max(24).nullable().optional().transform((v) => v ?? null)
})
export type DevRecordInput = z.input<typeof devRecordInput>
export type DevRecordData = z.output<typeof devRecordInput>

export const devOutcomeInput = z.strictObject({
  personId: uuid,
  outcome: z.enum(['cancelled', 'stopped'], '请选择取消资格或终止培养').nullable(),
  date: optionalDate,
  reason: optionalText(300)
})

export const devQuery = z.strictObject({
  orgId: uuid.optional(),
  stage: z.enum(devStages).optional()
})
export type DevQuery = z.input<typeof devQuery>

export const todoQuery = z.strictObject({ orgId: uuid.optional(), days: z.number().int().min(1).max(366).optional().default(30) })
export const planQuery = z.strictObject({ orgId: uuid.optional(), year: z.number().int().min(2000).max(2100) })
export const planInput = z.strictObject({ orgId: uuid, year: z.number().int().min(2000).max(2100), planned: z.number().int().min(0, '计划数不能为负数').max(10_000) })

export const rulesInput = z.strictObject({ version: z.string().trim().min(1).max(30) })
export type RulesInput = z.output<typeof rulesInput>
export const rulesQuery = z.strictObject({ orgId: uuid.optional() }).optional()
export const ruleKeyInput = z.enum(ruleKeys, '不认识的规则')

export const ledgerKinds = ['work', 'applicant', 'activist', 'dev_object', 'probationary'] as const
export const ledgerQuery = z.strictObject({ orgId: uuid.optional(), ledger: z.enum(ledgerKinds, '不认识的台账') })

export type DevRules = {
  steps: StepTable
  ruleSets: RuleSet[]
  active: RuleSet
  overrides: RuleOverride[]
  calendar: HolidayCalendar
  /** 规则引用的文件（标题、链接、章与条的范围） */
  documents: RegulationDoc[]
}

export type DevPerson = Omit<DevPersonData, 'id'> & {
  id: string
  orgName: string
  gender: string
  birthDate: string
  memberId: string | null
  outcome: 'cancelled' | 'stopped' | null
  outcomeDate: string | null
  outcomeReason: string | null
  createdAt: string
  updatedAt: string
}

export type DevPersonRow = {
  id: string
  name: string
  gender: string
  birthDate: string
  orgId: string
  orgName: string
  enterpriseName: string | null
  stage: DevStage
  stageDate: string | null
  applyDate: string | null
  nextDue: Deadline | null
  overdue: number
  warnings: number
  memberId: string | null
}

export type PersonRef = { id: string; name: string }

export type DevPersonDetail = {
  person: DevPerson
  records: (DevRecord & { id: string })[]
  stage: DevStage
  probation: { start: string; end: string; extendedMonths: number } | null
  deadlines: Deadline[]
  findings: Finding[]
  names: Record<string, string>
}

/** flag: 已登记记录里标出的问题（due 是有关登记的日期），不是到期事项 */
export type DevTodo = DueItem & { personId: string; name: string; orgId: string; orgName: string; stage: DevStage; flag: boolean }

export type DevPlanRow = { orgId: string; orgName: string; planned: number; developed: number; full: number; applicants: number }
