// 红师傅带蓝徒弟：师带徒结对的登记、出师与成效（技能证书、技术提案、节约创效、徒弟递交入党申请书）
import { z } from 'zod'
import { toFen } from '../dues/calc'
import { isoDate, optionalDate, optionalText, requiredText, uuid } from '../fields'

export const mentorshipStatuses = ['paired', 'graduated', 'stopped'] as const
export type MentorshipStatus = (typeof mentorshipStatuses)[number]
export const mentorshipStatusNames: Record<MentorshipStatus, string> = { paired: '结对中', graduated: '已出师', stopped: '中止' }

const year = z.number('请选择年度').int('年度应为整数').min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年')

export const mentorshipInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  mentorId: uuid,
  apprenticeName: requiredText('徒弟姓名', 30),
  apprenticeJob: requiredText('徒弟岗位', 40),
  apprenticePhone: optionalText(20).refine((v) => v === null || /^[\d\-+ ]{5,20}$/.test(v), '联系电话只能填数字'),
  devPersonId: uuid.nullable().optional().transform((v) => v ?? null),
  startDate: isoDate,
  plannedEndDate: isoDate,
  skillGoal: optionalText(200),
  thoughtGoal: optionalText(200),
  otherGoal: optionalText(200),
  pairStatus: z.enum(mentorshipStatuses, '请选择结对状态'),
  /** 出师或中止的日期 */
  endDate: optionalDate,
  certificate: optionalText(60),
  certificateDate: optionalDate,
  proposalCount: z.number('技术提案数应为数字').int('技术提案数应为整数').min(0, '技术提案数不能为负数').max(10_000, '技术提案数过大，请核对').optional().default(0),
  savingsYuan: z
    .number('节约创效金额应为数字')
    .min(0, '节约创效金额不能为负数')
    .max(1_000_000_000, '节约创效金额过大，请核对')
    .refine((v) => toFen(v) !== null, '节约创效金额最多填到分（两位小数）')
    .optional()
    .default(0),
  /** 徒弟递交入党申请书的日期；空 = 还没有递交 */
  appliedDate: optionalDate,
  note: optionalText(200)
})
export type MentorshipInput = z.input<typeof mentorshipInput>
export type MentorshipData = z.output<typeof mentorshipInput>

export const mentoringQuery = z.strictObject({ orgId: uuid, year })
export type MentoringQuery = z.input<typeof mentoringQuery>

export type Mentorship = Omit<MentorshipData, 'id' | 'savingsYuan'> & {
  id: string
  orgName: string
  mentorName: string
  /** 关联的发展党员记录（已删除的不算） */
  devPersonName: string | null
  savingsFen: number
}

/** 一个组织一年的师带徒成效：结对数、出师数、取证数、技术提案、节约创效、徒弟递交入党申请书人数 */
export type MentoringSummary = { pairs: number; graduated: number; certificates: number; proposalCount: number; savingsFen: number; applied: number }

export type MentoringYear = { rows: Mentorship[]; summary: MentoringSummary }
