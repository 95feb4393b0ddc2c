// 组织生活的代码表与规则表（seeds/ 中的数据）：主进程和界面读同一份
import codes from '../../../seeds/codes/meetings.json'
import review from '../../../seeds/rules/democratic-review.json'
import hours from '../../../seeds/rules/education-hours.json'
import frequency from '../../../seeds/rules/meeting-frequency.json'
import type { MeetingRules } from './rules'

export const meetingCodes = codes

export const meetingRules: MeetingRules = { frequency: frequency as MeetingRules['frequency'], hours, review }

export const meetingRuleSets = [frequency, hours, review].map((r) => ({ key: r.key, title: r.title, version: r.version, source: r.source }))

type Item = { code: string; name: string }
const lookup = (items: Item[]) => (code: string | null | undefined): string => (code && items.find((i) => i.code === code)?.name) || ''

export const meetingTypeName = lookup(codes.meetingTypes)
export const reviewGradeName = lookup(codes.reviewGrades)
export const lifeStepName = lookup(codes.lifeSteps)
export const visitModeName = lookup(codes.visitModes)
export const analysisKindName = lookup(codes.analysisKinds)
export const outcomeName = lookup(codes.consultationOutcomes)
