// 党员（花名册）输入与查询的校验
import { z } from 'zod'
import { isoDate, optionalDate, optionalText, requiredText, uuid } from '../fields'

export const memberCategories = ['full', 'probationary'] as const
export const memberStatuses = ['normal', 'flowing', 'lost', 'suspended', 'left'] as const
export const ageBands = ['le35', '36to45', '46to55', 'ge56'] as const
export const ageBandNames: Record<(typeof ageBands)[number], string> = {
  le35: '35岁及以下',
  '36to45': '36–45岁',
  '46to55': '46–55岁',
  ge56: '56岁及以上'
}

const code = (label: string) => z.string(`请选择${label}`).regex(/^[0-9A-Za-z_]{1,4}$/, `${label}代码不正确`)

export const memberInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  name: requiredText('姓名', 30),
  idNumber: z.string('请填写身份证号').trim().min(1, '请填写身份证号').max(20, '身份证号应为 18 位'),
  gender: z.enum(['1', '2'], '请选择性别'),
  ethnicity: code('民族'),
  birthDate: isoDate,
  nativePlace: optionalText(50),
  education: code('学历').nullable().optional().transform((v) => v ?? null),
  degree: optionalText(20),
  category: z.enum(memberCategories, '请选择人员类别'),
  joinDate: isoDate,
  fullDate: optionalDate,
  partyPost: code('党内职务').nullable().optional().transform((v) => v ?? null),
  jobCategory: code('工作岗位').nullable().optional().transform((v) => v ?? null),
  adminPost: optionalText(30),
  workStartDate: optionalDate,
  status: z.enum(memberStatuses, '请选择党员状态'),
  phone: z
    .string()
    .trim()
    .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}|\d{3}\*+\d{4})?$/, '联系电话应为 11 位手机号或带区号的固定电话')
    .nullable()
    .optional()
    .transform((v) => (v ? v : null)),
  address: optionalText(100),
  transferInDate: optionalDate,
  duesBaseCents: z.number().int('党费基数应以分为单位的整数').min(0, '党费基数不能为负数').max(100_000_000).nullable().optional().transform((v) => v ?? null),
  remark: optionalText(500)
})
export type MemberInput = z.input<typeof memberInput>
export type MemberData = z.output<typeof memberInput>

export type Member = Omit<MemberData, 'id'> & { id: string; orgName: string; createdAt: string; updatedAt: string }

export const memberQuery = z.strictObject({
  search: z.string().trim().max(50, '搜索词不能超过 50 个字').optional(),
  orgId: uuid.optional(),
  category: z.enum(memberCategories).optional(),
  status: z.enum(memberStatuses).optional(),
  educationGroup: z.string().max(10).optional(),
  ageBand: z.enum(ageBands).optional(),
  offset: z.number().int().min(0).optional().default(0),
  limit: z.number().int().min(1).max(1000).optional().default(200)
})
export type MemberQuery = z.input<typeof memberQuery>

/** A roster row: personal data already masked. */
export type MemberRow = {
  id: string
  name: string
  gender: string
  ethnicityName: string
  birthDate: string
  age: number
  idMasked: string
  phoneMasked: string
  educationName: string
  category: string
  status: string
  orgId: string
  orgName: string
  joinDate: string
  partyPostName: string
}

export const revealInput = z.strictObject({ id: uuid, field: z.enum(['idNumber', 'phone']) })
