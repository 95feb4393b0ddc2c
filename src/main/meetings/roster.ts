// 应到名单：会议日期那天在本组织（含下级）的党员；支委会只算书记、副书记和委员；预备党员到会但没有表决权
import type { RosterEntry } from '../../shared/meetings/attendance'
import { meetingRules } from '../../shared/meetings/tables'
import type { AppContext } from '../context'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'

type MemberFacts = { id: string; name: string; category: string; full_date: string | null; join_date: string; transfer_in_date: string | null; party_post: string | null; status: string; org_name: string }

/** Members counted by the organisation on a date: joined (or transferred in) by then, not expelled or suspended. */
export function membersOn(ctx: AppContext, orgId: string, date: string): (MemberFacts & { since: string })[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.category, m.full_date, m.join_date, m.transfer_in_date, m.party_post, m.status, o.name AS org_name
       FROM members m JOIN orgs o ON o.id = m.org_id
       WHERE m.deleted_at IS NULL AND m.status NOT IN ('left', 'suspended') AND m.org_id IN (SELECT value FROM json_each(?))
       ORDER BY m.party_post, m.name_pinyin`
    )
    .all(JSON.stringify(orgSubtree(ctx, orgId))) as MemberFacts[]
  return rows.map((r) => ({ ...r, since: r.transfer_in_date && r.transfer_in_date > r.join_date ? r.transfer_in_date : r.join_date })).filter((r) => r.since <= date)
}

/** 开会那天是否已转正：有转正日期看日期，没有就看花名册上的人员类别。 */
const categoryOn = (m: MemberFacts, date: string): 'full' | 'probationary' =>
  (m.full_date ? m.full_date <= date : m.category === 'full') ? 'full' : 'probationary'

/** The committee as entered on the organisation (书记, 副书记, 委员), or null when none is entered there. */
function committeeNames(ctx: AppContext, orgId: string): Set<string> | null {
  const org = orgStore.get(ctx.db, orgId)
  const names = [org?.secretary, org?.deputySecretary, ...(org?.committeeMembers ?? [])].filter((n): n is string => !!n)
  return names.length ? new Set(names) : null
}

export function expectedRoster(ctx: AppContext, orgId: string, date: string, type: string): RosterEntry[] {
  const committeePosts = meetingRules.frequency.committeePosts
  // 支委会应到：组织里填的支委，加上花名册上党内职务是支委的（保存组织时两者已对齐；老数据只记在其中一处）
  const committee = type === 'committee' ? committeeNames(ctx, orgId) : null
  return membersOn(ctx, orgId, date)
    .filter((m) => type !== 'committee' || !!committee?.has(m.name) || (m.party_post !== null && committeePosts.includes(m.party_post)))
    .map((m) => {
      const category = categoryOn(m, date)
      return { id: m.id, name: m.name, category, partyPost: m.party_post, voting: category === 'full' }
    })
}
