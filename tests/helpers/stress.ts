// 纸面压力数据（全部虚构）：80 字的组织名、2000 字的会议内容、300 字的扣分原因、300 名党员的支部，以及像公式的文字；
// 写进真实的 SQLite 文件，每本台账和每张打印表都拿它来检查
import { saveAnalysisMeeting } from '../../src/main/analysis/service'
import { suggestScores } from '../../src/main/checkups/metrics'
import { confirmCheckupProblems, proposeProblems, saveCheckup } from '../../src/main/checkups/service'
import { getTemplate } from '../../src/main/checkups/templates'
import { saveConsultation } from '../../src/main/consultations/service'
import type { AppContext } from '../../src/main/context'
import { savePerson, saveRecord } from '../../src/main/development/service'
import { saveMeeting } from '../../src/main/meetings/service'
import { saveMember } from '../../src/main/members/service'
import { saveMentorship } from '../../src/main/mentoring/service'
import { saveOrg } from '../../src/main/org/service'
import { saveVisit } from '../../src/main/visits/service'
import { saveVolunteer } from '../../src/main/volunteer/service'
import { analysisInput } from '../../src/shared/analysis/schemas'
import { checkupInput } from '../../src/shared/checkups/schemas'
import { consultationInput } from '../../src/shared/consultations/schemas'
import { devPersonInput, devRecordInput } from '../../src/shared/development/schemas'
import { idCheckChar } from '../../src/shared/idcard'
import { meetingInput } from '../../src/shared/meetings/schemas'
import { memberInput } from '../../src/shared/members/schemas'
import { mentorshipInput } from '../../src/shared/mentoring/schemas'
import { orgInput } from '../../src/shared/org/schemas'
import { visitInput } from '../../src/shared/visits/schemas'
import { volunteerInput } from '../../src/shared/volunteer/schemas'
import { journey } from './development'

const DEFAULT_TEMPLATE = 'c4ec0000-0000-4000-8000-000000000001'
export const STRESS_YEAR = 2026

const SENTENCES = [
  '支部书记传达上级党委关于加强非公企业党建工作的部署要求，结合企业生产经营实际提出贯彻落实的具体措施。',
  '与会党员逐条学习党章和党内法规，联系岗位工作交流心得体会，查找在发挥先锋模范作用方面存在的差距。',
  '会议围绕安全生产、质量提升和降本增效三项重点任务，讨论党员责任区和党员示范岗的设置与考核办法。',
  '大家一致认为要把党建工作与企业发展深度融合，推动党员亮身份、作表率，带动职工群众共同完成年度目标。',
  '针对车间班组反映的加班较多、技能培训不足等问题，支委会研究提出改进意见，并明确了责任人和完成时限。'
]

/** Chinese prose of exactly `n` characters, made of plausible meeting sentences. */
export function prose(n: number): string {
  let s = ''
  for (let i = 0; s.length < n; i++) s += SENTENCES[i % SENTENCES.length]
  return s.slice(0, n - 1) + '。'
}

/** An organisation name of exactly 80 characters. */
export const LONG_ORG_NAME = (() => {
  const base = '中共嘉州高新技术产业开发区峨眉山麓智能装备与新材料产业园区联合发展集团有限责任公司第一生产车间暨研发检测中心与后勤保障部门联合支部委员会'
  return base.slice(0, 80)
})()
export const LONG_ENTERPRISE_NAME = '嘉州高新技术产业开发区峨眉山麓智能装备与新材料产业园区联合发展集团有限责任公司（含下属研发检测中心、物流仓储分公司及后勤保障服务部门）'.slice(0, 80)

/** Text a spreadsheet could take for a formula. */
export const FORMULA_LIKE = ['=1+1', '+SUM(A1:A9)', '-3 项未完成', '@全体党员']

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'
const MALE = ['建国', '志强', '海波', '伟', '俊杰', '永刚', '立新', '晓东', '文斌', '国庆', '明辉', '振华', '德明', '子轩', '浩然']
const FEMALE = ['丽娟', '晓梅', '秀英', '婷婷', '雪梅', '静', '艳', '春燕', '慧敏', '佳怡', '玉兰', '小红', '思雨', '欣怡', '晓雨']

export type StressData = {
  committeeId: string
  branchId: string
  memberIds: string[]
  longMeetingId: string
  checkupId: string
  devPersonId: string
}

/** Builds the stress data into the context's database (empty before). */
export function buildStress(ctx: AppContext): StressData {
  const committeeId = saveOrg(
    ctx,
    orgInput.parse({ name: LONG_ORG_NAME.replace(/联合支部委员会$/, '委员会'), orgType: 'committee', setupMode: 'single', enterpriseName: LONG_ENTERPRISE_NAME, creditCode: '91511100MA62XY1234', secretary: '王建国', employees: 1200 })
  ).id
  const branchId = saveOrg(
    ctx,
    orgInput.parse({ name: LONG_ORG_NAME, parentId: committeeId, orgType: 'joint_branch', setupMode: 'joint', enterpriseName: LONG_ENTERPRISE_NAME, creditCode: '91511100MA62XY1234', secretary: '王建国', establishedDate: '2015-06-01', lastElectionDate: '2024-06-01', termYears: 3 })
  ).id

  const memberIds: string[] = []
  for (let i = 0; i < 300; i++) {
    const male = i % 2 === 0
    const name = SURNAMES[i % SURNAMES.length] + (male ? MALE : FEMALE)[Math.floor(i / SURNAMES.length) % 15]
    const year = 1965 + (i % 35)
    const seq = String(100 + i * 2 + (male ? 1 : 0)).padStart(3, '0').slice(-3)
    const first17 = `511102${year}0${1 + (i % 9)}1${i % 10}${seq}`
    const birthDate = `${year}-0${1 + (i % 9)}-1${i % 10}`
    const long = i % 50 === 0
    memberIds.push(
      saveMember(
        ctx,
        memberInput.parse({
          orgId: branchId, name, idNumber: first17 + idCheckChar(first17), gender: male ? '1' : '2', ethnicity: '01', birthDate,
          category: i % 30 === 29 ? 'probationary' : 'full', joinDate: `${Math.max(year + 22, 1990)}-07-01`, fullDate: i % 30 === 29 ? null : `${Math.max(year + 23, 1991)}-07-01`,
          status: 'normal', phone: `139${String(10000000 + i).slice(-8)}`, education: '21', partyPost: i === 0 ? '01' : null,
          address: long ? prose(100) : '乐山市市中区嘉州大道1号', remark: i === 1 ? FORMULA_LIKE[0] : long ? prose(500) : null, duesBaseCents: 500000 + i * 100
        })
      ).id
    )
  }
  const present = memberIds.slice(0, 280)
  const absent = memberIds.slice(280).map((memberId, k) => ({ memberId, reason: k % 2 ? '出差' : '病假' }))

  const longMeetingId = saveMeeting(
    ctx,
    meetingInput.parse({
      orgId: branchId, type: 'general', topic: `${prose(60)}`, date: `${STRESS_YEAR}-03-12`, place: '公司三楼党员活动室', host: '王建国', recorder: '李丽娟',
      content: prose(2000), discussion: prose(2000), decisions: prose(1000), guests: prose(150), present, absent
    })
  ).id
  for (const [k, formula] of FORMULA_LIKE.entries())
    saveMeeting(ctx, meetingInput.parse({ orgId: branchId, type: k % 2 ? 'lecture' : 'general', topic: `第 ${k + 1} 次学习`, date: `${STRESS_YEAR}-0${4 + k}-10`, host: '王建国', recorder: '李丽娟', lecturer: k % 2 ? '王建国' : null, hours: 2, content: prose(400), decisions: formula, present, absent }))
  saveMeeting(ctx, meetingInput.parse({ orgId: branchId, type: 'theme_day', topic: prose(100), date: `${STRESS_YEAR}-09-01`, content: prose(2000), present, absent }))

  saveVisit(ctx, visitInput.parse({ orgId: branchId, date: `${STRESS_YEAR}-10-20`, instructor: '陈立新', mode: 'onsite', findings: prose(2000), problems: [prose(300), FORMULA_LIKE[2]], guidance: prose(2000), needs: prose(1000), nextPlan: prose(500), contact: '刘晓梅' }))
  saveConsultation(ctx, consultationInput.parse({ orgId: branchId, topic: prose(200), body: '董事会', submittedDate: `${STRESS_YEAR}-05-06`, opinion: prose(2000), outcome: 'adopted', decisionDate: `${STRESS_YEAR}-05-20`, remark: FORMULA_LIKE[3] }))
  saveAnalysisMeeting(ctx, analysisInput.parse({ orgId: branchId, date: `${STRESS_YEAR}-06-18`, kind: 'safety', topic: prose(100), participants: prose(300), proposalsMade: 12, proposalsAdopted: 9, proposals: prose(2000), remark: prose(500) }))
  saveMentorship(ctx, mentorshipInput.parse({ orgId: branchId, mentorId: memberIds[0], apprenticeName: '赵子轩', apprenticeJob: '数控车工', startDate: `${STRESS_YEAR}-01-10`, plannedEndDate: `${STRESS_YEAR + 1}-01-10`, skillGoal: prose(200), thoughtGoal: prose(200), otherGoal: prose(200), pairStatus: 'paired', certificate: prose(60), certificateDate: `${STRESS_YEAR}-10-08`, proposalCount: 3, savingsYuan: 125000.5, note: prose(200) }))
  saveVolunteer(ctx, volunteerInput.parse({ orgId: branchId, teamType: 'volunteer', teamName: '党员志愿服务队', activityDate: `${STRESS_YEAR}-07-01`, serviceContent: prose(500), headcount: 120, memberIds: memberIds.slice(0, 120), hoursPerPerson: 3, served: 800, note: prose(200) }))

  const devPersonId = addApplicants(ctx, branchId, memberIds)

  const template = getTemplate(ctx, DEFAULT_TEMPLATE)
  const checkDate = `${STRESS_YEAR}-11-20`
  // where the software suggests a lower score the checker pressed 「采用」: its words become the reason
  const suggested = suggestScores(ctx, branchId, checkDate, template.body.items)
  const reasonFor = (code: string, full: number): string => {
    const s = suggested[code]
    return s && s.score < full && s.finding ? s.finding : prose(300)
  }
  const checkupId = saveCheckup(
    ctx,
    checkupInput.parse({
      orgId: branchId, templateId: DEFAULT_TEMPLATE, checkDate, checker: '陈立新', companion: '刘晓梅',
      items: template.body.items.map((i) => ({ code: i.code, selfScore: i.score, checkScore: 0, reason: reasonFor(i.code, i.score), evidence: i.code.startsWith('A1') ? prose(300) : '会议记录本、签到表及照片' })),
      bonus: [{ code: 'J1', score: 2, note: '市级表彰' }],
      requirements: prose(500)
    })
  ).id
  confirmCheckupProblems(ctx, { id: checkupId, problems: proposeProblems(ctx, checkupId).map((p) => ({ ...p, measure: prose(500), owner: '王建国', deadline: `${STRESS_YEAR + 1}-01-31` })) })
  return { committeeId, branchId, memberIds, longMeetingId, checkupId, devPersonId }
}

/** People at every stage; the one who went the whole way carries 500-character notes. */
function addApplicants(ctx: AppContext, orgId: string, members: string[]): string {
  const steps = journey.map((s): Record<string, unknown> => ({
    ...s,
    ...(s.contacts ? { contacts: [members[2], members[4]] } : {}),
    ...(s.introducers ? { introducers: [members[2], members[4]] } : {}),
    ...(s.conclusion ? { conclusion: prose(300) } : {})
  }))
  const upTo = (step: string): typeof steps => steps.slice(0, steps.findIndex((s) => s.step === step) + 1)
  const people: [string, string, '1' | '2', typeof steps][] = [
    ['孙浩然', '19980612', '1', steps],
    ['周慧敏', '19990304', '2', upTo('talk')],
    ['吴振华', '19970815', '1', upTo('contacts')],
    ['郭佳怡', '19960120', '2', upTo('training')],
    ['何明辉', '19951102', '1', upTo('oath')]
  ]
  let first = ''
  people.forEach(([name, birth, gender, recorded], k) => {
    const first17 = `511102${birth}${String(200 + k * 2 + (gender === '1' ? 1 : 0)).slice(-3)}`
    const id = savePerson(ctx, devPersonInput.parse({ orgId, enterpriseName: LONG_ENTERPRISE_NAME.slice(0, 60), name, idNumber: first17 + idCheckChar(first17), ethnicity: '01', education: '21', jobPost: '工艺工程师', remark: k === 0 ? prose(500) : null })).id
    for (const s of recorded) saveRecord(ctx, devRecordInput.parse({ personId: id, ...s }))
    if (!k) first = id
  })
  return first
}
