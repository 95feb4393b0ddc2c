// 组织（企业 + 党组织）的输入校验
import { z } from 'zod'
import { optionalDate, optionalText, requiredText, uuid } from '../fields'

export const orgTypes = ['committee', 'general_branch', 'branch', 'joint_branch', 'temporary_branch'] as const
export const setupModes = ['single', 'joint', 'park'] as const

export const orgInput = z.strictObject({
  id: uuid.optional(),
  parentId: uuid.nullable().optional().transform((v) => v ?? null),
  name: requiredText('党组织名称', 100),
  orgType: z.enum(orgTypes, '请选择党组织类型'),
  setupMode: z.enum(setupModes, '请选择组建方式'),
  enterpriseName: optionalText(100),
  creditCode: optionalText(30),
  industry: optionalText(50),
  park: optionalText(50),
  employees: z.number().int('职工人数应为整数').min(0, '职工人数不能为负数').max(1_000_000, '职工人数过大').nullable().optional().transform((v) => v ?? null),
  secretary: optionalText(30),
  deputySecretary: optionalText(30),
  committeeMembers: z.array(z.string().trim().min(1).max(30), '委员名单格式不正确').max(20, '委员最多 20 人').optional().default([]),
  establishedDate: optionalDate,
  lastElectionDate: optionalDate,
  termYears: z.number().int().min(1, '任期至少 1 年').max(5, '任期最多 5 年').nullable().optional().transform((v) => v ?? null),
  instructor: optionalText(30),
  redStation: optionalText(100),
  remark: optionalText(500)
})
export type OrgInput = z.input<typeof orgInput>
export type OrgData = z.output<typeof orgInput>

export type Org = Omit<OrgData, 'id'> & {
  id: string
  createdAt: string
  updatedAt: string
  /** 换届到期日（上次换届 + 任期），无上次换届日期时为空 */
  electionDue: string | null
  /** overdue: 已到期; soon: 到期前提醒期内 */
  electionStatus: 'overdue' | 'soon' | 'ok' | null
  memberCount: number
  creditCodeWarning: string | null
}

export const idOnly = z.strictObject({ id: uuid })
