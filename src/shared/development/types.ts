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
  'committee_talk_before_approval', 'oath_deadline', 'probation', 'extension', 'transfer_in_delay', 'full_approval', 'introducers', 'contacts', 'vote'
] as const
export type RuleKey = (typeof ruleKeys)[number]

/** 一处引用：哪个文件（seeds/rules/regulations.json 的 id）、第几章、第几条；verified: false 表示条号据转述、待核对。 */
export type Citation = { doc: string; chapter?: number; article?: number; verified?: boolean }

export type RegulationChapter = { no: number; name: string; from: number; to: number; verified: boolean; note?: string }
export type RegulationDoc = {
  id: string
  short: string
  title: string
  issuer: string
  link: string | null
  linkNote?: string
  verified: boolean
  chapters?: RegulationChapter[]
}

/** A rule as written in seeds/rules (its clause and source are derived from the citations). */
export type RuleData = {
  label: string
  value: number
  unit: 'years' | 'months' | 'days' | 'workdays' | 'people' | 'rule'
  /** hard: impossible data, refused and nothing saved; soft: saved and flagged（照样保存，标出问题） */
  level: 'hard' | 'soft'
  enabled: boolean
  /** Local rules are off unless an organisation switches them on, naming the local source. */
  local: boolean
  confidence: string
  citations: Citation[]
  /** 地方规则常见的出处（组织开启时另写明本地出处） */
  localNote?: string
  options?: number[]
  hours?: number
  max?: number
}

export type Rule = RuleData & {
  /** 依据：党章第五条；细则第四章第二十二条 */
  clause: string
  /** 来源文件全称 */
  source: string
  /** 来源链接（知道的） */
  links: string[]
}

export type RuleSetData = {
  key: string
  version: string
  title: string
  status: string
  verified: boolean
  source: string
  note: string
  rules: Record<RuleKey, RuleData>
}

export type RuleSet = Omit<RuleSetData, 'rules'> & { rules: Record<RuleKey, Rule> }

/** 对一条规则的改动：开关、数值，以及依据（地方规定的出处或本组织的决定）。 */
export type RuleOverride = { key: RuleKey; enabled: boolean; value: number; source?: string }

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
