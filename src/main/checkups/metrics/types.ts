// 自动预评指标的函数形状：模板检查项里写的指标名 → 从已有台账算出建议分和算法说明（算不出时返回 null，留给人工）
import type { Suggestion } from '../../../shared/checkups/schemas'
import type { TemplateItem } from '../../../shared/checkups/template'
import type { AppContext } from '../../context'

export type MetricFn = (ctx: AppContext, orgId: string, checkDate: string, item: TemplateItem) => Suggestion | null

/** 模板里这一项的参数（metricParams），没写时用默认值。 */
export const param = (item: TemplateItem, key: string, fallback: number): number => item.metricParams?.[key] ?? fallback
