// 日期规则：ISO 文本 YYYY-MM-DD；屏幕显示 2026-11-25，纸面 2026年11月25日
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3])
  if (mo < 1 || mo > 12 || d < 1) return false
  return d <= daysInMonth(y, mo)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear(), m = now.getMonth() + 1, d = now.getDate()
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Whole years from `from` to `to` (both ISO dates): age, party standing. */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number)
  const [ty, tm, td] = to.split('-').map(Number)
  let years = ty - fy
  if (tm < fm || (tm === fm && td < fd)) years -= 1
  return years
}

/** Adds natural years; 29 February clamps to 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const ny = y + years
  const nd = Math.min(d, daysInMonth(ny, m))
  return `${ny}-${String(m).padStart(2, '0')}-${String(nd).padStart(2, '0')}`
}

export function paperDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** Every ISO date inside a text written the paper way (messages that name dates, printed on a form). */
export const paperDatesIn = (text: string): string => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => (isValidIsoDate(iso) ? paperDate(iso) : iso))

/** Adds natural months; the day clamps to the month's end (01-31 + 1 month → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  const ny = Math.floor(total / 12)
  const nm = (total % 12) + 1
  const nd = Math.min(d, daysInMonth(ny, nm))
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`
}

/** Calendar days later (or earlier, for a negative n). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/**
 * A date as people type it: 20261202, 2026-12-02, 2026.12.2, 2026/12/2, 2026年12月2日 (spaces ignored).
 * Returns the ISO date, or null when the text is not one real date.
 */
export function parseTypedDate(text: string): string | null {
  const t = text.replace(/\s+/g, '')
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t) ?? /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/.exec(t)
  if (!m) return null
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  return isValidIsoDate(iso) ? iso : null
}
