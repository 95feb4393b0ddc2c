// E2.2 党费：按月足额收缴——从党费台账看体检日上个月为止有没有欠交（有欠交扣 1；软件里没有党费台账扣 2）
import { clampScore } from '../../../shared/checkups/suggest'
import { duesMembers } from '../../dues/roster'
import { arrearsAmong } from '../../dues/service'
import { orgSubtree } from '../../members/service'
import { orgStore } from '../../org/store'
import { type MetricFn, param } from './types'

export const duesMetrics: Record<string, MetricFn> = {
  'dues.arrears': (ctx, orgId, checkDate, item) => {
    if (!orgStore.get(ctx.db, orgId)) return null
    const ids = JSON.stringify(orgSubtree(ctx, orgId))
    const kept = ctx.db.prepare(
      `SELECT (SELECT COUNT(*) FROM dues_payments WHERE deleted_at IS NULL AND org_id IN (SELECT value FROM json_each(?)))
            + (SELECT COUNT(*) FROM dues_bases b JOIN members m ON m.id = b.member_id WHERE b.deleted_at IS NULL AND m.org_id IN (SELECT value FROM json_each(?))) AS n`
    ).get(ids, ids) as { n: number }
    if (!kept.n) {
      const d = param(item, 'noLedger', 2)
      return { score: clampScore(item.score - d, item.score), explanation: `软件里没有党费基数和交纳记录（无台账扣 ${d}）；如有纸质台账请人工核对`, finding: '未建立党费收缴台账' }
    }
    const owing = arrearsAmong(ctx, duesMembers(ctx, orgId), checkDate)
    if (!owing.length) return { score: item.score, explanation: `截至体检日上个月，党员都已按月交纳党费` }
    const d = param(item, 'arrears', 1)
    const months = owing.reduce((s, a) => s + a.unpaid.length, 0)
    const names = owing.slice(0, 3).map((a) => `${a.name} ${a.unpaid.length} 个月`).join('、')
    return { score: clampScore(item.score - d, item.score), explanation: `欠交 ${owing.length} 人、共 ${months} 个月（${names}${owing.length > 3 ? ' 等' : ''}），扣 ${d}`, finding: `${owing.length} 名党员未按月交纳党费，共欠交 ${months} 个月（${names}${owing.length > 3 ? ' 等' : ''}）` }
  }
}
