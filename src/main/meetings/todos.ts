// 首页待办：上个月组织生活没开齐的支部（从它的第一条会议记录起才算）、本月底前还要开的会、连续多月未参加组织生活的党员
import type { DashboardTodo } from '../../shared/dashboard/types'
import { monthEnd } from '../../shared/meetings/calendar'
import { meetingRules, meetingTypeName } from '../../shared/meetings/tables'
import type { AppContext } from '../context'
import { orgStore } from '../org/store'
import { meetingCompliance } from './reports'
import { meetingStore } from './store'

/** 本月最后几天提醒还没开的会 */
const REMIND_DAYS_BEFORE_MONTH_END = 7

export function meetingTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  const today = ctx.today()
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const [prevYear, prevMonth] = month === 1 ? [year - 1, 12] : [year, month - 1]
  const branches = orgStore.list(ctx.db).filter((o) => orgIds.includes(o.id) && meetingRules.frequency.branchOrgTypes.includes(o.orgType))
  return branches.flatMap((org): DashboardTodo[] => {
    const current = meetingCompliance(ctx, org.id, year)
    const previous = prevYear === year ? current : meetingCompliance(ctx, org.id, prevYear)
    const todos: DashboardTodo[] = []
    const last = previous.months[prevMonth - 1]
    // 本软件里还没有这个支部的会议记录（刚装上、刚导入）时，不能说它上个月没开会
    const recordedSince = meetingStore.firstDate(ctx.db, [org.id])
    if ((last.light === 'red' || last.light === 'yellow') && recordedSince && recordedSince <= monthEnd(prevYear, prevMonth))
      todos.push({ kind: '组织生活', level: 'overdue', date: monthEnd(prevYear, prevMonth), title: `${prevMonth} 月组织生活未开齐：缺${last.missing.map(meetingTypeName).join('、')}`, orgName: org.name, route: '/meetings/calendar' })
    const now = current.months[month - 1]
    const end = monthEnd(year, month)
    if (now.light === 'open' && Number(end.slice(8)) - Number(today.slice(8)) < REMIND_DAYS_BEFORE_MONTH_END)
      todos.push({ kind: '组织生活', level: 'soon', date: end, title: `本月还需召开：${now.missing.map(meetingTypeName).join('、')}`, orgName: org.name, route: '/meetings/calendar' })
    for (const a of current.absence.filter((x) => x.level))
      todos.push({ kind: '未参加组织生活', level: a.level === 'red' ? 'overdue' : 'soon', date: null, title: `${a.name} 连续 ${a.monthsMissed} 个月未参加组织生活${a.level === 'red' ? '（满 6 个月，请核实是否自行脱党）' : ''}`, orgName: org.name, route: '/meetings/calendar' })
    return todos
  })
}
