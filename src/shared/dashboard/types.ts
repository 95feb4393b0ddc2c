// 首页概况：计数、党员结构、整改情况、待办（到期和逾期的事）
import { z } from 'zod'
import { uuid } from '../fields'

export const dashboardQuery = z.strictObject({ orgId: uuid.optional() })
export type DashboardQuery = z.output<typeof dashboardQuery>

export type Slice = { name: string; value: number }

/** One thing that is due or overdue. Each domain contributes its own (src/main/<domain>/todos.ts). */
export type DashboardTodo = {
  /** Kind of item: 换届, 整改, 谈话 …, shown as a tag. */
  kind: string
  level: 'overdue' | 'soon'
  /** The deadline, if there is one. */
  date: string | null
  title: string
  orgName: string
  /** Where the user goes to act on it (a renderer route). */
  route: string
}

/** The first things a new organisation records; each is true once done. */
export type FirstSteps = { roster: boolean; committee: boolean; meeting: boolean; duesBase: boolean }

export type DashboardSummary = {
  today: string
  counts: { orgs: number; enterprises: number; members: number; fullMembers: number; probationary: number }
  education: Slice[]
  age: Slice[]
  problems: { byStatus: Slice[]; open: number; overdue: number }
  todos: DashboardTodo[]
  firstSteps: FirstSteps
}
