// 有回收站和变更历史的记录类型；新增领域时在这里登记，并在 src/main/recycle/registry.ts 写它的回收站规则
export const recordEntities = ['org', 'member', 'problem', 'attachment', 'checkup', 'checkupRound', 'checkupTemplate'] as const
export type RecordEntity = (typeof recordEntities)[number]

export const entityNames: Record<RecordEntity, string> = { org: '组织', member: '党员', problem: '整改问题', attachment: '附件', checkup: '党建体检', checkupRound: '体检批次', checkupTemplate: '体检模板' }
