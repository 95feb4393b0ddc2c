// 首页待办：连续欠交党费的党员（满 3 个月黄、满 6 个月红：无正当理由连续 6 个月不交纳按自行脱党处理）
import type { DashboardTodo } from '../../shared/dashboard/types'
import { addMonth } from '../../shared/dues/calc'
import { duesRules } from '../../shared/dues/tables'
import type { AppContext } from '../context'
import { duesMembersById, lastClosedMonth } from './roster'
import { arrearsAmong } from './service'
import { duesStore } from './store'

export function duesTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  // 最近 yellowMonths 个月一个月都没交的才可能到黄灯：先用索引挑出这些人，再逐人细算
  const last = lastClosedMonth(ctx.today())
  const behind = duesStore.unpaidThroughIn(ctx.db, orgIds, addMonth(last, 1 - duesRules.arrears.yellowMonths), last)
  return arrearsAmong(ctx, duesMembersById(ctx, behind))
    .filter((a) => a.level)
    .map((a) => ({
      kind: '党费',
      level: a.level === 'red' ? 'overdue' : 'soon',
      date: null,
      title: `${a.name} 连续 ${a.consecutive} 个月未交党费${a.level === 'red' ? '（满 6 个月，请核实是否按自行脱党处理）' : ''}`,
      orgName: a.orgName,
      route: `/dues/arrears?org=${a.orgId}`
    }))
}
