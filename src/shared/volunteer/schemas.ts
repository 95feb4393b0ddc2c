// 党员先锋队、应急突击队、志愿服务队的服务活动：次数、人次、时长、服务群众人数
import { z } from 'zod'
import { isoDate, optionalText, requiredText, uuid } from '../fields'

export const volunteerTeamTypes = ['vanguard', 'emergency', 'volunteer'] as const
export type VolunteerTeamType = (typeof volunteerTeamTypes)[number]
export const volunteerTeamTypeNames: Record<VolunteerTeamType, string> = { vanguard: '党员先锋队', emergency: '应急突击队', volunteer: '志愿服务队' }

export const volunteerInput = z
  .strictObject({
    id: uuid.optional(),
    orgId: uuid,
    teamType: z.enum(volunteerTeamTypes, '请选择队伍类型'),
    teamName: requiredText('队伍名称', 40),
    activityDate: isoDate,
    serviceContent: requiredText('服务内容', 500),
    headcount: z.number('参加人数应为数字').int('参加人数应为整数').min(1, '参加人数至少 1 人').max(10_000, '参加人数过大，请核对'),
    /** 参加的党员（可选，从花名册里挑） */
    memberIds: z.array(uuid, '参加的党员应为名单').max(1000, '参加的党员过多').optional().default([]),
    hoursPerPerson: z
      .number('人均时长应为数字')
      .min(0.5, '人均时长至少 0.5 小时')
      .max(24, '人均时长不能超过 24 小时')
      .refine((v) => Number.isInteger(v * 2), '人均时长按半小时填写'),
    served: z.number('服务群众人数应为数字').int('服务群众人数应为整数').min(0, '服务群众人数不能为负数').max(10_000_000, '服务群众人数过大，请核对').optional().default(0),
    note: optionalText(200)
  })
  .refine((v) => new Set(v.memberIds).size === v.memberIds.length, { path: ['memberIds'], message: '参加的党员有重复' })
  .refine((v) => v.memberIds.length <= v.headcount, { path: ['headcount'], message: '参加人数不能少于所选党员人数' })
export type VolunteerInput = z.input<typeof volunteerInput>
export type VolunteerData = z.output<typeof volunteerInput>

export const volunteerQuery = z.strictObject({
  orgId: uuid,
  year: z.number('请选择年度').int('年度应为整数').min(2000, '年度不能早于 2000 年').max(2100, '年度不能晚于 2100 年')
})
export type VolunteerQuery = z.input<typeof volunteerQuery>

export type VolunteerActivity = Omit<VolunteerData, 'id'> & { id: string; orgName: string; memberNames: string[] }

/** 一年的服务次数、人次、总时长（小时）、服务群众人数 */
export type VolunteerSummary = { times: number; personTimes: number; hours: number; served: number }

export type VolunteerYear = { rows: VolunteerActivity[]; summary: VolunteerSummary }
