// 党建指导员走访（园区端）：domain.md §1.5 的字段
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../fields'

export const visitModes = ['onsite', 'phone', 'online'] as const

export const visitInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  date: isoDate,
  instructor: requiredText('指导员', 30),
  mode: z.enum(visitModes, '请选择走访方式'),
  findings: optionalText(2000),
  problems: z.array(requiredText('发现的问题', 300), '发现问题的格式不正确').max(30, '发现问题最多 30 条').optional().default([]),
  guidance: optionalText(2000),
  needs: optionalText(1000),
  nextPlan: optionalText(500),
  contact: optionalText(30)
})
export type VisitInput = z.input<typeof visitInput>
export type VisitData = z.output<typeof visitInput>

export const visitQuery = z.strictObject({
  orgId: uuid.optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM').optional()
})
export type VisitQuery = z.input<typeof visitQuery>

export const monthQuery = z.strictObject({ month: z.string('请选择月份').regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM') })

export type VisitProblem = { description: string; problemId: string | null; code: string | null }

export type Visit = Omit<VisitData, 'id' | 'problems'> & {
  id: string
  orgName: string
  enterpriseName: string | null
  problems: VisitProblem[]
  createdAt: string
  updatedAt: string
}

/** 月度走访覆盖：每个企业（党组织）本月是否走访过 */
export type CoverageRow = { orgId: string; orgName: string; enterpriseName: string | null; instructor: string | null; visits: number; lastVisit: string | null }
