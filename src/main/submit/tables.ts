// 报送包登记表：哪些表随包走、怎样找出一个组织及其下级的行、每行属于谁（范围检查）、引用了谁、哪些字段在本机必须唯一。
// 新增领域时在这里加一项、在 ownership.ts 声明字段归属即可；顺序就是导入顺序（被引用的表在前）。
import type { RecordEntity } from '../../shared/entities'
import { maskIdNumber } from '../../shared/mask'

export type Row = Record<string, string | number | null>

export type SubmitRef = {
  column: string
  table: string
  /** 本机没有被引用的记录时：'skip' 跳过这一行（默认），'null' 把这一列置空后照常导入 */
  missing?: 'skip' | 'null'
}

export type SubmitUnique = {
  columns: string[]
  /** 本机已有另一条记录占用这些值时的中文说明；other 是本机那一行，otherOrg 是它所属组织的名称（没有时为空） */
  reason: (row: Row, other: Row, otherOrg: string) => string
}

export type SubmitTable = {
  table: string
  label: string
  /** 选出子树的行；语句里可以用 sub(id)：导出组织及其全部下级（含回收站里的） */
  select: string
  /** 匹配用的键；默认 id */
  key?: string[]
  /** 变更日志与回收站里的记录类型 */
  entity?: RecordEntity
  /** 在预览的冲突清单里怎样称呼这一行 */
  describe: (row: Row) => string
  refs?: SubmitRef[]
  unique?: SubmitUnique[]
  /** 附属行（到会名单、体检逐项得分、发展步骤）：跟着上级记录整组替换 */
  childOf?: { table: string; column: string }
  /** 只补本机没有的，从不改本机已有的（体检模板由园区统一管理） */
  insertOnly?: boolean
  /** 这一行属于哪条记录（组织、党员、会议……）：那条记录在报送单位之内，这一行才可以导入 */
  belongsTo?: { column: string; table: string }
  /** 园区发回企业的「体检结果回执」也带这张表 */
  receipt?: boolean
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v))
const orgOf = (table: string, column = 'org_id'): string => `SELECT * FROM ${table} WHERE ${column} IN (SELECT id FROM sub)`
const orgRef: SubmitRef = { column: 'org_id', table: 'orgs' }
const inOrg = { column: 'org_id', table: 'orgs' }

export const submitTables: SubmitTable[] = [
  {
    table: 'orgs', label: '组织', entity: 'org', receipt: true,
    select: 'SELECT * FROM orgs WHERE id IN (SELECT id FROM sub)',
    describe: (r) => text(r.name),
    refs: [{ column: 'parent_id', table: 'orgs' }],
    unique: [{ columns: ['credit_code'], reason: (r, o) => `统一社会信用代码 ${text(r.credit_code)} 与本机的「${text(o.name)}」相同，但不是同一个组织` }]
  },
  {
    table: 'members', label: '党员', entity: 'member', select: orgOf('members'), belongsTo: inOrg,
    describe: (r) => text(r.name),
    refs: [orgRef],
    unique: [{ columns: ['id_number'], reason: (r, o, org) => `身份证号 ${maskIdNumber(text(r.id_number))} 已在本机花名册中（${org}「${text(o.name)}」，是另一条记录）` }]
  },
  {
    table: 'meetings', label: '会议记录', entity: 'meeting', select: orgOf('meetings'), belongsTo: inOrg,
    describe: (r) => `${text(r.date)} ${text(r.topic)}`, refs: [orgRef]
  },
  {
    table: 'meeting_attendees', label: '到会名单', key: ['meeting_id', 'member_id'],
    select: 'SELECT * FROM meeting_attendees WHERE meeting_id IN (SELECT id FROM meetings WHERE org_id IN (SELECT id FROM sub))',
    describe: (r) => text(r.name), childOf: { table: 'meetings', column: 'meeting_id' }, belongsTo: { table: 'meetings', column: 'meeting_id' }
  },
  {
    table: 'visits', label: '指导员走访', entity: 'visit', select: orgOf('visits'), belongsTo: inOrg,
    describe: (r) => `${text(r.date)} ${text(r.instructor)}`, refs: [orgRef]
  },
  {
    table: 'consultations', label: '议题前置', entity: 'consultation', select: orgOf('consultations'), belongsTo: inOrg,
    describe: (r) => text(r.topic), refs: [orgRef]
  },
  {
    table: 'analysis_meetings', label: '经营分析会', entity: 'analysisMeeting', select: orgOf('analysis_meetings'), belongsTo: inOrg,
    describe: (r) => `${text(r.date)} ${text(r.topic)}`, refs: [orgRef]
  },
  {
    table: 'problems', label: '整改问题', entity: 'problem', receipt: true, select: orgOf('problems'), belongsTo: inOrg,
    describe: (r) => `${text(r.code)} ${text(r.description).slice(0, 30)}`, refs: [orgRef]
  },
  {
    table: 'dev_people', label: '发展党员', entity: 'devPerson', select: orgOf('dev_people'), belongsTo: inOrg,
    describe: (r) => text(r.name),
    refs: [orgRef, { column: 'member_id', table: 'members', missing: 'null' }],
    unique: [{ columns: ['id_number'], reason: (r, o, org) => `身份证号 ${maskIdNumber(text(r.id_number))} 已有本机另一条发展党员记录（${org}「${text(o.name)}」）` }]
  },
  {
    table: 'dev_records', label: '发展步骤登记',
    select: 'SELECT * FROM dev_records WHERE person_id IN (SELECT id FROM dev_people WHERE org_id IN (SELECT id FROM sub))',
    describe: (r) => `${text(r.kind)} ${text(r.date)}`, childOf: { table: 'dev_people', column: 'person_id' }, belongsTo: { table: 'dev_people', column: 'person_id' }
  },
  {
    table: 'dev_plans', label: '年度发展计划', key: ['org_id', 'year'], select: orgOf('dev_plans'), belongsTo: inOrg,
    describe: (r) => `${text(r.year)} 年`, refs: [orgRef]
  },
  {
    table: 'checkup_templates', label: '体检模板', entity: 'checkupTemplate', insertOnly: true, receipt: true,
    select: 'SELECT * FROM checkup_templates WHERE id IN (SELECT template_id FROM checkups WHERE org_id IN (SELECT id FROM sub))',
    describe: (r) => `${text(r.title)}（${text(r.version)}）`,
    unique: [{ columns: ['key', 'version'], reason: (r) => `本机已有同一版本（${text(r.version)}）的另一份体检模板` }]
  },
  {
    table: 'checkups', label: '党建体检', entity: 'checkup', receipt: true, select: orgOf('checkups'), belongsTo: inOrg,
    describe: (r) => `${text(r.check_date)} 体检`,
    refs: [orgRef, { column: 'template_id', table: 'checkup_templates' }, { column: 'round_id', table: 'checkup_rounds', missing: 'null' }]
  },
  {
    table: 'checkup_items', label: '体检逐项得分', key: ['checkup_id', 'code'], receipt: true,
    select: 'SELECT * FROM checkup_items WHERE checkup_id IN (SELECT id FROM checkups WHERE org_id IN (SELECT id FROM sub))',
    describe: (r) => text(r.code), childOf: { table: 'checkups', column: 'checkup_id' }, belongsTo: { table: 'checkups', column: 'checkup_id' }
  },
  {
    table: 'dues_bases', label: '党费基数', entity: 'duesBase', belongsTo: { column: 'member_id', table: 'members' },
    select: 'SELECT * FROM dues_bases WHERE member_id IN (SELECT id FROM members WHERE org_id IN (SELECT id FROM sub))',
    describe: (r) => `${text(r.from_month)} 起`,
    refs: [{ column: 'member_id', table: 'members' }],
    unique: [{ columns: ['member_id', 'from_month'], reason: (r) => `这名党员 ${text(r.from_month)} 起的基数本机已另有一条` }]
  },
  {
    table: 'dues_payments', label: '党费交纳', entity: 'duesPayment', select: orgOf('dues_payments'), belongsTo: inOrg,
    describe: (r) => `${text(r.name)} ${text(r.month)}`,
    refs: [orgRef],
    unique: [{ columns: ['member_id', 'month'], reason: (r) => `${text(r.name)} ${text(r.month)} 的交纳本机已另有一条` }]
  },
  {
    table: 'dues_remittances', label: '党费上缴与返还', entity: 'duesRemittance', select: orgOf('dues_remittances'), belongsTo: inOrg,
    describe: (r) => `${text(r.month)} ${text(r.voucher_no)}`,
    refs: [orgRef]
  },
  {
    table: 'mentorships', label: '师带徒结对', entity: 'mentorship', select: orgOf('mentorships'), belongsTo: inOrg,
    describe: (r) => `${text(r.mentor_name)}带${text(r.apprentice_name)}`,
    refs: [orgRef, { column: 'dev_person_id', table: 'dev_people', missing: 'null' }]
  },
  {
    table: 'volunteer_activities', label: '志愿服务活动', entity: 'volunteerActivity', select: orgOf('volunteer_activities'), belongsTo: inOrg,
    describe: (r) => `${text(r.activity_date)} ${text(r.team_name)}`,
    refs: [orgRef]
  }
]

export const keyOf = (t: SubmitTable): string[] => t.key ?? ['id']
