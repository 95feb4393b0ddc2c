// 组织生活规则表的类型：频次、自行脱党预警、教育学时、民主评议（数据在 seeds/rules/）
export type MeetingPeriod = 'month' | 'quarter' | 'year'

export type FrequencyRule = {
  type: string
  period: MeetingPeriod
  count: number
  /** committee: 只对设支委会的支部；partyGroups: 只对设有党小组的支部 */
  condition?: string
  note: string
}

export type FrequencyRuleSet = {
  version: string
  branchOrgTypes: string[]
  committeeMinFullMembers: number
  committeePosts: string[]
  partyGroupLeaderPost: string
  rules: FrequencyRule[]
  absence: { yellowMonths: number; redMonths: number }
}

export type EducationHoursRule = { version: string; memberHours: number; leaderHours: number; leaderPosts: string[] }

export type ReviewRule = { version: string; excellentMaxNumerator: number; excellentMaxDenominator: number }

export type MeetingRules = { frequency: FrequencyRuleSet; hours: EducationHoursRule; review: ReviewRule }
