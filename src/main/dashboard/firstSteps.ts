// 新组织的头几步：花名册、支委、第一次会议、党费基数；做完一步首页就勾上一步
import type { FirstSteps } from '../../shared/dashboard/types'
import type { DB } from '../db/types'

export function firstSteps(db: DB, orgIds: string[]): FirstSteps {
  const inOrgs = `IN (${orgIds.map(() => '?').join(',') || 'NULL'})`
  const any = (sql: string): boolean => !!db.prepare(`SELECT EXISTS (${sql}) AS x`).pluck().get(...orgIds)
  return {
    roster: any(`SELECT 1 FROM members WHERE deleted_at IS NULL AND org_id ${inOrgs}`),
    committee: any(`SELECT 1 FROM orgs WHERE deleted_at IS NULL AND secretary IS NOT NULL AND secretary <> '' AND id ${inOrgs}`),
    meeting: any(`SELECT 1 FROM meetings WHERE deleted_at IS NULL AND org_id ${inOrgs}`),
    duesBase: any(`SELECT 1 FROM dues_bases b JOIN members m ON m.id = b.member_id WHERE b.deleted_at IS NULL AND m.deleted_at IS NULL AND m.org_id ${inOrgs}`)
  }
}
