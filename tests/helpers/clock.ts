// 整套测试共用的“今天”。环境变量 REDTIE_TEST_TODAY 可以把整套测试挪到别的日子（CI 用第二个日期再跑一遍），
// 证明没有测试依赖真实日历；预期结果取决于日期的测试要么从 TODAY 算出预期，要么写明自己的日期。
import { isValidIsoDate } from '../../src/shared/dates'

export const DEFAULT_TODAY = '2026-11-25'

function suiteToday(): string {
  const raw = process.env.REDTIE_TEST_TODAY?.trim()
  if (!raw) return DEFAULT_TODAY
  if (!isValidIsoDate(raw)) throw new Error(`REDTIE_TEST_TODAY 必须是 YYYY-MM-DD 格式的真实日期，收到：${raw}`)
  return raw
}

export const TODAY = suiteToday()

/** The instant the page's clock is pinned to: 09:00 local time on `today`. */
export function clockInstant(today: string = TODAY): Date {
  return new Date(`${today}T09:00:00`)
}

/**
 * The day the hand-written scenarios are set on (the demo data's 2026, records of November 2026): a test whose
 * expectations are written for that day pins it instead of following the suite's date.
 */
export const SCENARIO_DAY = '2026-11-25'
