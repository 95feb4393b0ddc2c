// 经营分析会：党组织参加的销售、成本、质量、安全等分析会，提出与被采纳的建议
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../fields'

export const analysisKinds = ['sales', 'cost', 'quality', 'safety', 'production', 'other'] as const

const count = (label: string) => z.number(`${label}应为数字`).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(1000, `${label}过大`)

export const analysisInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  date: isoDate,
  kind: z.enum(analysisKinds, '请选择会议类型'),
  topic: requiredText('会议名称', 100),
  participants: requiredText('参会党员', 300),
  proposalsMade: count('提出建议数'),
  proposalsAdopted: count('采纳建议数'),
  proposals: optionalText(2000),
  remark: optionalText(500)
})
export type AnalysisData = z.output<typeof analysisInput>

export const analysisQuery = z.strictObject({ orgId: uuid.optional(), year: z.number().int().min(2000).max(2100).optional() })
export type AnalysisQuery = z.input<typeof analysisQuery>

export type AnalysisMeeting = Omit<AnalysisData, 'id'> & { id: string; orgName: string; createdAt: string; updatedAt: string }

export function analysisErrors(a: { date: string; proposalsMade: number; proposalsAdopted: number }, today: string): string[] {
  const errors: string[] = []
  if (a.date > today) errors.push(`会议日期 ${a.date} 晚于今天`)
  if (a.proposalsAdopted > a.proposalsMade) errors.push(`采纳的建议 ${a.proposalsAdopted} 条多于提出的 ${a.proposalsMade} 条`)
  return errors
}
