// 首页待办：换届到期和即将到期的党组织
import type { DashboardTodo } from '../../shared/dashboard/types'
import type { AppContext } from '../context'
import { listOrgs } from './service'

export function electionTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  const ids = new Set(orgIds)
  return listOrgs(ctx)
    .filter((o) => ids.has(o.id) && (o.electionStatus === 'overdue' || o.electionStatus === 'soon'))
    .map((o) => ({
      kind: '换届',
      level: o.electionStatus === 'overdue' ? 'overdue' : 'soon',
      date: o.electionDue,
      title: o.electionStatus === 'overdue' ? '任期已满，请按期换届' : '任期即将届满，请准备换届',
      orgName: o.name,
      route: '/orgs'
    }))
}
