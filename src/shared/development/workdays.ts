// 工作日：按国务院办公厅放假通知（seeds/rules/holidays.json）；日历没有覆盖的年份按周一至周五暂算并提示
import type { HolidayCalendar } from './types'

const day = 86_400_000
const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)
const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export function isWorkday(date: string, cal: HolidayCalendar): boolean {
  if (cal.workdays.includes(date)) return true
  if (cal.holidays.includes(date)) return false
  const dow = new Date(toMs(date)).getUTCDay()
  return dow !== 0 && dow !== 6
}

/** Working days from start to end, both included. */
export function countWorkdays(start: string, end: string, cal: HolidayCalendar): number {
  let n = 0
  for (let t = toMs(start); t <= toMs(end); t += day) if (isWorkday(toIso(t), cal)) n++
  return n
}

/** The date on which `n` working days (the start counted when it is one) are complete. */
export function workdaysEnd(start: string, n: number, cal: HolidayCalendar): string {
  let t = toMs(start)
  let left = n
  for (;;) {
    if (isWorkday(toIso(t), cal)) left--
    if (left <= 0) return toIso(t)
    t += day
  }
}

/** Chinese warning when a span runs into years the calendar does not cover; null when covered. */
export function coverageWarning(start: string, end: string, cal: HolidayCalendar): string | null {
  const missing: number[] = []
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) if (!cal.years.includes(y)) missing.push(y)
  if (!missing.length) return null
  return `节假日日历未收录 ${missing.join('、')} 年的放假安排，工作日按周一至周五暂算，请人工核对（已收录：${cal.years.join('、')} 年）`
}
