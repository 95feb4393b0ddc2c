// 首页待办：逾期的整改问题，和 30 天内到期的
import type { DashboardTodo } from '../../shared/dashboard/types'
import { addDays } from '../../shared/dates'
import type { AppContext } from '../context'
import { listProblems } from './service'

const SOON_DAYS = 30

export function problemTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  const ids = new Set(orgIds)
  const soon = addDays(ctx.today(), SOON_DAYS)
  return listProblems(ctx, {})
    .filter((p) => ids.has(p.orgId) && p.status !== 'closed' && p.status !== 'ongoing' && p.deadline && (p.overdue || p.deadline <= soon))
    .map((p) => ({
      kind: '整改',
      level: p.overdue ? 'overdue' : 'soon',
      date: p.deadline,
      title: `${p.code} ${p.description}`,
      orgName: p.orgName,
      route: '/problems'
    }))
}
