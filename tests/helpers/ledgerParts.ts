// 读回拆成几部分的台账（「（一）」「（二）」…每部分一张表）：把各部分同一条记录的格子接成一行，第一部分的列序不变
import ExcelJS from 'exceljs'

/** Each data row: the cell values of part one (index as in exceljs, from 1), then the other parts' cells after it. */
export async function joinedLedgerRows(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const parts = wb.worksheets.map((ws) => {
    const bottom = Number(String(ws.pageSetup.printTitlesRow ?? '0:0').split(':')[1])
    const rows: unknown[][] = []
    const cells = (r: ExcelJS.Row): unknown[] => Array.from({ length: ws.columnCount + 1 }, (_v, c) => (c ? (r.getCell(c).value ?? null) : undefined))
    ws.eachRow((r, n) => void (n > bottom && rows.push(cells(r))))
    return rows
  })
  return parts[0].map((row, i) => [...row, ...parts.slice(1).flatMap((p) => (p[i] ?? []).slice(1))])
}

/** The header labels in the same joined order (line breaks inside a header taken out). */
export async function joinedLedgerHeaders(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb.worksheets.flatMap((ws, k) => {
    const bottom = Number(String(ws.pageSetup.printTitlesRow ?? '0:0').split(':')[1])
    const labels = Array.from({ length: ws.columnCount + 1 }, (_v, c) => {
      const v = c ? ws.getCell(bottom, c).value : null
      return typeof v === 'string' ? v.replace(/\n/g, '') : ''
    })
    return k === 0 ? labels : labels.slice(1)
  })
}
