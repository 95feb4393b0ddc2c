// 台账声明：标题、列（表头、宽度、取值、格式）、方向；由 writer.ts 统一套用版式
export type CellValue = string | number | null

export type LedgerColumn<R> = {
  header: string
  width: number
  value: (row: R, index: number) => CellValue
  /** text: stored as text even when it looks like a number (身份证号, 电话) */
  kind?: 'text' | 'number' | 'date' | 'money'
  align?: 'left' | 'center' | 'right'
  /** Columns sharing a group get a merged group cell above their headers. */
  group?: string
}

export type LedgerDefinition<R> = {
  title: string
  sheetName: string
  orientation: 'portrait' | 'landscape'
  columns: LedgerColumn<R>[]
  /** Very wide ledgers print across this many pages (default 1: whole width on one page). */
  pagesWide?: number
  /** Columns repeated on every printed page, e.g. 'A:B' (序号、姓名). */
  repeatColumns?: string
}

export type LedgerMeta = {
  /** 填报单位 */
  unitName: string
  /** 填报日期, ISO */
  date: string
}
