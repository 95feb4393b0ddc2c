// 代码表与规则表：数据在 seeds/，这里只负责读入
import type { CodeTables, RuleSetInfo } from '../../shared/app/types'
import type { OrgTermRule } from '../../shared/org/term'
import { meetingRuleSets } from '../../shared/meetings/tables'
import education from '../../../seeds/codes/education.json'
import ethnicity from '../../../seeds/codes/ethnicity.json'
import genders from '../../../seeds/codes/genders.json'
import jobCategories from '../../../seeds/codes/job-categories.json'
import memberCategories from '../../../seeds/codes/member-categories.json'
import memberStatuses from '../../../seeds/codes/member-statuses.json'
import orgTypes from '../../../seeds/codes/org-types.json'
import partyPosts from '../../../seeds/codes/party-posts.json'
import problems from '../../../seeds/codes/problems.json'
import setupModes from '../../../seeds/codes/setup-modes.json'
import orgTerms from '../../../seeds/rules/org-terms.json'

export const orgTermRule: OrgTermRule = orgTerms

export const codeTables: CodeTables = {
  orgTermRule,
  ethnicity,
  education,
  genders: { version: genders.standard, items: genders.items },
  partyPosts,
  jobCategories,
  memberCategories,
  memberStatuses,
  orgTypes,
  setupModes,
  problemSources: { version: problems.version, items: problems.sources },
  problemCategories: { version: problems.version, items: problems.categories },
  problemSeverities: { version: problems.version, items: problems.severities }
}

export const ruleSets: RuleSetInfo[] = [{ key: orgTerms.key, title: orgTerms.title, version: orgTerms.version, source: orgTerms.source }, ...meetingRuleSets]

export type CodeKey = Exclude<keyof CodeTables, 'orgTermRule'>

const nameMaps = new Map<CodeKey, Map<string, string>>()

/** Display name of a code, or the code itself when unknown. */
export function codeName(table: CodeKey, code: string | null | undefined): string {
  if (!code) return ''
  let map = nameMaps.get(table)
  if (!map) {
    map = new Map(codeTables[table].items.map((i) => [i.code, i.name]))
    nameMaps.set(table, map)
  }
  return map.get(code) ?? code
}

export function hasCode(table: CodeKey, code: string): boolean {
  return codeTables[table].items.some((i) => i.code === code)
}

export function educationGroup(code: string | null): string {
  return codeTables.education.items.find((i) => i.code === code)?.group ?? ''
}
