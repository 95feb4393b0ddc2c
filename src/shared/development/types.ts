// 发展党员的数据形状：步骤表、规则集、节假日日历、每一步的登记（数据都在 seeds/rules，这里只有类型）
export const stepKeys = [
  'apply', 'talk', 'activist', 'activist_filing', 'contacts', 'cultivation', 'dev_object', 'dev_object_filing', 'introducers',
  'political_review', 'training', 'committee_review', 'pre_review', 'volunteer_form', 'admission_meeting', 'committee_talk',
  'approval', 'approval_filing', 'assign_group', 'oath', 'probation_review', 'full_application', 'full_meeting', 'full_approval', 'archive'
] as const
export type StepKey = (typeof stepKeys)[number]

/** What can be recorded for a person: a step, a 思想汇报, or the one 延长预备期. */
export const recordKinds = [...stepKeys, 'report', 'extension'] as const
export type RecordKind = (typeof recordKinds)[number]

export type StepField = 'date' | 'actor' | 'recommendWay' | 'publicity' | 'contacts' | 'conclusion' | 'introducers' | 'endDate' | 'hours' | 'bookNo' | 'vote'

export type StepDef = {
  no: number
  key: StepKey
  stage: number
  name: string
  actor: string
  fields: StepField[]
  materials: string[]
  /** Steps that must be recorded first and not be dated later than this one. */
  after: StepKey[]
  repeatable: boolean
}

export type StepTable = {
  key: string
  version: string
  title: string
  source: string
  confidence: string
  stages: { no: number; name: string }[]
  steps: StepDef[]
}

export const ruleKeys = [
  'step_order',
  'min_age', 'talk_deadline', 'activist_min_wait', 'activist_review_interval', 'thought_report_interval', 'dev_object_earliest',
  'publicity_workdays', 'training_min', 'political_review_valid', 'pre_review_to_meeting', 'approval_normal', 'approval_max',
  'oath_deadline', 'probation', 'extension', 'transfer_in_delay', 'full_approval', 'introducers', 'contacts', 'vote'
] as const
export type RuleKey = (typeof ruleKeys)[number]

export type Rule = {
  label: string
  value: number
  unit: 'years' | 'months' | 'days' | 'workdays' | 'people' | 'rule'
  /** hard: refused, nothing saved; soft: saved with a warning */
  level: 'hard' | 'soft'
  enabled: boolean
  /** Local rules may be switched on/off and given another value by the user. */
  local: boolean
  clause: string
  source: string
  confidence: string
  options?: number[]
  hours?: number
  max?: number
}

export type RuleSet = {
  key: string
  version: string
  title: string
  status: string
  verified: boolean
  source: string
  note: string
  rules: Record<RuleKey, Rule>
}

export type RuleOverride = { key: RuleKey; enabled: boolean; value: number }

export type HolidayCalendar = { version: string; source: string; years: number[]; holidays: string[]; workdays: string[] }

export type VoteCounts = {
  /** 应到会有表决权的正式党员 */
  expected: number
  /** 实到会有表决权的正式党员 */
  present: number
  agree: number
  disagree: number
  abstain: number
  /** 因故不能到会、会前提交书面意见的：同意 / 不同意或弃权 */
  writtenAgree: number
  writtenOther: number
}

export const recommendWays = ['party_member', 'mass_org', 'league'] as const
export type RecommendWay = (typeof recommendWays)[number]
export const recommendWayNames: Record<RecommendWay, string> = { party_member: '党员推荐', mass_org: '群团组织推优', league: '团组织推优' }

export type RecordDetail = {
  recommendWay?: RecommendWay | null
  contacts?: string[]
  introducers?: string[]
  conclusion?: string | null
  hours?: number | null
  bookNo?: string | null
  vote?: VoteCounts | null
  publicityStart?: string | null
  publicityEnd?: string | null
  /** 延长预备期的月数 */
  months?: number | null
}

export type DevRecord = {
  id?: string
  kind: RecordKind
  date: string
  endDate: string | null
  actor: string | null
  detail: RecordDetail
}

export const devStages = ['applicant', 'activist', 'dev_object', 'probationary', 'full', 'cancelled', 'stopped'] as const
export type DevStage = (typeof devStages)[number]
export const stageNames: Record<DevStage, string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  dev_object: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
  cancelled: '取消预备党员资格',
  stopped: '终止培养'
}

/** A rule finding: a broken limit, or a deadline / earliest date to show. Always names its rule. */
export type Finding = {
  rule: RuleKey
  level: 'hard' | 'soft'
  message: string
  clause: string
  source: string
  /** The records this finding is about (a new entry is refused only for hard findings about itself). */
  kinds: RecordKind[]
}
