// 党费计算：金额一律以「分」为整数计算，避免小数误差；比例按基数所在的一档全额套用（不是累进）
import type { DuesRules } from './rules'

/** 元（最多两位小数）→ 分；小数超过两位返回 null。 */
export function toFen(yuan: number): number | null {
  const fen = Math.round(yuan * 100)
  return Math.abs(fen - yuan * 100) < 1e-6 ? fen : null
}

/** 分 → 「1234.50」 */
export const yuan = (fen: number): string => (fen / 100).toFixed(2)

/** 千分比 → 「0.5%」 */
export const rateLabel = (permille: number): string => `${permille / 10}%`

export type DuesBasis = { category: string; baseFen: number | null; fixedFen: number | null; reducedFen: number | null }

export type MonthlyDue = { dueFen: number; permille: number | null; how: string }

/** 一名党员每月应交：有减免的按批准的数额；固定金额类别按登记的数额；其余按基数所在档的比例。 */
export function monthlyDue(b: DuesBasis, rules: DuesRules): MonthlyDue {
  const cat = rules.categories.find((c) => c.code === b.category)
  if (!cat) throw new Error(`不认识的党费人员类别：${b.category}`)
  if (b.reducedFen !== null) return { dueFen: b.reducedFen, permille: null, how: b.reducedFen === 0 ? '经批准免交' : '经批准少交' }
  if (cat.kind === 'fixed') return { dueFen: b.fixedFen ?? cat.defaultFen, permille: null, how: `${cat.name}每月固定交纳` }
  const base = b.baseFen ?? 0
  const bracket = rules.brackets[cat.brackets].find((x) => x.upToFen === null || base <= x.upToFen)!
  const step = Math.max(1, rules.roundTo.fen)
  const dueFen = Math.round((base * bracket.permille) / 1000 / step) * step
  return { dueFen, permille: bracket.permille, how: `基数 ${yuan(base)} 元 × ${rateLabel(bracket.permille)}` }
}

/** 「2026-03」往后 n 个月 */
export function addMonth(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** 从 from 到 to（含）的每个月；from 晚于 to 时为空。 */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = addMonth(m, 1)) out.push(m)
  return out
}

export type ArrearsLevel = 'yellow' | 'red'

/**
 * 欠交：从应交的第一个月到上个月，没交的月份（应交为 0 的不算欠）。
 * 连续欠交月数从上个月往前数；达到 yellowMonths 黄灯、redMonths 红灯（党章第九条：无正当理由连续 6 个月不交纳按自行脱党处理）。
 */
export function arrearsOf(
  o: { firstMonth: string; lastMonth: string; paid: Set<string>; dueOf: (month: string) => number },
  limits: { yellowMonths: number; redMonths: number }
): { unpaid: string[]; consecutive: number; level: ArrearsLevel | null } {
  const months = monthsBetween(o.firstMonth, o.lastMonth)
  const unpaid = months.filter((m) => !o.paid.has(m) && o.dueOf(m) > 0)
  let consecutive = 0
  for (let i = months.length - 1; i >= 0; i--) {
    const m = months[i]
    if (o.paid.has(m) || o.dueOf(m) === 0) break
    consecutive++
  }
  const level = consecutive >= limits.redMonths ? 'red' : consecutive >= limits.yellowMonths ? 'yellow' : null
  return { unpaid, consecutive, level }
}
