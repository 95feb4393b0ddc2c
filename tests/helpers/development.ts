// 一位园区无党组织企业员工从递交申请书到转正的全部登记（示例数据中的园区青年党支部与其正式党员）
import { idCheckChar } from '../../src/shared/idcard'

export const YOUTH_BRANCH = 'd3e0a000-0000-4000-8000-000000000002'
export const FULL_A = 'd3e0a000-0000-4000-8000-000000000080' // 钟丽娟 正式党员
export const FULL_B = 'd3e0a000-0000-4000-8000-000000000081' // 谢晓东 正式党员
export const PROBATIONARY = 'd3e0a000-0000-4000-8000-00000000007f' // 黄艳 预备党员

export const idFor = (first17: string): string => first17 + idCheckChar(first17)
export const APPLICANT_ID = idFor('51110219980612003')

export const applicant = {
  orgId: YOUTH_BRANCH,
  enterpriseName: '青衣江文创有限公司',
  name: '唐晓雨',
  idNumber: APPLICANT_ID,
  ethnicity: '01',
  education: '21',
  jobPost: '设计主管',
  phone: '13900001234'
}

const vote = (n: number) => ({ expected: n, present: n, agree: n, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 })

/** Every step in order; dates lie in years the holiday calendar covers, and meet every rule of the 2014 set. */
export const journey: Record<string, unknown>[] = [
  { step: 'apply', date: '2023-09-04' },
  { step: 'talk', date: '2023-09-20', actor: '钟丽娟' },
  { step: 'activist', date: '2023-12-05', recommendWay: 'party_member' },
  { step: 'activist_filing', date: '2023-12-15' },
  { step: 'contacts', date: '2023-12-15', contacts: [FULL_A, FULL_B] },
  { step: 'report', date: '2024-03-01', conclusion: '第一季度思想汇报' },
  { step: 'cultivation', date: '2024-06-05', conclusion: '表现良好' },
  { step: 'cultivation', date: '2024-12-01', conclusion: '表现良好，可列为发展对象' },
  { step: 'dev_object', date: '2024-12-10', publicityStart: '2024-12-02', publicityEnd: '2024-12-06' },
  { step: 'dev_object_filing', date: '2024-12-16' },
  { step: 'introducers', date: '2024-12-16', introducers: [FULL_A, FULL_B] },
  { step: 'political_review', date: '2025-01-10', conclusion: '合格' },
  { step: 'training', date: '2025-03-03', endDate: '2025-03-05', hours: 24 },
  { step: 'committee_review', date: '2025-03-20', publicityStart: '2025-03-21', publicityEnd: '2025-03-27' },
  { step: 'pre_review', date: '2025-04-08' },
  { step: 'volunteer_form', date: '2025-04-15', bookNo: 'JZ2025017' },
  { step: 'admission_meeting', date: '2025-04-25', vote: vote(5) },
  { step: 'committee_talk', date: '2025-05-10', actor: '组织员王强' },
  { step: 'approval', date: '2025-06-20' },
  { step: 'approval_filing', date: '2025-06-30' },
  { step: 'assign_group', date: '2025-07-01' },
  { step: 'oath', date: '2025-07-01' },
  { step: 'probation_review', date: '2025-10-20', conclusion: '表现良好' },
  { step: 'full_application', date: '2026-04-01' },
  { step: 'full_meeting', date: '2026-04-28', vote: vote(6) },
  { step: 'full_approval', date: '2026-06-15' },
  { step: 'archive', date: '2026-06-25' }
]
