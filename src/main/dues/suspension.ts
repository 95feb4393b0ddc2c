// 停止党籍期间不交党费：花名册上把党员改为「停止党籍」时，从当月起记一次免交的核定；恢复时从当月起按停止前的核定交纳。
// 这样停止党籍的那几个月应交为 0，恢复以后不会算成欠交。
import { randomUUID } from 'node:crypto'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { type BaseRecord, duesStore } from './store'

const SUSPENDED_NOTE = '停止党籍期间不交纳党费'

export function duesFollowStatus(ctx: AppContext, memberId: string, before: string, after: string, stamp: string): void {
  if (before === after || (before !== 'suspended' && after !== 'suspended')) return
  const { db } = ctx
  const bases = duesStore.bases(db, [memberId])
  const last = bases.at(-1)
  if (!last) return // 还没核定过党费基数：不用管
  const suspendedNow = last.note === SUSPENDED_NOTE
  let next: Omit<BaseRecord, 'id' | 'createdAt' | 'updatedAt'>
  if (after === 'suspended') {
    if (suspendedNow) return
    next = { ...last, fromMonth: ctx.today().slice(0, 7), reducedFen: 0, reductionDoc: '停止党籍', note: SUSPENDED_NOTE }
  } else {
    const normal = [...bases].reverse().find((b) => b.note !== SUSPENDED_NOTE)
    if (!suspendedNow || !normal) return
    next = { ...normal, fromMonth: ctx.today().slice(0, 7), note: '恢复党籍，按停止前的核定交纳' }
  }
  const same = duesStore.baseAt(db, memberId, next.fromMonth)
  const rec: BaseRecord = { ...next, memberId, id: same?.id ?? randomUUID(), createdAt: same?.createdAt ?? stamp, updatedAt: stamp }
  if (same) duesStore.updateBase(db, rec)
  else duesStore.insertBase(db, rec)
  logChange(db, { actor: ctx.actor, entity: 'duesBase', entityId: rec.id, action: same ? 'update' : 'create', before: same ?? undefined, after: rec })
}
