// 自动预评的算术：看哪段时间的记录、成立不满一年的按月折算应开次数、少一次扣多少、按达标比例折算
import { addDays, addMonths } from '../dates'

/** `label` 放在建议分说明的末尾括号里，先说结果再说看的是哪段时间。 */
export type ReviewWindow = { from: string; to: string; months: number; label: string }

const round2 = (x: number): number => Math.round(x * 100) / 100
export const clampScore = (x: number, full: number): number => round2(Math.max(0, Math.min(full, x)))

/**
 * 体检看的时间段：体检日前 12 个月（含体检日）；组织成立不满 12 个月的，从成立日起。
 * 体检日早于成立日时没有可看的记录，返回 null。
 */
export function reviewWindow(checkDate: string, establishedDate: string | null): ReviewWindow | null {
  const yearAgo = addDays(addMonths(checkDate, -12), 1)
  if (establishedDate && establishedDate > checkDate) return null
  if (!establishedDate || establishedDate <= yearAgo) return { from: yearAgo, to: checkDate, months: 12, label: `体检日前 12 个月：${yearAgo} 至 ${checkDate}` }
  const days = (Date.parse(checkDate) - Date.parse(establishedDate)) / 86_400_000 + 1
  const months = Math.max(1, Math.min(12, Math.round(days / (365 / 12))))
  return { from: establishedDate, to: checkDate, months, label: `成立以来约 ${months} 个月：${establishedDate} 至 ${checkDate}` }
}

/** 一年应开 `perYear` 次，按时间段的月数折算（四舍五入，至少 1 次）。 */
export const proratedExpected = (perYear: number, months: number): number => (perYear <= 0 ? 0 : Math.max(1, Math.round((perYear * months) / 12)))

/** 每少 1 次扣 `perMissing`，扣完为止。 */
export function shortfallScore(full: number, held: number, expected: number, perMissing: number): number {
  return clampScore(full - perMissing * Math.max(0, expected - held), full)
}

/** 得分 = 满分 × 达标人数 / 应达标人数。 */
export const shareScore = (full: number, attained: number, total: number): number => (total ? clampScore((full * attained) / total, full) : full)
