// Excel 单元格 → 文本或日期：兼容公式结果、富文本、超链接、日期序列号和各种中文日期写法
import type ExcelJS from 'exceljs'
import { isValidIsoDate } from '../../../shared/dates'

export type CellText = { text: string; error?: string }

export function cellText(cell: ExcelJS.Cell): CellText {
  const v = cell.value
  if (v === null || v === undefined) return { text: '' }
  if (typeof v === 'string') return { text: v.trim() }
  if (typeof v === 'number') return { text: String(v) }
  if (typeof v === 'boolean') return { text: v ? '是' : '否' }
  if (v instanceof Date) return { text: utcDate(v) }
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result
      if (r === undefined || r === null || (typeof r === 'object' && 'error' in r)) return { text: '', error: '是公式且没有计算结果，请把公式改成数值' }
      return r instanceof Date ? { text: utcDate(r) } : { text: String(r).trim() }
    }
    if ('richText' in v) return { text: v.richText.map((t) => t.text).join('').trim() }
    if ('text' in v) return { text: String(v.text).trim() }
    if ('error' in v) return { text: '', error: `是错误值 ${String(v.error)}` }
  }
  return { text: String(v).trim() }
}

const utcDate = (d: Date): string => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`

/** Text or an Excel serial → ISO date; null when empty; { error } when it is not a real date. */
export function parseDate(raw: string): string | null | { error: string } {
  const s = raw.trim()
  if (!s) return null
  if (/^\d{5}(\.0+)?$/.test(s)) {
    const serial = Number(s)
    // Excel serial days from 1899-12-30 (the 1900 leap-year bug is before any party date)
    return utcDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000))
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (!m) return { error: `「${s}」不是日期（可写作 2020-01-05、2020.1.5 或 2020年1月5日）` }
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  return isValidIsoDate(iso) ? iso : { error: `「${s}」不是有效日期` }
}
