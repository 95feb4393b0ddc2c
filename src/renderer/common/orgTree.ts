// 组织列表 → antd 树（Tree、TreeSelect 共用）
import type { Org } from '../../shared/org/schemas'

export type OrgTreeNode = { key: string; value: string; title: string; children: OrgTreeNode[]; org: Org }

export function buildOrgTree(orgs: Org[], withCounts = false): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>()
  for (const o of orgs)
    nodes.set(o.id, { key: o.id, value: o.id, title: withCounts && o.memberCount ? `${o.name}（${o.memberCount}）` : o.name, children: [], org: o })
  const roots: OrgTreeNode[] = []
  for (const o of orgs) {
    const n = nodes.get(o.id)!
    const parent = o.parentId ? nodes.get(o.parentId) : undefined
    if (parent) parent.children.push(n)
    else roots.push(n)
  }
  return roots
}

/** An organisation's id and all its descendants' ids. */
export function descendantIds(orgs: Org[], id: string): Set<string> {
  const out = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const o of orgs) if (o.parentId && out.has(o.parentId) && !out.has(o.id)) (out.add(o.id), (grew = true))
  }
  return out
}
