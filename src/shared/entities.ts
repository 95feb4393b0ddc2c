// 有回收站和变更历史的记录类型；新增领域时在这里登记，并在 src/main/recycle/registry.ts 写它的回收站规则
export const recordEntities = [
  'org', 'member', 'problem', 'attachment', 'meeting', 'visit', 'consultation', 'analysisMeeting', 'devPerson', 'checkup', 'checkupRound', 'checkupTemplate', 'duesPayment', 'duesBase', 'duesRemittance', 'mentorship', 'volunteerActivity'
] as const
export type RecordEntity = (typeof recordEntities)[number]

export const entityNames: Record<RecordEntity, string> = {
  org: '组织', member: '党员', problem: '整改问题', attachment: '附件',
  meeting: '会议记录', visit: '指导员走访', consultation: '议题前置', analysisMeeting: '经营分析会', devPerson: '发展党员',
  checkup: '党建体检', checkupRound: '体检批次', checkupTemplate: '体检模板',
  duesPayment: '党费交纳', duesBase: '党费基数', duesRemittance: '党费上缴与返还', mentorship: '师带徒结对', volunteerActivity: '志愿服务活动'
}
