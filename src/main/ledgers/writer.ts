// 台账写出：标题行、填报单位与日期、加粗带框表头（每页重复）、全部单元格边框、自动换行与行高、A4、页脚页码、冻结表头
import ExcelJS from 'exceljs'
import { paperDate } from '../../shared/dates'
import { BASE_FONT_SIZE, wrappedLines } from './textWidth'
import type { CellValue, LedgerColumn, LedgerDefinition, LedgerMeta } from './types'

const TITLE_SIZE = 18
const META_SIZE = 11
const HEADER_SIZE = 11
const BODY_SIZE = BASE_FONT_SIZE
/** Points per wrapped line, and the padding a row gets on top of its lines. */
const BODY_LINE = 14.5
const BODY_PAD = 6
const HEADER_LINE = 15
const HEADER_PAD = 8
const FOOTER = '&C第 &P 页 共 &N 页'
/** Column width units taken by the cell padding (5 px of 7). */
const PADDING = 5 / 7

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

function bodyStyle<R>(c: LedgerColumn<R>): Partial<ExcelJS.Style> {
  return {
    ...(c.kind === 'text' ? { numFmt: '@' } : c.kind === 'money' ? { numFmt: '#,##0.00' } : {}),
    font: font(BODY_SIZE),
    alignment: { horizontal: c.align ?? 'center', vertical: 'middle', wrapText: true },
    border: BOX
  }
}

/** exceljs drops a column width of exactly 9 (its own default) from the file; Excel would then use 8.43. */
const columnWidth = (w: number): number => (w === 9 ? 9.01 : w)

export function buildLedgerWorkbook<R>(def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = '红领带党建台账'
  wb.created = new Date(`${meta.date}T00:00:00`)
  addLedgerSheet(wb, def, rows, meta)
  return wb
}

export function addLedgerSheet<R>(wb: ExcelJS.Workbook, def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta): ExcelJS.Worksheet {
  const cols = def.columns
  const n = cols.length
  const grouped = cols.some((c) => c.group)
  const headerTop = 3
  const headerBottom = grouped ? 4 : 3
  const ws = wb.addWorksheet(def.sheetName.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: def.orientation,
      fitToPage: true,
      fitToWidth: def.pagesWide ?? 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerTop}:${headerBottom}`,
      ...(def.repeatColumns ? { printTitlesColumn: def.repeatColumns } : {})
    },
    headerFooter: { oddFooter: FOOTER, evenFooter: FOOTER },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }]
  })
  ws.columns = cols.map((c) => ({ width: columnWidth(c.width), style: c.kind === 'text' ? { numFmt: '@' } : {} }))

  ws.mergeCells(1, 1, 1, n)
  const title = ws.getCell(1, 1)
  title.value = def.title
  title.style = { font: font(TITLE_SIZE, true), alignment: { horizontal: 'center', vertical: 'middle' } }
  ws.getRow(1).height = 34

  const half = Math.max(1, Math.floor(n / 2))
  ws.mergeCells(2, 1, 2, half)
  if (half < n) ws.mergeCells(2, half + 1, 2, n)
  const unit = ws.getCell(2, 1)
  unit.value = `填报单位：${meta.unitName}`
  unit.style = { font: font(META_SIZE), alignment: { horizontal: 'left', vertical: 'middle' } }
  const dateText = `填报日期：${paperDate(meta.date)}`
  if (half < n) {
    const date = ws.getCell(2, half + 1)
    date.value = dateText
    date.style = { font: font(META_SIZE), alignment: { horizontal: 'right', vertical: 'middle' } }
  } else unit.value = `填报单位：${meta.unitName}　　${dateText}` // a one-column ledger has no right half
  ws.getRow(2).height = 22

  writeHeader(ws, cols, headerTop, headerBottom)

  const styles = cols.map(bodyStyle)
  // numbers never wrap (a too narrow column shows ####), so they widen their column instead of the row
  const numeric = cols.map((c) => c.kind !== 'text')
  const numberWidth = cols.map(() => 0)
  const values: CellValue[] = new Array(n)
  rows.forEach((row, i) => {
    const r = ws.getRow(headerBottom + 1 + i)
    let lines = 1
    for (let j = 0; j < n; j++) {
      const c = cols[j]
      const v = c.value(row, i)
      values[j] = c.kind === 'text' && v !== null ? String(v) : v
      if (typeof v === 'number' && numeric[j]) numberWidth[j] = Math.max(numberWidth[j], shownNumberWidth(v, c.kind === 'money'))
      else if (v !== null && v !== '') lines = Math.max(lines, wrappedLines(String(v), c.width, BODY_SIZE))
    }
    for (let j = 0; j < n; j++) {
      const cell = r.getCell(j + 1)
      cell.value = values[j]
      cell.style = styles[j]
    }
    r.height = lines * BODY_LINE + BODY_PAD
  })
  numberWidth.forEach((w, j) => {
    if (w > cols[j].width - PADDING) ws.getColumn(j + 1).width = columnWidth(Math.ceil((w + PADDING) * 2) / 2)
  })
  return ws
}

/** Characters a number shows as: money with thousands separators and two decimals. */
function shownNumberWidth(v: number, money: boolean): number {
  if (!money) return String(v).length
  const int = Math.trunc(Math.abs(v)).toString().length
  return int + Math.floor((int - 1) / 3) + 3 + (v < 0 ? 1 : 0)
}

function writeHeader<R>(ws: ExcelJS.Worksheet, cols: LedgerColumn<R>[], top: number, bottom: number): void {
  const twoRows = bottom > top
  // lines needed by: headers spanning both rows, the group labels (top row), headers under a group (bottom row)
  let tallLines = 1
  let groupLines = 1
  let subLines = 1
  cols.forEach((c, j) => {
    const col = j + 1
    if (twoRows && !c.group) ws.mergeCells(top, col, bottom, col)
    ws.getCell(twoRows && c.group ? bottom : top, col).value = c.header
    const lines = wrappedLines(c.header, c.width, HEADER_SIZE)
    if (twoRows && c.group) subLines = Math.max(subLines, lines)
    else tallLines = Math.max(tallLines, lines)
  })
  if (twoRows) {
    for (let j = 0; j < cols.length; ) {
      const g = cols[j].group
      let k = j
      let width = cols[j].width
      while (g && k + 1 < cols.length && cols[k + 1].group === g) width += cols[++k].width
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
