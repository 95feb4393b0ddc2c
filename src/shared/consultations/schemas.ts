// 议题前置：董事会、经理层决策前征求党组织意见的事项登记
import { z } from 'zod'
import { isoDate, optionalDate, optionalText, requiredText, uuid } from '../fields'

export const consultationOutcomes = ['adopted', 'partly', 'rejected', 'pending'] as const

export const consultationInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  topic: requiredText('议题', 200),
  body: optionalText(30),
  submittedDate: isoDate,
  opinion: requiredText('党组织意见', 2000),
  outcome: z.enum(consultationOutcomes, '请选择决策结果'),
  decisionDate: optionalDate,
  remark: optionalText(500)
})
export type ConsultationData = z.output<typeof consultationInput>

export const consultationQuery = z.strictObject({ orgId: uuid.optional(), year: z.number().int().min(2000).max(2100).optional() })
export type ConsultationQuery = z.input<typeof consultationQuery>

export type Consultation = Omit<ConsultationData, 'id'> & { id: string; orgName: string; createdAt: string; updatedAt: string }

/** 日期：提交日期不能在未来；决策日期不早于提交日期、不在未来 */
export function consultationErrors(c: { submittedDate: string; decisionDate: string | null; outcome: string }, today: string): string[] {
  const errors: string[] = []
  if (c.submittedDate > today) errors.push(`提交日期 ${c.submittedDate} 晚于今天`)
  if (c.decisionDate && c.decisionDate < c.submittedDate) errors.push('决策日期不能早于提交党组织研究的日期')
  if (c.decisionDate && c.decisionDate > today) errors.push(`决策日期 ${c.decisionDate} 晚于今天`)
  if (c.outcome !== 'pending' && !c.decisionDate) errors.push('已有决策结果时请填写决策日期')
  return errors
}
