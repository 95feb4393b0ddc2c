// 党建指导员走访：登记、发现的问题一键转入问题整改清单、月度走访覆盖（哪些企业本月还没走访）
import { randomUUID } from 'node:crypto'
import { invalid, notFound } from '../../shared/errors'
import type { CoverageRow, Visit, VisitData, VisitQuery } from '../../shared/visits/schemas'
import { monthEnd } from '../../shared/meetings/calendar'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { createProblems } from '../problems/service'
import { problemStore } from '../problems/store'
import { type VisitRecord, type VisitRow, visitStore } from './store'

const monthRange = (month: string): { from: string; to: string } => ({ from: `${month}-01`, to: monthEnd(Number(month.slice(0, 4)), Number(month.slice(5, 7))) })

function present(ctx: AppContext, v: VisitRow): Visit {
  const registered = new Map(problemStore.list(ctx.db, { source: 'visit', sourceId: v.id }).map((p) => [p.description, p]))
  return { ...v, problems: v.problems.map((d) => ({ description: d, problemId: registered.get(d)?.id ?? null, code: registered.get(d)?.code ?? null })) }
}

export function listVisits(ctx: AppContext, q: VisitQuery): Visit[] {
  return visitStore.list(ctx.db, { orgIds: q.orgId ? orgSubtree(ctx, q.orgId) : undefined, ...(q.month ? monthRange(q.month) : {}) }).map((v) => present(ctx, v))
}

export function getVisit(ctx: AppContext, id: string): Visit {
  const v = visitStore.get(ctx.db, id)
  if (!v) throw notFound('走访记录')
  return present(ctx, v)
}

export function saveVisit(ctx: AppContext, input: VisitData): { id: string; warnings: string[] } {
  const { db } = ctx
  if (input.date > ctx.today()) throw invalid(`走访日期 ${input.date} 晚于今天，不能登记还没发生的走访`)
  if (!orgStore.get(db, input.orgId)) throw notFound('走访的企业党组织')
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? visitStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('走访记录')
    const rec: VisitRecord = { ...input, problems: [...new Set(input.problems)], id: before?.id ?? randomUUID(), createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    if (before) {
      visitStore.update(db, rec)
      const { orgName: _o, enterpriseName: _e, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'visit', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
    } else {
      visitStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'visit', entityId: rec.id, action: 'create', after: rec })
    }
    return rec.id
  })()
  return { id, warnings: [] }
}

/** 一键转入问题整改清单：走访中发现、还没登记过的问题都登记，来源为「指导员走访」。 */
export function visitToProblems(ctx: AppContext, id: string): { created: number; codes: string[] } {
  const v = getVisit(ctx, id)
  const fresh = v.problems.filter((p) => !p.problemId)
  if (!v.problems.length) throw invalid('这次走访没有记录发现的问题')
  if (!fresh.length) return { created: 0, codes: [] }
  const ids = createProblems(
    ctx,
    fresh.map((p) => ({
      orgId: v.orgId, source: 'visit', sourceId: v.id, sourceLabel: `${v.date} ${v.instructor}走访`, indicatorCode: null, description: p.description,
      category: null, severity: 'normal', measure: null, owner: null, deadline: null, foundDate: v.date
    }))
  )
  return { created: ids.length, codes: ids.map((pid) => problemStore.get(ctx.db, pid)!.code) }
}

export function deleteVisit(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = visitStore.get(ctx.db, id)
    if (!before) throw notFound('走访记录')
    visitStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'visit', entityId: id, action: 'delete', before })
  })()
  return null
}

/**
 * 月度走访覆盖。走访的对象是企业：企业的最上层党组织（企业名称与上级不同的那一个），
 * 以及联合党支部、园区兜底的支部（没有企业名称但直属于园区的）。走访其下级支部也算走访了这家企业。
 */
export function visitCoverage(ctx: AppContext, month: string): CoverageRow[] {
  const orgs = orgStore.list(ctx.db)
  const byId = new Map(orgs.map((o) => [o.id, o]))
  const units = orgs.filter((o) => {
    const parent = o.parentId ? byId.get(o.parentId) : undefined
    if (!parent) return false
    return o.enterpriseName ? parent.enterpriseName !== o.enterpriseName : !parent.parentId && o.orgType !== 'committee'
  })
  const visits = visitStore.list(ctx.db, monthRange(month))
  return units
    .map((u) => {
      const ids = new Set(orgSubtree(ctx, u.id))
      const mine = visits.filter((v) => ids.has(v.orgId))
      return { orgId: u.id, orgName: u.name, enterpriseName: u.enterpriseName, instructor: u.instructor, visits: mine.length, lastVisit: mine[0]?.date ?? null }
    })
    .sort((a, b) => Math.sign(a.visits) - Math.sign(b.visits) || a.orgName.localeCompare(b.orgName, 'zh-CN'))
}
