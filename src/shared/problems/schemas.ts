// 整改问题的输入校验与类型
import { z } from 'zod'
import { optionalDate, optionalText, requiredText, uuid } from '../fields'
import { problemStatuses, type ProblemStatus } from './flow'

export const problemSources = ['checkup', 'visit', 'inspection', 'self', 'life_meeting'] as const
export const problemCategories = ['organization', 'team', 'life', 'role', 'support'] as const
export const problemSeverities = ['normal', 'serious', 'grave', 'veto'] as const

export const problemInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  source: z.enum(problemSources, '请选择问题来源'),
  sourceId: uuid.nullable().optional().transform((v) => v ?? null),
  sourceLabel: optionalText(60),
  indicatorCode: optionalText(20),
  description: requiredText('问题描述', 500),
  category: z.enum(problemCategories, '请选择问题类别').nullable().optional().transform((v) => v ?? null),
  severity: z.enum(problemSeverities, '请选择严重程度'),
  measure: optionalText(500),
  owner: optionalText(30),
  deadline: optionalDate,
  foundDate: optionalDate
})
export type ProblemInput = z.input<typeof problemInput>
export type ProblemData = z.output<typeof problemInput>

export const problemTransition = z.strictObject({
  id: uuid,
  to: z.enum(problemStatuses, '不认识的整改状态'),
  completedDate: optionalDate,
  evidence: optionalText(500),
  reviewer: optionalText(30),
  reviewOpinion: optionalText(500),
  reason: optionalText(200)
})

/** The same step for several problems at once, with one shared comment and evidence (all or none). */
export const problemBatchTransition = problemTransition.omit({ id: true }).extend({
  ids: z.array(uuid).min(1, '请先勾选问题').max(500, '一次最多推进 500 条问题')
})

export const problemQuery = z.strictObject({
  orgId: uuid.optional(),
  status: z.enum(problemStatuses).optional(),
  source: z.enum(problemSources).optional(),
  sourceId: uuid.optional(),
  overdueOnly: z.boolean().optional()
})
export type ProblemQuery = z.input<typeof problemQuery>

export type Problem = Omit<ProblemData, 'id' | 'foundDate'> & {
  id: string
  code: string
  orgName: string
  enterpriseName: string | null
  status: ProblemStatus
  foundDate: string
  completedDate: string | null
  evidence: string | null
  reviewer: string | null
  reviewOpinion: string | null
  closedDate: string | null
  /** 整改佐证附件的文件名 */
  files: string[]
  overdue: boolean
  createdAt: string
  updatedAt: string
}
