// A3.2 议题前置、D2.1 经营分析会：看体检日前 12 个月（组织含下级）的议题前置登记与经营分析会记录
import { clampScore, reviewWindow } from '../../../shared/checkups/suggest'
import { analysisStore } from '../../analysis/store'
import { consultationStore } from '../../consultations/store'
import { orgSubtree } from '../../members/service'
import { orgStore } from '../../org/store'
import { type MetricFn, param } from './types'

export const roleMetrics: Record<string, MetricFn> = {
  /** 有登记给满分；没有登记扣 noRecord（有没有制度软件看不出，请人工核对）。 */
  'consultations.records': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    const w = org && reviewWindow(checkDate, org.establishedDate)
    if (!w) return null
    const rows = consultationStore.list(ctx.db, { orgIds: orgSubtree(ctx, orgId) }).filter((c) => c.submittedDate >= w.from && c.submittedDate <= w.to)
    const note = '是否建立议题前置制度请人工核对'
    if (!rows.length) {
      const d = param(item, 'noRecord', 1)
      return { score: clampScore(item.score - d, item.score), explanation: `${w.label}，没有议题前置登记，扣 ${d}；${note}（无制度扣 ${item.score}）`, finding: '近一年企业重大事项没有征求党组织意见的记录（议题前置）' }
    }
    const adopted = rows.filter((c) => c.outcome === 'adopted' || c.outcome === 'partly').length
    return { score: item.score, explanation: `${w.label}：议题前置登记 ${rows.length} 件，党组织意见被采纳或部分采纳 ${adopted} 件；${note}` }
  },
  /** 没有会扣满分；有会没有建议扣 noProposal。 */
  'analysis.meetings': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    const w = org && reviewWindow(checkDate, org.establishedDate)
    if (!w) return null
    const rows = analysisStore.list(ctx.db, { orgIds: orgSubtree(ctx, orgId) }).filter((a) => a.date >= w.from && a.date <= w.to)
    if (!rows.length) return { score: 0, explanation: `${w.label}，没有经营分析会记录（无扣 ${item.score}）`, finding: '近一年党组织没有参加企业经营分析会的记录' }
    const made = rows.reduce((n, a) => n + a.proposalsMade, 0)
    const adopted = rows.reduce((n, a) => n + a.proposalsAdopted, 0)
    const facts = `${w.label}：参加经营分析会 ${rows.length} 次，提出建议 ${made} 条，采纳 ${adopted} 条`
    if (!made) {
      const d = param(item, 'noProposal', 1.5)
      return { score: clampScore(item.score - d, item.score), explanation: `${facts}，有会无建议，扣 ${d}`, finding: '党组织参加了经营分析会，但没有提出建议' }
    }
    return { score: item.score, explanation: facts }
  }
}
