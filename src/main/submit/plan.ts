// 一个包能改本机的哪些记录：园区把报送单位（导出包的那一份程序）绑定到本机的一个组织，以后它的包只能改这棵子树；
// 第一次导入时由人确认，以后自动。回执只能改本机已有的那个组织及其下级。整个包不能导入时抛出中文说明，什么也不改。
import { AppError, invalid } from '../../shared/errors'
import type { AppContext } from '../context'
import type { PackageKind, SubmitPackage } from './format'
import type { MergePlan } from './merge'
import { exchangeStore } from './store'
import { submitTables } from './tables'

export type PlanInput = { fileName: string; parentId?: string | null; choices?: Record<string, 'mine' | 'theirs'> }

export type Plan = MergePlan & {
  kind: PackageKind
  senderId: string
  /** 第一次收到这个报送单位的包：导入前要人确认它是本机的哪个组织 */
  firstTime: boolean
  /** 本机已有这个顶级组织时的名称（以本机的为准，不用包里自称的） */
  localName: string | null
  /** 园区重新生成过报送配置、签名核对过的新电脑：导入时把这个组织改绑到它 */
  rebind: boolean
}

/** What the sealed envelope established: a new computer the park authorised with a newly issued 报送配置. */
export type SealTrust = { rebound: boolean }

const refuse = (why: string): AppError => new AppError('BAD_PACKAGE', `${why}。本机数据没有任何改动。`)

type OrgRow = { id: string; name: string; parent_id: string | null; deleted_at: string | null }

/** 旧版本导出的包没有发出方：按它的顶级组织认 */
export const senderOf = (pkg: SubmitPackage): string => pkg.sender?.installationId ?? `org:${pkg.org.id}`

export function planFor(ctx: AppContext, pkg: SubmitPackage, input: PlanInput, trust: SealTrust = { rebound: false }): Plan {
  const { db } = ctx
  const kind = pkg.kind ?? 'submission'
  const senderId = senderOf(pkg)
  const root = db.prepare('SELECT id, name, parent_id, deleted_at FROM orgs WHERE id = ?').get(pkg.org.id) as OrgRow | undefined
  const common = { rootId: pkg.org.id, choices: input.choices ?? {}, fileName: input.fileName, today: ctx.today(), senderId, kind, localName: root?.name ?? null, rebind: false }
  if (kind === 'receipt') {
    if (!root || root.deleted_at) throw refuse(`这份体检结果回执是发给「${pkg.org.name}」的，本机没有这个组织`)
    return {
      ...common, side: 'enterprise', rootParentId: root.parent_id, localOrgs: exchangeStore.subtree(db, root.id), allowNewOrgs: false,
      tables: submitTables.filter((t) => t.receipt), firstTime: false
    }
  }
  const binding = exchangeStore.bindingOfSender(db, senderId)
  if (binding && binding.orgId !== pkg.org.id) {
    const bound = db.prepare('SELECT name FROM orgs WHERE id = ?').get(binding.orgId) as { name: string } | undefined
    throw refuse(`这个报送单位以前报送的是本机的「${bound?.name ?? '已删除的组织'}」，这个包的顶级组织却不是它，不能导入；如果企业的组织确有变化，请与企业核实`)
  }
  let rebind = false
  if (!binding) {
    const other = exchangeStore.bindingOfOrg(db, pkg.org.id)
    rebind = !!other && trust.rebound
    if (other && !rebind) throw refuse(`这个包的顶级组织在本机是「${root?.name ?? pkg.org.id}」，它属于另一个报送单位（由另一份程序报送），不能用这个包修改`)
    if (root && !exchangeStore.wasSubmitted(db, root.id)) throw refuse(`这个包的顶级组织是本机自己登记的「${root.name}」，不是报送上来的，不能用报送包修改`)
  }
  let parentId: string | null
  if (root) parentId = root.parent_id
  else {
    parentId = input.parentId === undefined ? defaultParent(ctx) : input.parentId
    if (parentId !== null && (pkg.tables.orgs ?? []).some((o) => o && typeof o === 'object' && o.id === parentId)) throw invalid('不能挂在报送包自己的组织下面，请另选一个上级组织')
    if (parentId !== null && !db.prepare('SELECT 1 FROM orgs WHERE id = ? AND deleted_at IS NULL').get(parentId)) throw invalid('选择的上级组织不存在或已被删除')
  }
  return {
    ...common, side: 'park', rootParentId: parentId, localOrgs: root ? exchangeStore.subtree(db, root.id) : new Set(), allowNewOrgs: true,
    tables: submitTables, firstTime: !binding && !rebind, rebind
  }
}

/** 新的报送单位默认挂在本机第一个顶级组织（园区党委）下 */
function defaultParent(ctx: AppContext): string | null {
  const r = ctx.db.prepare('SELECT id FROM orgs WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY created_at, rowid LIMIT 1').get() as { id: string } | undefined
  return r?.id ?? null
}
