// 首页待办：连续欠交党费的党员（满 3 个月黄、满 6 个月红：无正当理由连续 6 个月不交纳按自行脱党处理）
import type { DashboardTodo } from '../../shared/dashboard/types'
import type { AppContext } from '../context'
import { duesMembersIn } from './roster'
import { arrearsAmong } from './service'

export function duesTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  return arrearsAmong(ctx, duesMembersIn(ctx, orgIds))
    .filter((a) => a.level)
    .map((a) => ({
      kind: '党费',
      level: a.level === 'red' ? 'overdue' : 'soon',
      date: null,
      title: `${a.name} 连续 ${a.consecutive} 个月未交党费${a.level === 'red' ? '（满 6 个月，请核实是否按自行脱党处理）' : ''}`,
      orgName: a.orgName,
      route: '/dues/arrears'
    }))
}
