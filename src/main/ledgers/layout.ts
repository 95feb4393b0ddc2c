// 台账的版面计划：列宽（表头不在词中间折行、数字不显示 ####）、太宽的台账拆成几部分（每部分一页宽、正文不小于 9 磅）
import { MIN_PRINTED_SIZE, printedBodySize } from './printScale'
import { BASE_FONT_SIZE, displayWidth } from './textWidth'
import type { CellValue, LedgerColumn, LedgerDefinition } from './types'

export const HEADER_SIZE = 11
/** Column width units taken by the cell padding (5 px of 7). */
export const PADDING = 5 / 7

/** Width a header needs so that none of its lines (split at the declared breaks) wraps again. */
export const headerWidth = (header: string): number =>
  Math.max(...header.split('\n').map((line) => (displayWidth(line) * HEADER_SIZE) / BASE_FONT_SIZE)) + PADDING

/** Characters a number shows as: money with thousands separators and two decimals. */
export function shownNumberWidth(v: number, money: boolean): number {
  if (!money) return String(v).length
  const int = Math.trunc(Math.abs(v)).toString().length
  return int + Math.floor((int - 1) / 3) + 3 + (v < 0 ? 1 : 0)
}

const half = (w: number): number => Math.ceil(w * 2) / 2

/** Each column's printed width: as declared, widened for its header lines and for the numbers it shows (numbers never wrap). */
export function columnWidths<R>(cols: LedgerColumn<R>[], table: CellValue[][]): number[] {
  return cols.map((c, j) => {
    let w = Math.max(c.width, half(headerWidth(c.header)))
    if (c.kind !== 'text')
      for (const row of table) {
        const v = row[j]
        if (typeof v === 'number') w = Math.max(w, half(shownNumberWidth(v, c.kind === 'money') + PADDING))
      }
    return w === 9 ? 9.01 : w // exceljs drops a width of exactly 9 (its own default) from the file; Excel would then use 8.43
  })
}

/** The columns that say which row is which: those marked, else the first two. */
export function identifyingColumns<R>(cols: LedgerColumn<R>[]): number[] {
  const marked = cols.flatMap((c, j) => (c.identifies ? [j] : []))
  return marked.length ? marked : cols.slice(0, 2).map((_c, j) => j)
}

/**
 * Column indexes of each printed part. One part when the whole width prints at 9 pt or more;
 * otherwise the identifying columns begin every part and the others follow in order, a group
 * never split, as many as fit one page width at 9 pt.
 */
export function planParts<R>(def: LedgerDefinition<R>, widths: number[]): number[][] {
  const all = widths.map((_w, j) => j)
  const fits = (cols: number[]): boolean => printedBodySize(cols.map((j) => widths[j]), def.orientation) >= MIN_PRINTED_SIZE
  if (fits(all)) return [all]
  const ids = identifyingColumns(def.columns)
  const units: number[][] = []
  for (const j of all) {
    if (ids.includes(j)) continue
    const last = units.at(-1)
    const g = def.columns[j].group
    if (last && g && def.columns[last.at(-1)!].group === g) last.push(j)
    else units.push([j])
  }
  const parts: number[][] = []
  let current: number[] = []
  for (const unit of units) {
    if (current.length && !fits([...ids, ...current, ...unit])) {
      parts.push(current)
      current = []
    }
    current.push(...unit)
  }
  if (current.length) parts.push(current)
  return parts.map((p) => [...ids, ...p].sort((a, b) => a - b))
}
