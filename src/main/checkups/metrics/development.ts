// B2 类发展党员：年度计划、程序是否逾期或违规、体检日前 12 个月有没有新的入党申请（都含下级组织）
import { type ReviewWindow, clampScore, reviewWindow } from '../../../shared/checkups/suggest'
import { paperDatesIn } from '../../../shared/dates'
import type { AppContext } from '../../context'
import { developmentFacts } from '../../development/reminders'
import { devStore } from '../../development/store'
import { orgSubtree } from '../../members/service'
import { orgStore } from '../../org/store'
import { type MetricFn, param } from './types'

/** 说明里最多列出几处，其余只给个数。 */
const LIST_AT_MOST = 3

const listed = (lines: string[]): string => lines.slice(0, LIST_AT_MOST).join('；') + (lines.length > LIST_AT_MOST ? `；等 ${lines.length} 处` : '')

function windowOf(ctx: AppContext, orgId: string, checkDate: string): ReviewWindow | null {
  const org = orgStore.get(ctx.db, orgId)
  return org ? reviewWindow(checkDate, org.establishedDate) : null
}

export const developmentMetrics: Record<string, MetricFn> = {
  // B2.1 有年度发展党员计划（名册是否完整看不出，请人工核对）
  'development.roster': (ctx, orgId, checkDate, item) => {
    if (!orgStore.get(ctx.db, orgId)) return null
    const year = Number(checkDate.slice(0, 4))
    const plans = devStore.plans(ctx.db, year)
    const planned = orgSubtree(ctx, orgId).filter((id) => plans.has(id))
    const note = '四本名册是否完整请人工核对'
    if (planned.length) {
      const n = planned.reduce((sum, id) => sum + (plans.get(id) ?? 0), 0)
      return { score: item.score, explanation: `已填 ${year} 年发展党员计划（计划发展 ${n} 名）；${note}` }
    }
    const d = param(item, 'noPlan', 1)
    return { score: clampScore(item.score - d, item.score), explanation: `没有填 ${year} 年发展党员计划，扣 ${d}；${note}`, finding: `未制定 ${year} 年发展党员计划` }
  },
  // B2.2 程序合规：逾期未办的步骤和违反规则的记录，每处扣 perIssue
  'development.overdueSteps': (ctx, orgId, checkDate, item) => {
    const w = windowOf(ctx, orgId, checkDate)
    if (!w) return null
    const f = developmentFacts(ctx, orgId, w.from, w.to)
    const lines = [...f.overdue.map((o) => `${o.name}：${o.title}（应于 ${o.due}）`), ...f.findings.map((x) => `${x.name}：${x.message}`)]
    if (!lines.length)
      return { score: item.score, explanation: f.inProgress ? `截至 ${checkDate}，正在发展的 ${f.inProgress} 人没有逾期或违规的步骤` : `截至 ${checkDate}，没有正在发展的人员，也没有逾期或违规的记录` }
    const per = param(item, 'perIssue', 1)
    return { score: clampScore(item.score - per * lines.length, item.score), explanation: `逾期或不合规 ${lines.length} 处，每处扣 ${per}：${listed(lines)}`, finding: `发展党员有 ${lines.length} 处步骤逾期或不合规：${paperDatesIn(listed(lines))}` }
  },
  // B2.3 年内有新的入党申请
  'development.newApplicants': (ctx, orgId, checkDate, item) => {
    const w = windowOf(ctx, orgId, checkDate)
    if (!w) return null
    const { newApplicants } = developmentFacts(ctx, orgId, w.from, w.to)
    if (newApplicants) return { score: item.score, explanation: `新递交入党申请书 ${newApplicants} 人（${w.label}）` }
    return { score: 0, explanation: `没有新递交的入党申请书（${w.label}）`, finding: '近一年没有新递交的入党申请书' }
  }
}
