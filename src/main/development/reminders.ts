// 待办（30 天内到期或已逾期）、年度发展计划对照、给党建体检用的统计
import { dueItems, findings, stageOf } from '../../shared/development/engine'
import type { DevPlanRow, DevTodo } from '../../shared/development/schemas'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { engineFor } from './rules'
import { peopleWithRecords } from './service'
import { devStore } from './store'

const factsOf = (x: ReturnType<typeof peopleWithRecords>[number]) => ({
  birthDate: x.person.birthDate,
  records: x.records,
  outcome: x.person.outcome && x.person.outcomeDate ? { kind: x.person.outcome, date: x.person.outcomeDate } : null
})

/** 待办：到期和逾期的事项，加上仍在发展中的人已登记记录里标出的问题（如实保存的违规，需要党组织说明或补办）。 */
export function listTodos(ctx: AppContext, q: { orgId?: string; days: number }): DevTodo[] {
  const dataFor = engineFor(ctx)
  const today = ctx.today()
  return peopleWithRecords(ctx, q.orgId)
    .flatMap((x) => {
      const data = dataFor(x.person.orgId)
      const f = factsOf(x)
      const stage = stageOf(f)
      const who = { personId: x.person.id, name: x.person.name, orgId: x.person.orgId, orgName: x.person.orgName, stage }
      const due: DevTodo[] = dueItems(f, data, today, q.days).map((d) => ({ ...d, ...who, flag: false }))
      if (stage === 'full' || stage === 'cancelled' || stage === 'stopped') return due
      const flags: DevTodo[] = findings(f, data).map((w) => ({
        rule: w.rule, title: w.message, due: x.records.filter((r) => w.kinds.includes(r.kind)).reduce((d, r) => (r.date > d ? r.date : d), ''),
        done: null, earliest: false, clause: w.clause, source: w.source, overdue: false, ...who, flag: true
      }))
      return [...due, ...flags]
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

export type DevelopmentFacts = {
  /** 已过期限仍未办的步骤 */
  overdue: { name: string; title: string; due: string }[]
  /** 已登记内容里违反规则（含缺项）的地方 */
  findings: { name: string; message: string }[]
  /** 这段时间里新递交入党申请书的人数 */
  newApplicants: number
  /** 截至 `to` 仍在发展过程中的人数 */
  inProgress: number
}

/** 党建体检用：某党组织（含下级）截至 `to` 的发展党员情况；只看 `to` 以前登记的步骤。 */
export function developmentFacts(ctx: AppContext, orgId: string, from: string, to: string): DevelopmentFacts {
  const dataFor = engineFor(ctx)
  const out: DevelopmentFacts = { overdue: [], findings: [], newApplicants: 0, inProgress: 0 }
  for (const x of peopleWithRecords(ctx, orgId)) {
    const data = dataFor(x.person.orgId)
    const records = x.records.filter((r) => r.date <= to)
    if (!records.length) continue
    const all = factsOf(x)
    const f = { ...all, records, outcome: all.outcome && all.outcome.date <= to ? all.outcome : null }
    const stage = stageOf(f)
    if (stage !== 'full' && stage !== 'cancelled' && stage !== 'stopped') out.inProgress++
    for (const d of dueItems(f, data, to, 0)) if (d.overdue) out.overdue.push({ name: x.person.name, title: d.title, due: d.due })
    // 违规只算这段时间里登记的步骤（以前的问题在以前的体检里已经算过）；缺登记的步骤看此人最近一次登记
    const latest = records.reduce((d, r) => (r.date > d ? r.date : d), '')
    for (const w of findings(f, data)) {
      const dates = records.filter((r) => w.kinds.includes(r.kind)).map((r) => r.date)
      if ((dates.length ? dates.some((d) => d >= from) : latest >= from)) out.findings.push({ name: x.person.name, message: w.message })
    }
    if (records.some((r) => r.kind === 'apply' && r.date >= from)) out.newApplicants++
  }
  return out
}
