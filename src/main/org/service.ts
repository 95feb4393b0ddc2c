// 组织的业务规则：上下级不成环、日期不晚于今天、信用代码只警告、删除进回收站
import { randomUUID } from 'node:crypto'
import { checkCreditCode } from '../../shared/creditCode'
import { AppError, invalid, notFound } from '../../shared/errors'
import type { Org, OrgData } from '../../shared/org/schemas'
import { type OrgTermRule, electionDueDate, electionStatus, termYearsFor } from '../../shared/org/term'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { effectiveRuleFiles } from '../rules/service'
import { syncCommitteePosts } from './committee'
import { type OrgRecord, orgStore } from './store'

function present(rec: OrgRecord & { memberCount: number }, today: string, termRule: OrgTermRule): Org {
  const credit = rec.creditCode ? checkCreditCode(rec.creditCode) : null
  const due = electionDueDate(rec.lastElectionDate, termYearsFor(rec.orgType, rec.termYears, termRule))
  return {
    ...rec,
    electionDue: due,
    electionStatus: electionStatus(due, today, termRule.remindMonthsBefore),
    creditCodeWarning: credit && !credit.ok ? credit.warning : null
  }
}

export function listOrgs(ctx: AppContext): Org[] {
  const today = ctx.today()
  // 任期与提前提醒月数按组织取（seeds/rules/org-terms.json 加上本组织或上级的调整）
  const termRule = effectiveRuleFiles<OrgTermRule>(ctx, 'org-terms')
  return orgStore.list(ctx.db).map((o) => present(o, today, termRule(o.id)))
}

export function saveOrg(ctx: AppContext, input: OrgData): { id: string; warnings: string[] } {
  const { db } = ctx
  const today = ctx.today()
  for (const [label, d] of [['成立日期', input.establishedDate], ['上次换届日期', input.lastElectionDate]] as const) {
    if (d && d > today) throw invalid(`${label}（${d}）不能晚于今天`)
  }
  if (input.establishedDate && input.lastElectionDate && input.lastElectionDate < input.establishedDate)
    throw invalid('上次换届日期不能早于成立日期')
  const warnings: string[] = []
  let creditCode = input.creditCode
  if (creditCode) {
    const c = checkCreditCode(creditCode)
    creditCode = c.value
    if (!c.ok) warnings.push(c.warning)
  }
  return db.transaction(() => {
    if (input.parentId) {
      if (!orgStore.get(db, input.parentId)) throw notFound('上级组织')
      if (input.id && isAncestorOrSelf(ctx, input.id, input.parentId))
        throw invalid('不能把组织挂到它自己或它的下级组织下面')
    }
    const stamp = nowStamp()
    if (input.id) {
      const before = orgStore.get(db, input.id)
      if (!before) throw notFound('组织')
      const rec: OrgRecord = { ...before, ...input, id: input.id, creditCode, updatedAt: stamp }
      orgStore.update(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'org', entityId: rec.id, action: 'update', before, after: rec })
      warnings.push(...syncCommitteePosts(ctx, rec.id, rec))
      return { id: rec.id, warnings }
    }
    const rec: OrgRecord = { ...input, id: randomUUID(), creditCode, createdAt: stamp, updatedAt: stamp }
    orgStore.insert(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'org', entityId: rec.id, action: 'create', after: rec })
    return { id: rec.id, warnings }
  })()
}

function isAncestorOrSelf(ctx: AppContext, id: string, candidate: string): boolean {
  let cursor: string | null = candidate
  for (let guard = 0; cursor && guard < 1000; guard++) {
    if (cursor === id) return true
    cursor = orgStore.get(ctx.db, cursor)?.parentId ?? null
  }
  return false
}

export function deleteOrg(ctx: AppContext, id: string): null {
  const { db } = ctx
  db.transaction(() => {
    const before = orgStore.get(db, id)
    if (!before) throw notFound('组织')
    const children = orgStore.liveChildren(db, id)
    const members = orgStore.liveMembers(db, id)
    if (children || members)
      throw new AppError(
        'IN_USE',
        `「${before.name}」下还有${children ? ` ${children} 个下级组织` : ''}${members ? ` ${members} 名党员` : ''}，请先转移或删除后再删除该组织`
      )
    orgStore.setDeleted(db, id, nowStamp())
    logChange(db, { actor: ctx.actor, entity: 'org', entityId: id, action: 'delete', before })
  })()
  return null
}
