// 党员信息导入模板：表头带填写说明，代码类列是下拉（取自隐藏的「代码表」），全部按文本存
import ExcelJS from 'exceljs'
import { codeTables } from '../../seeds/codes'
import { IMPORT_COLUMNS } from './columns'

export function importTemplateWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('党员信息', { pageSetup: { paperSize: 9 } }) // A4, not the Letter a blank sheet defaults to
  const codes = wb.addWorksheet('代码表', { state: 'hidden' })
  const lists: [string, string[]][] = [
    ['民族', codeTables.ethnicity.items.map((i) => i.name)],
    ['学历', codeTables.education.items.map((i) => i.name)],
    ['党内职务', codeTables.partyPosts.items.map((i) => i.name)],
    ['工作岗位', codeTables.jobCategories.items.map((i) => i.name)],
    ['党员状态', codeTables.memberStatuses.items.map((i) => i.name)]
  ]
  lists.forEach(([title, names], j) => {
    codes.getCell(1, j + 1).value = title
    names.forEach((n, i) => (codes.getCell(i + 2, j + 1).value = n))
  })
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: c.headers[0], width: Math.max(10, c.headers[0].length * 2 + 4), style: { numFmt: '@' } }))
  const head = ws.getRow(1)
  head.font = { bold: true }
  head.height = 22
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1)
    cell.note = `${c.required ? '必填。' : ''}${c.note}`
    if (c.required) cell.font = { bold: true, color: { argb: 'FFC8102E' } }
  })
  const validations: Record<string, string> = { gender: '"男,女"', category: '"正式党员,预备党员"' }
  lists.forEach(([title, names], j) => {
    const field = IMPORT_COLUMNS.find((c) => c.headers[0] === title)!.field
    validations[field] = `代码表!$${String.fromCharCode(65 + j)}$2:$${String.fromCharCode(65 + j)}$${names.length + 1}`
  })
  IMPORT_COLUMNS.forEach((c, i) => {
    const f = validations[c.field]
    if (!f) return
    for (let r = 2; r <= 1000; r++) ws.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [f], showErrorMessage: true, errorTitle: '请从下拉列表选择', error: `「${c.headers[0]}」请从下拉列表中选择` }
  })
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  return wb
}
