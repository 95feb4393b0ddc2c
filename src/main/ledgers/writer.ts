// 台账写出：标题行、填报单位与日期、加粗带框表头（每页重复）、全部单元格边框、自动换行与行高、A4、页脚页码、冻结表头；
// 超过 Excel 行高上限的长文字接着写在续行里，太宽的台账拆成几部分，每部分一页宽
import ExcelJS from 'exceljs'
import { paperDate } from '../../shared/dates'
import { HEADER_SIZE, columnWidths, identifyingColumns, planParts } from './layout'
import { SIDE_MARGIN_IN } from './printScale'
import { BASE_FONT_SIZE, displayWidth, lineStarts, splitByLines, wrappedLines } from './textWidth'
import type { CellValue, LedgerColumn, LedgerDefinition, LedgerMeta } from './types'

const TITLE_SIZE = 18
const META_SIZE = 11
const BODY_SIZE = BASE_FONT_SIZE
/** Points per wrapped line, and the padding a row gets on top of its lines. */
const BODY_LINE = 14.5
const BODY_PAD = 6
const HEADER_LINE = 15
const HEADER_PAD = 8
const META_LINE = 15
const META_PAD = 7
/** Excel refuses rows taller than 409 pt; stop well short, since other programs wrap a little differently. */
export const MAX_ROW_LINES = 24
/** How a piece of text continued from the row above begins. */
export const CONTINUED = '（续）'
const FOOTER = '&C第 &P 页 共 &N 页'
const PART_NAMES = '一二三四五六七八九十'

// 宋体 with its family and GB2312 charset, as Excel writes it, so programs without 宋体 fall back to a Chinese font
const font = (size: number, bold = false): Partial<ExcelJS.Font> => ({ name: '宋体', family: 3, charset: 134, size, ...(bold ? { bold } : {}) })
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

// One style object per kind of cell, shared by every cell of that kind: exceljs then resolves it to a style id
// once per file instead of once per cell (it caches by object identity). Never mutate a cell's font/border after.
const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: font(HEADER_SIZE, true),
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: BOX,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
}

/** Dates and codes (身份证号, 电话) are never split over two lines: where a program draws them wider, they shrink instead. */
export const keptWhole = <R>(c: LedgerColumn<R>): boolean => c.kind === 'date' || c.kind === 'text'

function bodyStyle<R>(c: LedgerColumn<R>, asText = false): Partial<ExcelJS.Style> {
  return {
    ...(c.kind === 'text' || asText ? { numFmt: '@' } : c.kind === 'money' ? { numFmt: '#,##0.00' } : {}),
    font: font(BODY_SIZE),
    alignment: { horizontal: c.align ?? 'center', vertical: 'middle', ...(keptWhole(c) ? { shrinkToFit: true } : { wrapText: true }) },
    border: BOX
  }
}

/** Text a spreadsheet program would take for a formula if someone retyped it (=、+、-、@ first): kept as text. */
export const looksLikeFormula = (v: CellValue): boolean => typeof v === 'string' && /^[=+\-@]/.test(v)

export function buildLedgerWorkbook<R>(def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = '红领带党建台账'
  wb.created = new Date(`${meta.date}T00:00:00`)
  addLedgerSheet(wb, def, rows, meta)
  return wb
}

/** Writes the ledger as one sheet, or as several (「（一）」「（二）」…) when one page width would print it below 9 pt. */
export function addLedgerSheet<R>(wb: ExcelJS.Workbook, def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta): ExcelJS.Worksheet[] {
  const table = rows.map((row, i) => def.columns.map((c) => {
    const v = c.value(row, i)
    return c.kind === 'text' && v !== null ? String(v) : v
  }))
  const widths = columnWidths(def.columns, table)
  const parts = planParts(def, widths)
  return parts.map((cols, p) => {
    const suffix = parts.length > 1 ? `（${PART_NAMES[p] ?? p + 1}）` : ''
    return writeSheet(
      wb,
      { ...def, title: def.title + suffix, sheetName: def.sheetName.slice(0, 31 - suffix.length) + suffix, columns: cols.map((j) => def.columns[j]) },
      cols.map((j) => widths[j]),
      table.map((row) => cols.map((j) => row[j])),
      meta
    )
  })
}

function writeSheet<R>(wb: ExcelJS.Workbook, def: LedgerDefinition<R>, widths: number[], table: CellValue[][], meta: LedgerMeta): ExcelJS.Worksheet {
  const cols = def.columns
  const n = cols.length
  const grouped = cols.some((c) => c.group)
  const headerTop = 3
  const headerBottom = grouped ? 4 : 3
  const ws = wb.addWorksheet(def.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: def.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: SIDE_MARGIN_IN, right: SIDE_MARGIN_IN, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerTop}:${headerBottom}`
    },
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }]
  })
  ws.columns = cols.map((c, j) => ({ width: widths[j], style: c.kind === 'text' ? { numFmt: '@' } : {} }))

  ws.mergeCells(1, 1, 1, n)
  const title = ws.getCell(1, 1)
  title.value = def.title
  title.style = { font: font(TITLE_SIZE, true), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }
  ws.getRow(1).height = Math.max(34, wrappedLines(def.title, widths.reduce((s, w) => s + w, 0), TITLE_SIZE) * 24 + 10)

  writeUnitRow(ws, widths, meta)
  writeHeader(ws, cols, widths, headerTop, headerBottom)
  writeBody(ws, cols, widths, table, headerBottom + 1)
  return ws
}

/**
 * Row 2: 填报单位 on the left, wrapping onto more lines when the name is long, and 填报日期 on the right
 * in just the columns it needs; when that leaves the name too narrow a space, both share the whole row.
 */
function writeUnitRow(ws: ExcelJS.Worksheet, widths: number[], meta: LedgerMeta): void {
  const n = widths.length
  const unitText = `填报单位：${meta.unitName}`
  const dateText = `填报日期：${paperDate(meta.date)}`
  const need = (displayWidth(dateText) * META_SIZE) / BASE_FONT_SIZE + 1
  const sum = (from: number, to: number): number => widths.slice(from, to).reduce((s, w) => s + w, 0)
  // the date takes the fewest columns on the right that hold it (split: its first column, 1-based)
  let split = n
  let room = widths[n - 1]
  while (room < need && split > 2) room += widths[--split - 1]
  const style = (horizontal: 'left' | 'right'): Partial<ExcelJS.Style> => ({ font: font(META_SIZE), alignment: { horizontal, vertical: 'middle', wrapText: true } })
  const unit = ws.getCell(2, 1)
  const besideDate = n > 1 && wrappedLines(unitText, sum(0, split - 1), META_SIZE) <= 2
  if (besideDate) {
    if (split > 2) ws.mergeCells(2, 1, 2, split - 1)
    if (split < n) ws.mergeCells(2, split, 2, n)
    unit.value = unitText
    const date = ws.getCell(2, split)
    date.value = dateText
    date.style = style('right')
  } else {
    if (n > 1) ws.mergeCells(2, 1, 2, n)
    unit.value = `${unitText}　　${dateText}`
  }
  unit.style = style('left')
  const lines = wrappedLines(String(unit.value), besideDate ? sum(0, split - 1) : sum(0, n), META_SIZE)
  ws.getRow(2).height = Math.max(22, lines * META_LINE + META_PAD)
}

/**
 * Data rows, one per record; a record whose tallest cell needs more than MAX_ROW_LINES lines goes on
 * as many rows as it takes, the long texts cut into pieces marked 「（续）」 and the identifying columns repeated.
 */
function writeBody<R>(ws: ExcelJS.Worksheet, cols: LedgerColumn<R>[], widths: number[], table: CellValue[][], firstRow: number): void {
  const n = cols.length
  const styles = cols.map((c) => bodyStyle(c))
  const textStyles = cols.map((c) => bodyStyle(c, true))
  const ids = new Set(identifyingColumns(cols))
  const isText = (v: CellValue): v is string => typeof v === 'string' && v !== ''
  let r = firstRow
  for (const values of table) {
    const lines = values.map((v, j) => (isText(v) ? lineStarts(v, widths[j], BODY_SIZE).length : 1))
    const pieces = values.map((v, j) => (isText(v) && lines[j] > MAX_ROW_LINES ? splitByLines(v, widths[j], MAX_ROW_LINES, CONTINUED, BODY_SIZE) : null))
    const rowsNeeded = Math.max(1, ...pieces.map((p) => p?.length ?? 1))
    for (let k = 0; k < rowsNeeded; k++) {
      const row = ws.getRow(r++)
      let tallest = 1
      for (let j = 0; j < n; j++) {
        const v = pieces[j] ? (pieces[j]![k] ?? null) : k === 0 || ids.has(j) ? values[j] : null
        const cell = row.getCell(j + 1)
        cell.value = v
        cell.style = looksLikeFormula(v) ? textStyles[j] : styles[j]
        if (isText(v)) tallest = Math.max(tallest, k === 0 && !pieces[j] ? lines[j] : wrappedLines(v, widths[j], BODY_SIZE))
      }
      row.height = tallest * BODY_LINE + BODY_PAD
    }
  }
}

function writeHeader<R>(ws: ExcelJS.Worksheet, cols: LedgerColumn<R>[], widths: number[], top: number, bottom: number): void {
  const twoRows = bottom > top
  // lines needed by: headers spanning both rows, the group labels (top row), headers under a group (bottom row)
  let tallLines = 1
  let groupLines = 1
  let subLines = 1
  cols.forEach((c, j) => {
    const col = j + 1
    if (twoRows && !c.group) ws.mergeCells(top, col, bottom, col)
    ws.getCell(twoRows && c.group ? bottom : top, col).value = c.header
    const lines = wrappedLines(c.header, widths[j], HEADER_SIZE)
    if (twoRows && c.group) subLines = Math.max(subLines, lines)
    else tallLines = Math.max(tallLines, lines)
  })
  if (twoRows) {
    for (let j = 0; j < cols.length; ) {
      const g = cols[j].group
      let k = j
      let width = widths[j]
      while (g && k + 1 < cols.length && cols[k + 1].group === g) width += widths[++k]
      if (g) {
        if (k > j) ws.mergeCells(top, j + 1, top, k + 1)
        ws.getCell(top, j + 1).value = g
        groupLines = Math.max(groupLines, wrappedLines(g, width, HEADER_SIZE))
      }
      j = k + 1
    }
  }
  for (let r = top; r <= bottom; r++) {
    // every cell of a merged range gets the framed style itself, or spreadsheet programs draw gaps in the frame
    const row = ws.getRow(r)
    for (let j = 1; j <= cols.length; j++) row.getCell(j).style = HEADER_STYLE
  }
  const height = (lines: number): number => lines * HEADER_LINE + HEADER_PAD
  if (!twoRows) ws.getRow(top).height = height(tallLines)
  else {
    const topHeight = height(groupLines)
    ws.getRow(top).height = topHeight
    ws.getRow(bottom).height = Math.max(height(subLines), height(tallLines) - topHeight)
  }
}

export async function writeLedgerFile<R>(def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta, file: string): Promise<void> {
  await buildLedgerWorkbook(def, rows, meta).xlsx.writeFile(file)
}
