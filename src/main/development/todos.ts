// 首页待办：发展党员 30 天内到期和已逾期的事项（谈话、考察、思想汇报、满一年、审批、预备期满……）
import type { DashboardTodo } from '../../shared/dashboard/types'
import type { AppContext } from '../context'
import { listTodos } from './reminders'

export function developmentTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  const ids = new Set(orgIds)
  const today = ctx.today()
  return listTodos(ctx, { days: 30 })
    .filter((t) => ids.has(t.orgId) && !t.flag && !(t.earliest && t.due < today))
    .map((t) => ({
      kind: '发展党员',
      level: t.overdue ? 'overdue' : 'soon',
      date: t.due,
      title: `${t.name}：${t.title}`,
      orgName: t.orgName,
      route: `/development/${t.personId}`
    }))
}
