// 打印缩放：按列宽算出「调整为一页宽」时 Excel 用的缩放比例，从而知道正文印出来是几磅
import { BASE_FONT_SIZE } from './textWidth'

/** Left and right page margins, inches (the writer's page setup). */
export const SIDE_MARGIN_IN = 0.4
/** The smallest body text a person reads without effort on paper, pt. */
export const MIN_PRINTED_SIZE = 9

const PAGE_WIDTH_PT = { portrait: 595.28, landscape: 841.89 } as const

/** A column `width` units wide in points: Excel draws it 7·width + 5 px wide at 96 px per inch. */
export const columnPoints = (width: number): number => ((Math.trunc(((width * 7 + 5) / 7) * 256) / 256) * 7 * 72) / 96

/** The printable width of an A4 page, pt. */
export const printableWidth = (orientation: 'portrait' | 'landscape'): number => PAGE_WIDTH_PT[orientation] - 2 * SIDE_MARGIN_IN * 72

/** The whole-percent scale Excel picks to fit these columns on one page width (never enlarges). */
export function fitToWidthScale(widths: number[], orientation: 'portrait' | 'landscape'): number {
  const total = widths.reduce((s, w) => s + columnPoints(w), 0)
  return Math.min(100, Math.floor((printableWidth(orientation) / total) * 100)) / 100
}

/** Body text size on paper after fitting to one page width, pt. */
export const printedBodySize = (widths: number[], orientation: 'portrait' | 'landscape'): number => BASE_FONT_SIZE * fitToWidthScale(widths, orientation)
