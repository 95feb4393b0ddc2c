// 支委只有一处来源：组织里填的书记、副书记、委员。保存组织时本组织花名册上同名的党员跟着改党内职务，
// 不再在名单里的支委改回「党员」；支委会的应到名单就是这些人。组织里一个支委都没填时不动花名册（老数据照旧）。
import { meetingRules } from '../../shared/meetings/tables'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'

export type Committee = { secretary: string | null; deputySecretary: string | null; committeeMembers: string[] }

const SECRETARY = '01'
const DEPUTY = '02'
const MEMBER = '09'
const ORDINARY = '99'

/** Sets members' 党内职务 from the organisation's committee; returns a warning for each name not on its roster. */
export function syncCommitteePosts(ctx: AppContext, orgId: string, c: Committee): string[] {
  const named = [c.secretary, c.deputySecretary, ...c.committeeMembers].filter((n): n is string => !!n)
  if (!named.length) return []
  const committeePosts = meetingRules.frequency.committeePosts
  const members = memberStore.getMany(ctx.db, memberStore.idsInOrg(ctx.db, orgId))
  const stamp = nowStamp()
  for (const m of members) {
    const isCommittee = m.partyPost !== null && committeePosts.includes(m.partyPost)
    const post =
      m.name === c.secretary ? SECRETARY
      : m.name === c.deputySecretary ? DEPUTY
      : c.committeeMembers.includes(m.name) ? (isCommittee && m.partyPost !== SECRETARY && m.partyPost !== DEPUTY ? m.partyPost : MEMBER)
      : isCommittee ? ORDINARY
      : m.partyPost
    if (post === m.partyPost) continue
    const { orgName: _o, ...before } = m
    const after = { ...before, partyPost: post, updatedAt: stamp }
    memberStore.update(ctx.db, after)
    logChange(ctx.db, { actor: ctx.actor, entity: 'member', entityId: m.id, action: 'update', before, after })
  }
  const onRoster = new Set(members.map((m) => m.name))
  return [...new Set(named)].filter((n) => !onRoster.has(n)).map((n) => `支委「${n}」不在本组织的花名册上：先把他加进花名册，支委会的应到名单里才有他`)
}
