// 应用信息与代码表（代码表数据在 seeds/codes，主进程读取后交给界面）
import type { RecordEntity } from '../entities'
import type { OrgTermRule } from '../org/term'

export type CodeItem = { code: string; name: string; group?: string }
export type CodeTable = { version: string; items: CodeItem[] }
export type CodeTables = {
  ethnicity: CodeTable & { pinned: string[]; aliases: Record<string, string> }
  education: CodeTable & { groups: { name: string; collegeOrAbove: boolean }[]; aliases: Record<string, string> }
  partyPosts: CodeTable
  jobCategories: CodeTable
  memberCategories: CodeTable
  memberStatuses: CodeTable
  orgTypes: CodeTable
  setupModes: CodeTable
  genders: CodeTable
  problemSources: CodeTable
  problemCategories: CodeTable
  problemSeverities: CodeTable
  /** 任期规则（seeds/rules/org-terms.json） */
  orgTermRule: OrgTermRule
}

export type RuleSetInfo = { key: string; title: string; version: string; source: string }

export type AppInfo = {
  version: string
  dataDir: string
  dbPath: string
  today: string
  orgCount: number
  memberCount: number
  rules: RuleSetInfo[]
}

export type RecycleItem = { entity: RecordEntity; id: string; title: string; detail: string; deletedAt: string }

export type ChangeEntry = { id: number; at: string; actor: string; action: string; summary: string }
