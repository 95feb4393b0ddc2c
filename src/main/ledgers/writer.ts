// 台账写出：标题行、填报单位与日期、加粗带框表头（每页重复）、全部单元格边框、自动换行与行高、A4、页脚页码、冻结表头
import ExcelJS from 'exceljs'
import { paperDate } from '../../shared/dates'
import { wrappedLines } from './textWidth'
import type { LedgerColumn, LedgerDefinition, LedgerMeta } from './types'

const FONT = '宋体'
const LINE_HEIGHT = 14.5
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN }

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
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerTop}:${headerBottom}`
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页', evenFooter: '&C第 &P 页 共 &N 页' },
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerBottom }]
  })
  ws.columns = cols.map((c) => ({ width: c.width, style: c.kind === 'text' ? { numFmt: '@' } : {} }))

  ws.mergeCells(1, 1, 1, n)
  const title = ws.getCell(1, 1)
  title.value = def.title
  title.font = { name: FONT, size: 18, bold: true }
  title.alignment = { horizontal: 'center', vertical: 'middle' }
  ws.getRow(1).height = 34

  const half = Math.max(1, Math.floor(n / 2))
  ws.mergeCells(2, 1, 2, half)
  if (half < n) ws.mergeCells(2, half + 1, 2, n)
  const unit = ws.getCell(2, 1)
  unit.value = `填报单位：${meta.unitName}`
  unit.font = { name: FONT, size: 11 }
  unit.alignment = { horizontal: 'left', vertical: 'middle' }
  if (half < n) {
    const date = ws.getCell(2, half + 1)
    date.value = `填报日期：${paperDate(meta.date)}`
    date.font = { name: FONT, size: 11 }
    date.alignment = { horizontal: 'right', vertical: 'middle' }
  }
  ws.getRow(2).height = 22

  writeHeader(ws, cols, headerTop, headerBottom)

  rows.forEach((row, i) => {
    const r = ws.getRow(headerBottom + 1 + i)
    let lines = 1
    cols.forEach((c, j) => {
      const v = c.value(row, i)
      const cell = r.getCell(j + 1)
      cell.value = c.kind === 'text' && v !== null ? String(v) : v
      if (c.kind === 'text') cell.numFmt = '@'
      if (c.kind === 'money') cell.numFmt = '#,##0.00'
      cell.font = { name: FONT, size: 10.5 }
      cell.alignment = { horizontal: c.align ?? 'center', vertical: 'middle', wrapText: true }
      cell.border = BOX
      if (v !== null && v !== '') lines = Math.max(lines, wrappedLines(String(v), c.width))
    })
    r.height = lines * LINE_HEIGHT + 6
  })
  return ws
}

function writeHeader<R>(ws: ExcelJS.Worksheet, cols: LedgerColumn<R>[], top: number, bottom: number): void {
  let maxLines = 1
  cols.forEach((c, j) => {
    const col = j + 1
    if (bottom > top && !c.group) ws.mergeCells(top, col, bottom, col)
    const cell = ws.getCell(bottom > top && c.group ? bottom : top, col)
    cell.value = c.header
    maxLines = Math.max(maxLines, wrappedLines(c.header, c.width))
  })
  if (bottom > top) {
    for (let j = 0; j < cols.length; ) {
      const g = cols[j].group
      let k = j
      while (g && k + 1 < cols.length && cols[k + 1].group === g) k++
      if (g) {
        if (k > j) ws.mergeCells(top, j + 1, top, k + 1)
        ws.getCell(top, j + 1).value = g
      }
      j = k + 1
    }
  }
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r)
    row.height = (bottom > top ? 1 : maxLines) * LINE_HEIGHT + 10
    for (let j = 1; j <= cols.length; j++) {
      // every cell of a merged range gets its own border, or spreadsheet programs draw gaps
      const cell = row.getCell(j)
      cell.font = { name: FONT, size: 11, bold: true }
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      cell.border = BOX
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
    }
  }
  if (bottom > top) ws.getRow(bottom).height = maxLines * LINE_HEIGHT + 8
}

export async function writeLedgerFile<R>(def: LedgerDefinition<R>, rows: R[], meta: LedgerMeta, file: string): Promise<void> {
  await buildLedgerWorkbook(def, rows, meta).xlsx.writeFile(file)
}
