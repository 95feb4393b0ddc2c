// 首页待办：花名册上预备期快满或已满、还没转正的预备党员（在「发展党员」里有记录的由那边提醒，这里不重复）
import type { DashboardTodo } from '../../shared/dashboard/types'
import { probationDue } from '../../shared/members/probation'
import type { AppContext } from '../context'
import { activeRules } from '../development/rules'

type Row = { id: string; name: string; join_date: string; transfer_in_date: string | null; org_name: string }

export function probationTodos(ctx: AppContext, orgIds: string[]): DashboardTodo[] {
  const { rules } = activeRules(ctx)
  const delay = rules.transfer_in_delay.enabled ? rules.transfer_in_delay.value : null
  const today = ctx.today()
  const rows = ctx.db
    .prepare(
      `SELECT m.id, m.name, m.join_date, m.transfer_in_date, o.name AS org_name FROM members m JOIN orgs o ON o.id = m.org_id
       WHERE m.deleted_at IS NULL AND m.category = 'probationary' AND m.status NOT IN ('left', 'suspended') AND m.join_date IS NOT NULL
         AND m.org_id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM dev_people p WHERE p.member_id = m.id AND p.deleted_at IS NULL)
       ORDER BY m.join_date`
    )
    .all(JSON.stringify(orgIds)) as Row[]
  return rows.flatMap((m): DashboardTodo[] => {
    const transferredIn = !!m.transfer_in_date && m.transfer_in_date > m.join_date
    const due = probationDue({ joinDate: m.join_date, transferredIn }, { probationMonths: rules.probation.value, transferInDelayMonths: delay }, today)
    if (!due) return []
    return [{ kind: '预备党员转正', level: due.level, date: due.latest, title: `${m.name}：${due.title}`, orgName: m.org_name, route: `/members?card=${m.id}` }]
  })
}
