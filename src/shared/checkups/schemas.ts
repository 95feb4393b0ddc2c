// 党建体检的输入校验与返回类型：体检记录、体检批次、模板复制与修改
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../fields'
import { problemSeverities } from '../problems/schemas'
import type { CheckupScore } from './scoring'
import { marks, templateBody, type CheckupTemplate } from './template'

const code = z.string().regex(/^[A-Z]\d{1,2}\.\d{1,2}$/, '检查项编号不正确')
const score = (label: string) => marks(label).nullable().optional().transform((v) => v ?? null)

export const checkupItemInput = z.strictObject({
  code,
  selfScore: score('自评分'),
  checkScore: score('体检得分'),
  reason: optionalText(300),
  evidence: optionalText(300)
})

export const checkupInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  templateId: uuid,
  roundId: uuid.nullable().optional().transform((v) => v ?? null),
  checkDate: isoDate,
  checker: optionalText(30),
  companion: optionalText(30),
  items: z.array(checkupItemInput).max(300).optional().default([]),
  bonus: z.array(z.strictObject({ code: z.string().regex(/^J\d{1,2}$/, '加分项编号不正确'), score: marks('加分'), note: optionalText(200) })).max(20).optional().default([]),
  vetoes: z.array(z.strictObject({ code: z.string().regex(/^F\d{1,2}$/, '否决项编号不正确'), note: optionalText(200) })).max(20).optional().default([]),
  requirements: optionalText(500)
})
export type CheckupInput = z.input<typeof checkupInput>
export type CheckupData = z.output<typeof checkupInput>

export const checkupQuery = z.strictObject({ orgId: uuid.optional(), roundId: uuid.optional() })
export const signOffInput = z.strictObject({ id: uuid, signer: requiredText('签字人', 30) })
export const reopenInput = z.strictObject({ id: uuid, reason: requiredText('重新打开的原因', 200) })

export const problemDraft = z.strictObject({
  indicatorCode: z.string().regex(/^([A-Z]\d{1,2}\.\d{1,2}|F\d{1,2})$/, '指标编号不正确'),
  description: requiredText('问题描述', 500),
  severity: z.enum(problemSeverities, '请选择严重程度'),
  measure: optionalText(500),
  owner: optionalText(30),
  deadline: isoDate.nullable().optional().transform((v) => v ?? null)
})
export type ProblemDraft = z.output<typeof problemDraft>
export const confirmProblems = z.strictObject({ id: uuid, problems: z.array(problemDraft).min(1, '请至少选择一条问题').max(100) })

export const roundInput = z.strictObject({
  id: uuid.optional(),
  name: requiredText('批次名称', 60),
  parkOrgId: uuid,
  templateId: uuid,
  startDate: isoDate,
  orgIds: z.array(uuid).min(1, '请至少选择一个参加体检的党组织').max(2000).optional().default([])
})
export type RoundInput = z.input<typeof roundInput>

export const templateSave = z.strictObject({ id: uuid, version: requiredText('版本号', 20), body: templateBody })
export const templateCopy = z.strictObject({ id: uuid, version: requiredText('新版本号', 20) })

export type CheckupStatus = 'draft' | 'signed'
export const checkupStatusNames: Record<CheckupStatus, string> = { draft: '填写中', signed: '已签字确认' }

export type CheckupItem = z.output<typeof checkupItemInput> & { id: string }

export type Checkup = {
  id: string
  orgId: string
  orgName: string
  enterpriseName: string | null
  templateId: string
  templateVersion: string
  roundId: string | null
  roundName: string | null
  checkDate: string
  checker: string | null
  companion: string | null
  status: CheckupStatus
  signedBy: string | null
  signedAt: string | null
  requirements: string | null
  total: number | null
  stars: number | null
  level: string | null
  conclusion: string | null
  vetoed: boolean
  progress: RoundProgress
  /** 本次体检登记的问题中未销号的、其中逾期的 */
  openProblems: number
  overdueProblems: number
  createdAt: string
  updatedAt: string
}

/**
 * A suggested score. `explanation` shows the working on screen (the period, the counts, the formula);
 * `finding` says what is wrong in the words a checker writes on the form, and is what 「采用」 puts in 扣分原因.
 */
export type Suggestion = { score: number; explanation: string; finding?: string }

/** Everything the scoring page and the printed form need. */
export type CheckupDetail = {
  checkup: Checkup
  template: CheckupTemplate
  items: CheckupItem[]
  bonus: CheckupData['bonus']
  vetoes: CheckupData['vetoes']
  score: CheckupScore
  suggestions: Record<string, Suggestion>
  /** 每个检查项的附件文件名（佐证材料，owner 'checkupItem'） */
  files: Record<string, string[]>
  header: CheckupHeader
  problems: { id: string; code: string; indicatorCode: string | null; description: string; severity: string; status: string; deadline: string | null; overdue: boolean }[]
}

export type CheckupHeader = {
  enterpriseName: string | null
  creditCode: string | null
  orgName: string
  orgType: string
  parentName: string | null
  secretary: string | null
  fullMembers: number
  probationaryMembers: number
  activists: number | null
  employees: number | null
}

export type RoundProgress = 'not_started' | 'self_assessed' | 'reviewed'
export const progressNames: Record<RoundProgress, string> = { not_started: '未开始', self_assessed: '已自评', reviewed: '已复核' }

export type Round = { id: string; name: string; parkOrgId: string; parkOrgName: string; templateId: string; templateVersion: string; startDate: string; count: number; createdAt: string }

export type RoundSummary = {
  round: Round
  checkups: Checkup[]
  progress: Record<RoundProgress, number>
  levels: { name: string; count: number }[]
  stars: { stars: number; count: number }[]
  /** Indicators where the park loses most points: the common problems. */
  commonLosses: { code: string; content: string; section: string; lost: number; orgs: number }[]
}

export type ItemChange = { code: string; content: string; before: number | null; now: number | null; delta: number | null }
export type Comparison = {
  previous: { id: string; checkDate: string; total: number | null; level: string | null } | null
  items: ItemChange[]
  totalDelta: number | null
  problems: { newOnes: string[]; carriedOver: string[]; closed: string[] }
}
