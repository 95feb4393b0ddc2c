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
  /** Says which row this is (序号、姓名、日期): repeated on continuation rows and in every part of a split ledger. */
  identifies?: boolean
}

export type LedgerDefinition<R> = {
  title: string
  sheetName: string
  orientation: 'portrait' | 'landscape'
  /** Headers may hold a line break at a word boundary (「累计\n学时」); a header line never breaks inside. */
  columns: LedgerColumn<R>[]
}

export type LedgerMeta = {
  /** 填报单位 */
  unitName: string
  /** 填报日期, ISO */
  date: string
}
