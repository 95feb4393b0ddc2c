// 一个组织生效的规则改动：先看本组织，再看上级组织（园区综合党委可以替所有企业改），最后看「所有组织」的改动
import type { AppContext } from '../context'
import { type OverrideRow, orgChain, ruleOverrideStore } from './store'

/** For each rule key of `file`: the override in force for `orgId` (null: the one for all organisations). */
export function overridesFor(ctx: AppContext, file: string, orgId: string | null): Map<string, OverrideRow> {
  const rows = ruleOverrideStore.latest(ctx.db, file)
  const chain: (string | null)[] = [...(orgId ? orgChain(ctx.db, orgId) : []), null]
  const out = new Map<string, OverrideRow>()
  for (const key of new Set(rows.map((r) => r.key))) {
    for (const org of chain) {
      const r = rows.find((x) => x.key === key && x.orgId === org)
      if (r && r.value !== null) {
        out.set(key, r)
        break
      }
    }
  }
  return out
}

/** Memoised per organisation for one request that looks at many people. */
export function overridesByOrg(ctx: AppContext, file: string): (orgId: string | null) => Map<string, OverrideRow> {
  const memo = new Map<string | null, Map<string, OverrideRow>>()
  return (orgId) => {
    if (!memo.has(orgId)) memo.set(orgId, overridesFor(ctx, file, orgId))
    return memo.get(orgId)!
  }
}
