// 待办（30 天内到期或已逾期）、年度发展计划对照、给党建体检用的统计
import { dueItems, findings, stageOf } from '../../shared/development/engine'
import type { DevPlanRow, DevTodo } from '../../shared/development/schemas'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { engineData } from './rules'
import { peopleWithRecords } from './service'
import { devStore } from './store'

const factsOf = (x: ReturnType<typeof peopleWithRecords>[number]) => ({
  birthDate: x.person.birthDate,
  records: x.records,
  outcome: x.person.outcome && x.person.outcomeDate ? { kind: x.person.outcome, date: x.person.outcomeDate } : null
})

export function listTodos(ctx: AppContext, q: { orgId?: string; days: number }): DevTodo[] {
  const data = engineData(ctx)
  const today = ctx.today()
  return peopleWithRecords(ctx, q.orgId)
    .flatMap((x) => {
      const f = factsOf(x)
      const stage = stageOf(f)
      return dueItems(f, data, today, q.days).map((d) => ({ ...d, personId: x.person.id, name: x.person.name, orgId: x.person.orgId, orgName: x.person.orgName, stage }))
    })
    .sort((a, b) => a.due.localeCompare(b.due))
}

/** 年度计划对照：计划发展数、已接收预备党员（党委审批）、已转正、新递交申请书，按党组织。 */
export function planReport(ctx: AppContext, q: { orgId?: string; year: number }): DevPlanRow[] {
  const plans = devStore.plans(ctx.db, q.year)
  const inYear = (d: string | undefined): boolean => !!d && d.startsWith(`${q.year}-`)
  const rows = new Map<string, DevPlanRow>()
  const orgs = new Map(orgStore.list(ctx.db).map((o) => [o.id, o.name]))
  const scope = q.orgId ? new Set(orgSubtree(ctx, q.orgId)) : null
  const row = (orgId: string): DevPlanRow => {
    if (!rows.has(orgId)) rows.set(orgId, { orgId, orgName: orgs.get(orgId) ?? '', planned: plans.get(orgId) ?? 0, developed: 0, full: 0, applicants: 0 })
    return rows.get(orgId)!
  }
  for (const orgId of plans.keys()) if (orgs.has(orgId) && (!scope || scope.has(orgId))) row(orgId)
  for (const { person, records } of peopleWithRecords(ctx, q.orgId)) {
    const date = (k: string) => records.find((r) => r.kind === k)?.date
    if (inYear(date('approval'))) row(person.orgId).developed++
    if (inYear(date('full_approval'))) row(person.orgId).full++
    if (inYear(date('apply'))) row(person.orgId).applicants++
  }
  return [...rows.values()].sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh'))
}

export function savePlan(ctx: AppContext, input: { orgId: string; year: number; planned: number }): null {
  if (!orgStore.get(ctx.db, input.orgId)) throw notFound('党组织')
  if (input.year < Number(ctx.today().slice(0, 4)) - 5) throw invalid('只能填写近五年和以后的发展计划')
  ctx.db.transaction(() => {
    devStore.savePlan(ctx.db, input.orgId, input.year, input.planned, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: `dev-plan-${input.orgId}-${input.year}`, action: 'update', after: input })
  })()
  return null
}

/**
 * 党建体检用：某党组织（含下级）截至某日的发展党员情况——逾期未办的步骤数、违规/缺项数、当年新递交申请书的人数。
 */
export function developmentCounts(ctx: AppContext, orgId: string, date: string): { overdueSteps: number; missingOrViolations: number; newApplicants: number; inProgress: number } {
  const data = engineData(ctx)
  let overdueSteps = 0
  let missingOrViolations = 0
  let newApplicants = 0
  let inProgress = 0
  for (const x of peopleWithRecords(ctx, orgId)) {
    const records = x.records.filter((r) => r.date <= date)
    if (!records.length) continue
    const f = { ...factsOf(x), records }
    const stage = stageOf(f)
    if (stage !== 'full' && stage !== 'cancelled' && stage !== 'stopped') inProgress++
    overdueSteps += dueItems(f, data, date, 0).filter((d) => d.overdue).length
    missingOrViolations += findings(f, data).length
    if (records.some((r) => r.kind === 'apply' && r.date.slice(0, 4) === date.slice(0, 4))) newApplicants++
  }
  return { overdueSteps, missingOrViolations, newApplicants, inProgress }
}
