// 规则文件的可调项：seeds/rules 里每个规则文件写明哪些值可以按组织改（路径、单位、范围、依据），改动一版一版存着
import { z } from 'zod'
import { uuid } from '../fields'
import type { Citation } from '../development/types'

export const ruleFileKeys = ['development', 'meeting-frequency', 'democratic-review', 'education-hours', 'org-terms', 'dues'] as const
export type RuleFileKey = (typeof ruleFileKeys)[number]

/** 规则文件里的一个可调项（seeds/rules/<文件>.json 的 adjustable）。 */
export type AdjustableDef = {
  key: string
  label: string
  /** 在规则文件里的位置：rules[type=lecture].count、arrears.yellowMonths */
  path: string
  unit: string
  min?: number
  max?: number
  options?: { value: string; label: string }[]
  /** 地方规定或软件设的提醒：改时写明出处即可；全国规定改时也要写明依据 */
  local: boolean
  citations: Citation[]
  localNote?: string
}

export type RuleOverrideInfo = { orgId: string | null; orgName: string; version: number; source: string | null; actor: string; createdAt: string }

/** 一个组织看到的一条可调规则：默认值、生效值、依据，和生效的改动（本组织、上级组织或所有组织的）。 */
export type RuleEntry = {
  file: RuleFileKey
  key: string
  label: string
  unit: string
  local: boolean
  /** false：全国统一规定，不能改 */
  adjustable: boolean
  defaultValue: number | string
  defaultEnabled: boolean
  value: number | string
  enabled: boolean
  /** 能不能关掉（发展党员规则可以；频次、学时这类只改数值） */
  switchable: boolean
  min?: number
  max?: number
  options?: { value: string; label: string }[]
  clause: string
  source: string
  links: string[]
  override: RuleOverrideInfo | null
  history: RuleOverrideInfo[]
}

export type RuleFileView = { file: RuleFileKey; title: string; version: string; source: string; verified: boolean; note: string | null; entries: RuleEntry[] }

export const ruleListQuery = z.strictObject({ orgId: uuid.optional() })
export const ruleOverrideInput = z.strictObject({
  file: z.enum(ruleFileKeys, '不认识的规则文件'),
  key: z.string().trim().min(1).max(60),
  orgId: uuid.nullable(),
  enabled: z.boolean(),
  /** null：恢复默认 */
  value: z.union([z.number('请填写数值'), z.string().max(20)]).nullable(),
  source: z.string().trim().max(200, '依据太长（200 字以内）').nullable()
})
export type RuleOverrideInput = z.output<typeof ruleOverrideInput>
