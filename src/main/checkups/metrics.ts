// 自动预评：模板检查项里写的指标名 → 从已有台账算出建议分和算法说明；人来决定用不用。
// 新的指标在 metrics/ 下按领域写好，在 METRICS 里登记；模板里指标名没有登记的检查项按人工评分处理。
import type { Suggestion } from '../../shared/checkups/schemas'
import type { TemplateItem } from '../../shared/checkups/template'
import type { AppContext } from '../context'
import { developmentMetrics } from './metrics/development'
import { duesMetrics } from './metrics/dues'
import { meetingMetrics } from './metrics/meetings'
import { mentoringMetrics } from './metrics/mentoring'
import { orgMetrics } from './metrics/org'
import { roleMetrics } from './metrics/role'
import type { MetricFn } from './metrics/types'

export const METRICS: Record<string, MetricFn> = { ...orgMetrics, ...meetingMetrics, ...developmentMetrics, ...duesMetrics, ...mentoringMetrics, ...roleMetrics }

/** Suggested scores for the items whose metric is registered and can tell. */
export function suggestScores(ctx: AppContext, orgId: string, checkDate: string, items: TemplateItem[]): Record<string, Suggestion> {
  const out: Record<string, Suggestion> = {}
  for (const item of items) {
    const fn = item.metric ? METRICS[item.metric] : undefined
    const s = fn?.(ctx, orgId, checkDate, item)
    if (s) out[item.code] = s
  }
  return out
}
