// 待办的来源：每个领域一项（换届、整改……），在这里登记
import type { DashboardTodo } from '../../shared/dashboard/types'
import type { AppContext } from '../context'
import { developmentTodos } from '../development/todos'
import { duesTodos } from '../dues/todos'
import { probationTodos } from '../members/todos'
import { electionTodos } from '../org/todos'
import { problemTodos } from '../problems/todos'
import { meetingTodos } from '../meetings/todos'

/** Gives the due and overdue items of the organisations in `orgIds` as of today. */
export type TodoProvider = (ctx: AppContext, orgIds: string[]) => DashboardTodo[]

export const todoProviders: TodoProvider[] = [electionTodos, problemTodos, meetingTodos, developmentTodos, probationTodos, duesTodos]
