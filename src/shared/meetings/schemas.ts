// 组织生活（会议记录）的输入校验与类型
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../fields'
import type { AbsenceRow } from './absence'
import type { RosterEntry } from './attendance'
import type { ComplianceResult } from './compliance'
import type { HoursRow } from './hours'

export const meetingTypes = ['general', 'committee', 'group', 'lecture', 'theme_day', 'life', 'review', 'pre_study', 'red_class', 'training', 'other'] as const
export type MeetingType = (typeof meetingTypes)[number]
/** 三会一课：支部党员大会、支委会、党小组会、党课 */
export const threeMeetingsOneLesson: MeetingType[] = ['general', 'committee', 'group', 'lecture']
export const reviewGrades = ['excellent', 'qualified', 'basic', 'unqualified'] as const
export const lifeSteps = ['study', 'talks', 'opinions', 'checklist'] as const

const year = z.number('请选择年度').int('年度应为整数').min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年')

export const meetingInput = z.strictObject({
  id: uuid.optional(),
  orgId: uuid,
  type: z.enum(meetingTypes, '请选择会议类型'),
  topic: requiredText('会议主题', 100),
  date: isoDate,
  place: optionalText(60),
  host: optionalText(30),
  recorder: optionalText(30),
  lecturer: optionalText(30),
  hours: z.number('学时应为数字').min(0, '学时不能为负数').max(24, '一次会议的学时不能超过 24').nullable().optional().transform((v) => v ?? null),
  content: optionalText(5000),
  discussion: optionalText(5000),
  decisions: optionalText(2000),
  guests: optionalText(200),
  present: z.array(uuid, '到会名单格式不正确').max(2000, '到会人数过多'),
  absent: z.array(z.strictObject({ memberId: uuid, reason: optionalText(100) }), '缺席名单格式不正确').max(2000, '缺席人数过多'),
  grades: z.array(z.strictObject({ memberId: uuid, grade: z.enum(reviewGrades, '请选择评议等次') }), '评议等次格式不正确').max(2000).optional().default([]),
  lifeSteps: z.array(z.enum(lifeSteps, '不认识的会前步骤'), '会前步骤格式不正确').max(10).optional().default([]),
  rectifications: z.array(requiredText('整改事项', 200), '整改清单格式不正确').max(30, '整改事项最多 30 条').optional().default([])
})
export type MeetingInput = z.input<typeof meetingInput>
export type MeetingData = z.output<typeof meetingInput>

export const meetingQuery = z.strictObject({
  orgId: uuid.optional(),
  year: year.optional(),
  type: z.enum(meetingTypes, '不认识的会议类型').optional()
})
export type MeetingQuery = z.input<typeof meetingQuery>

export const rosterQuery = z.strictObject({ orgId: uuid, date: isoDate, type: z.enum(meetingTypes, '请选择会议类型') })
export const orgYear = z.strictObject({ orgId: uuid, year })
export const meetingLedgerKinds = ['three', 'theme_day', 'hours'] as const
export const meetingLedgerQuery = z.strictObject({ orgId: uuid, year, ledger: z.enum(meetingLedgerKinds, '不认识的台账') })

export type Attendee = { memberId: string; name: string; category: string; present: boolean; voting: boolean; reason: string | null; grade: string | null }

export type MeetingRow = {
  id: string
  orgId: string
  orgName: string
  type: MeetingType
  topic: string
  date: string
  host: string | null
  hours: number | null
  expected: number
  presentCount: number
}

export type Meeting = Omit<MeetingData, 'id' | 'present' | 'absent' | 'grades' | 'rectifications'> & {
  id: string
  orgName: string
  attendees: Attendee[]
  expected: number
  presentCount: number
  quorumWarning: string | null
  /** 组织生活会整改清单：已转入问题整改的条目 */
  rectifications: { problemId: string; code: string; description: string; status: string }[]
  createdAt: string
  updatedAt: string
}

export type ComplianceReport = ComplianceResult & {
  orgName: string
  applies: boolean
  /** 为什么不适用（如党委按下属支部统计） */
  reason: string | null
  hasCommittee: boolean
  hasPartyGroups: boolean
  ruleVersion: string
  absence: AbsenceRow[]
}

export type HoursReport = { year: number; ruleVersion: string; rows: HoursRow[]; attained: number; rate: number | null }

export type { RosterEntry }
