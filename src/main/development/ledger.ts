// 发展党员台账：发展党员工作台账（domain.md §5.3 的列）与入党申请人、入党积极分子、发展对象、预备党员四个名册
import { type PersonFacts, dueItems, findings, firstOf, firstPassed, lastOf, probationOf, stageOf, votePassed } from '../../shared/development/engine'
import type { ledgerKinds } from '../../shared/development/schemas'
import { type DevRecord, type DevStage, type RecordKind, recommendWayNames, stageNames } from '../../shared/development/types'
import { maskIdNumber } from '../../shared/mask'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerColumn, LedgerDefinition } from '../ledgers/types'
import { memberStore } from '../members/store'
import { codeName } from '../seeds/codes'
import { engineFor } from './rules'
import { peopleWithRecords } from './service'
import type { StoredRecord } from './store'

export type DevLedgerRow = {
  name: string
  gender: string
  ethnicity: string
  birthDate: string
  idNumber: string
  education: string
  enterpriseName: string | null
  jobPost: string | null
  orgName: string
  stage: DevStage
  records: DevRecord[]
  names: Map<string, string>
  probation: { start: string; end: string; extendedMonths: number } | null
  alerts: string
  remark: string | null
  outcomeReason: string | null
  outcomeDate: string | null
}

const date = (k: RecordKind) => (r: DevLedgerRow) => firstOf(r.records, k)?.date ?? null
const lastDate = (k: RecordKind) => (r: DevLedgerRow) => lastOf(r.records, k)?.date ?? null
const people = (k: RecordKind, field: 'contacts' | 'introducers', i: number) => (r: DevLedgerRow) => {
  const id = firstOf(r.records, k)?.detail[field]?.[i]
  return id ? (r.names.get(id) ?? '') : null
}
/** 每次表决一段：应到/实到/同意，未通过的注明（表决未通过也如实记在台账上） */
const votesText = (records: DevRecord[], k: RecordKind): string | null =>
  records.filter((x) => x.kind === k && x.detail.vote).map((x) => {
    const v = x.detail.vote!
    return `${v.expected}/${v.present}/${v.agree + v.writtenAgree}${votePassed(x) ? '' : '（未通过）'}`
  }).join('；') || null
const publicity = (k: RecordKind) => (r: DevLedgerRow) => {
  const d = firstOf(r.records, k)?.detail
  return d?.publicityStart && d.publicityEnd ? `${d.publicityStart} 至 ${d.publicityEnd}` : null
}

const basic: LedgerColumn<DevLedgerRow>[] = [
  { header: '序号', width: 5, kind: 'number', value: (_r, i) => i + 1 },
  { header: '姓名', width: 8, value: (r) => r.name },
  { header: '性别', width: 5, value: (r) => r.gender },
  { header: '民族', width: 6, value: (r) => r.ethnicity },
  { header: '出生日期', width: 11, kind: 'date', value: (r) => r.birthDate },
  { header: '身份证号', width: 20, kind: 'text', value: (r) => maskIdNumber(r.idNumber) },
  { header: '学历', width: 11, value: (r) => r.education },
  { header: '工作单位', width: 14, align: 'left', value: (r) => r.enterpriseName },
  { header: '工作\n岗位', width: 9, value: (r) => r.jobPost },
  { header: '所在党支部', width: 14, align: 'left', value: (r) => r.orgName }
]
const C = {
  apply: { header: '递交申请书\n日期', width: 11, kind: 'date', value: date('apply') },
  talk: { header: '谈话日期', width: 11, kind: 'date', value: date('talk') },
  talker: { header: '谈话人', width: 7, value: (r) => firstOf(r.records, 'talk')?.actor ?? null },
  way: { header: '推荐\n方式', width: 8, value: (r) => { const w = firstOf(r.records, 'activist')?.detail.recommendWay; return w ? recommendWayNames[w] : null } },
  activist: { header: '确定\n积极分子\n日期', width: 11, kind: 'date', value: date('activist') },
  activistFiling: { header: '党委备案\n日期', width: 11, kind: 'date', value: date('activist_filing') },
  contact1: { header: '培养\n联系人1', width: 7, group: '培养联系人', value: people('contacts', 'contacts', 0) },
  contact2: { header: '培养\n联系人2', width: 7, group: '培养联系人', value: people('contacts', 'contacts', 1) },
  review: { header: '最近考察\n日期', width: 11, kind: 'date', value: lastDate('cultivation') },
  devObject: { header: '列为\n发展对象\n日期', width: 11, kind: 'date', value: date('dev_object') },
  devFiling: { header: '发展对象\n备案日期', width: 11, kind: 'date', value: date('dev_object_filing') },
  devPublicity: { header: '公示起止', width: 12, value: publicity('dev_object') },
  intro1: { header: '入党\n介绍人1', width: 7, group: '入党介绍人', value: people('introducers', 'introducers', 0) },
  intro2: { header: '入党\n介绍人2', width: 7, group: '入党介绍人', value: people('introducers', 'introducers', 1) },
  political: { header: '政审完成\n日期', width: 11, kind: 'date', value: lastDate('political_review') },
  politicalResult: { header: '政审\n结论', width: 8, value: (r) => lastOf(r.records, 'political_review')?.detail.conclusion ?? null },
  training: { header: '培训起止', width: 12, value: (r) => { const t = lastOf(r.records, 'training'); return t ? `${t.date} 至 ${t.endDate ?? t.date}` : null } },
  hours: { header: '学时', width: 5, kind: 'number', value: (r) => lastOf(r.records, 'training')?.detail.hours ?? null },
  committee: { header: '支委会\n审查日期', width: 11, kind: 'date', value: date('committee_review') },
  preReview: { header: '预审合格\n日期', width: 11, kind: 'date', value: date('pre_review') },
  bookNo: { header: '志愿书\n编号', width: 10, kind: 'text', value: (r) => firstOf(r.records, 'volunteer_form')?.detail.bookNo ?? null },
  meeting: { header: '支部大会\n日期', width: 11, kind: 'date', value: (r) => (firstPassed(r.records, 'admission_meeting') ?? lastOf(r.records, 'admission_meeting'))?.date ?? null },
  votes: { header: '票数（应到/\n实到/同意）', width: 10, value: (r) => votesText(r.records, 'admission_meeting') },
  committeeTalk: { header: '上级谈话\n日期', width: 11, kind: 'date', value: date('committee_talk') },
  approval: { header: '党委审批\n日期', width: 11, kind: 'date', value: date('approval') },
  probation: { header: '预备期起止', width: 12, value: (r) => (r.probation ? `${r.probation.start} 至 ${r.probation.end}` : null) },
  oath: { header: '入党宣誓\n日期', width: 11, kind: 'date', value: date('oath') },
  fullApplication: { header: '转正申请\n日期', width: 11, kind: 'date', value: date('full_application') },
  fullMeeting: { header: '转正\n支部大会\n日期', width: 11, kind: 'date', value: date('full_meeting') },
  fullApproval: { header: '转正审批\n日期', width: 11, kind: 'date', value: date('full_approval') },
  fullDate: { header: '转正日期', width: 11, kind: 'date', value: (r) => (firstOf(r.records, 'full_approval') && r.probation ? r.probation.end : null) },
  extension: {
    header: '延长/取消\n情况', width: 14, align: 'left',
    value: (r) => {
      const e = firstOf(r.records, 'extension')
      const parts = e ? [`${e.date} 延长预备期 ${e.detail.months} 个月`] : []
      if (r.stage === 'cancelled' || r.stage === 'stopped') parts.push(`${r.outcomeDate} ${stageNames[r.stage]}：${r.outcomeReason ?? ''}`)
      return parts.join('；') || null
    }
  },
  archive: { header: '材料归档\n日期', width: 11, kind: 'date', value: date('archive') },
  alerts: { header: '预警（超期/缺项）', width: 22, align: 'left', value: (r) => r.alerts || null },
  remark: { header: '备注', width: 10, align: 'left', value: (r) => r.remark }
} satisfies Record<string, LedgerColumn<DevLedgerRow>>

const stageCol: LedgerColumn<DevLedgerRow> = { header: '当前\n阶段', width: 9, value: (r) => stageNames[r.stage] }

export const developmentLedgers: Record<(typeof ledgerKinds)[number], { def: LedgerDefinition<DevLedgerRow>; stages: DevStage[] | null }> = {
  work: {
    stages: null,
    def: {
      title: '发展党员工作台账',
      sheetName: '发展党员工作台账',
      orientation: 'landscape',
      columns: [
        ...basic, stageCol, C.apply, C.talk, C.talker, C.way, C.activist, C.activistFiling, C.contact1, C.contact2, C.review, C.devObject, C.devFiling,
        C.devPublicity, C.intro1, C.intro2, C.political, C.politicalResult, C.training, C.hours, C.committee, C.preReview, C.bookNo, C.meeting, C.votes,
        C.committeeTalk, C.approval, C.probation, C.oath, C.fullApplication, C.fullMeeting, C.fullApproval, C.fullDate, C.extension, C.archive, C.alerts, C.remark
      ]
    }
  },
  applicant: {
    stages: ['applicant'],
    def: { title: '入党申请人名册', sheetName: '入党申请人名册', orientation: 'landscape', columns: [...basic, C.apply, C.talk, C.talker, C.alerts, C.remark] }
  },
  activist: {
    stages: ['activist'],
    def: {
      title: '入党积极分子名册', sheetName: '入党积极分子名册', orientation: 'landscape',
      columns: [...basic, C.apply, C.way, C.activist, C.activistFiling, C.contact1, C.contact2, C.review, C.alerts, C.remark]
    }
  },
  dev_object: {
    stages: ['dev_object'],
    def: {
      title: '发展对象名册', sheetName: '发展对象名册', orientation: 'landscape',
      columns: [...basic, C.apply, C.activist, C.devObject, C.devPublicity, C.intro1, C.intro2, C.political, C.training, C.hours, C.alerts, C.remark]
    }
  },
  probationary: {
    stages: ['probationary'],
    def: {
      title: '预备党员名册', sheetName: '预备党员名册', orientation: 'landscape',
      columns: [...basic, C.meeting, C.votes, C.approval, C.probation, C.oath, C.intro1, C.intro2, C.fullApplication, C.extension, C.alerts, C.remark]
    }
  }
}

export function ledgerRows(ctx: AppContext, orgId?: string): DevLedgerRow[] {
  const dataFor = engineFor(ctx)
  const today = ctx.today()
  const list = peopleWithRecords(ctx, orgId)
  const ids = new Set(list.flatMap((x) => x.records.flatMap((r) => [...(r.detail.contacts ?? []), ...(r.detail.introducers ?? [])])))
  const names = new Map(memberStore.getMany(ctx.db, [...ids]).map((m) => [m.id, m.name]))
  return list.map(({ person: p, records }: { person: ReturnType<typeof peopleWithRecords>[number]['person']; records: StoredRecord[] }) => {
    const data = dataFor(p.orgId)
    const f: PersonFacts = { birthDate: p.birthDate, records, outcome: p.outcome && p.outcomeDate ? { kind: p.outcome, date: p.outcomeDate } : null }
    const alerts = [
      ...dueItems(f, data, today, 0).map((d) => `${d.title}逾期（应在 ${d.due} 前）`),
      ...findings(f, data).map((x) => x.message)
    ].join('；')
    return {
      name: p.name, gender: codeName('genders', p.gender), ethnicity: codeName('ethnicity', p.ethnicity), birthDate: p.birthDate, idNumber: p.idNumber,
      education: codeName('education', p.education), enterpriseName: p.enterpriseName, jobPost: p.jobPost, orgName: p.orgName, stage: stageOf(f),
      records, names, probation: probationOf(records, data.rules), alerts, remark: p.remark, outcomeReason: p.outcomeReason, outcomeDate: p.outcomeDate
    }
  })
}

export async function exportDevelopmentLedger(ctx: AppContext, q: { orgId?: string; ledger: (typeof ledgerKinds)[number] }): Promise<ExportResult | null> {
  const { def, stages } = developmentLedgers[q.ledger]
  const rows = ledgerRows(ctx, q.orgId).filter((r) => !stages || stages.includes(r.stage))
  return exportLedger(ctx, def, rows, { orgId: q.orgId, fileName: (unit, today) => `${def.title}-${unit}-${today}.xlsx`, logId: `development-${q.ledger}` })
}
