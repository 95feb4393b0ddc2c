// 首页概况：一个党组织（含下级）或全部组织的计数、党员结构、整改情况和待办
import type { DashboardQuery, DashboardSummary, DashboardTodo, Slice } from '../../shared/dashboard/types'
import { fullYearsBetween } from '../../shared/dates'
import { isOverdue, statusNames } from '../../shared/problems/flow'
import type { AppContext } from '../context'
import { orgSubtree } from '../members/service'
import { codeTables } from '../seeds/codes'
import { firstSteps } from './firstSteps'
import { todoProviders } from './todos'

/** Age bands shown on the dashboard, as in the roster filter. */
const AGE_BANDS: { name: string; max: number }[] = [
  { name: '35 岁及以下', max: 35 },
  { name: '36–45 岁', max: 45 },
  { name: '46–55 岁', max: 55 },
  { name: '56 岁及以上', max: Infinity }
]

const slices = (counts: Map<string, number>, order: string[]): Slice[] => order.map((name) => ({ name, value: counts.get(name) ?? 0 }))

export function dashboardSummary(ctx: AppContext, q: DashboardQuery): DashboardSummary {
  const { db } = ctx
  const today = ctx.today()
  const orgIds = q.orgId ? orgSubtree(ctx, q.orgId) : (db.prepare('SELECT id FROM orgs WHERE deleted_at IS NULL').all() as { id: string }[]).map((r) => r.id)
  const inOrgs = `IN (${orgIds.map(() => '?').join(',') || 'NULL'})`
  const enterprises = (db.prepare(`SELECT COUNT(DISTINCT enterprise_name) AS n FROM orgs WHERE deleted_at IS NULL AND id ${inOrgs}`).get(...orgIds) as { n: number }).n
  const members = db
    .prepare(`SELECT category, education, birth_date FROM members WHERE deleted_at IS NULL AND status NOT IN ('left') AND org_id ${inOrgs}`)
    .all(...orgIds) as { category: string; education: string | null; birth_date: string }[]

  const eduGroup = new Map(codeTables.education.items.map((i) => [i.code, i.group ?? '其他']))
  const edu = new Map<string, number>()
  const age = new Map<string, number>()
  for (const m of members) {
    const g = (m.education && eduGroup.get(m.education)) || '未填写'
    edu.set(g, (edu.get(g) ?? 0) + 1)
    const years = fullYearsBetween(m.birth_date, today)
    const band = AGE_BANDS.find((b) => years <= b.max)!.name
    age.set(band, (age.get(band) ?? 0) + 1)
  }
  const eduOrder = [...codeTables.education.groups.map((g) => g.name), '其他', '未填写'].filter((n) => edu.has(n))

  const problemRows = db.prepare(`SELECT status, deadline FROM problems WHERE deleted_at IS NULL AND org_id ${inOrgs}`).all(...orgIds) as { status: keyof typeof statusNames; deadline: string | null }[]
  const byStatus = new Map<string, number>()
  for (const p of problemRows) byStatus.set(statusNames[p.status], (byStatus.get(statusNames[p.status]) ?? 0) + 1)
  const open = problemRows.filter((p) => p.status !== 'closed' && p.status !== 'ongoing')

  const todos: DashboardTodo[] = todoProviders
    .flatMap((provide) => provide(ctx, orgIds))
    .sort((a, b) => (a.level === b.level ? (a.date ?? '9999').localeCompare(b.date ?? '9999') : a.level === 'overdue' ? -1 : 1))

  return {
    today,
    firstSteps: firstSteps(db, orgIds),
    counts: {
      orgs: orgIds.length,
      enterprises,
      members: members.length,
      fullMembers: members.filter((m) => m.category === 'full').length,
      probationary: members.filter((m) => m.category === 'probationary').length
    },
    education: slices(edu, eduOrder),
    age: slices(age, AGE_BANDS.map((b) => b.name)),
    problems: {
      byStatus: slices(byStatus, Object.values(statusNames)),
      open: open.length,
      overdue: open.filter((p) => isOverdue(p, today)).length
    },
    todos
  }
}
