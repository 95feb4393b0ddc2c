// 花名册导入：预览（每行的错误）→ 导入前自动备份 → 无误的新行在一个事务里写入 → 报告
import ExcelJS from 'exceljs'
import { AppError } from '../../../shared/errors'
import type { ImportReport, ImportRowView } from '../../../shared/members/import'
import { autoBackup } from '../../backup/service'
import { logChange } from '../../changes/log'
import type { AppContext } from '../../context'
import { codeTables } from '../../seeds/codes'
import { saveMember } from '../service'
import { IMPORT_COLUMNS } from './columns'
import { type ImportPreview, MAX_IMPORT_BYTES, previewImport } from './parse'

type Upload = { fileName: string; base64: string; defaultOrgId?: string }

function decode(u: Upload): Buffer {
  if (u.base64.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) throw new AppError('BAD_FILE', '文件超过 30 MB，不像是花名册，请检查是否选错了文件')
  return Buffer.from(u.base64, 'base64')
}

const view = (p: ImportPreview): { counts: ImportPreview['counts']; rows: ImportRowView[] } => ({
  counts: p.counts,
  rows: p.rows.map(({ input: _i, ...r }) => r)
})

export async function importPreview(ctx: AppContext, u: Upload): Promise<{ counts: ImportPreview['counts']; rows: ImportRowView[] }> {
  return view(await previewImport(ctx, decode(u), u.defaultOrgId ?? null))
}

export async function importCommit(ctx: AppContext, u: Upload): Promise<ImportReport> {
  const preview = await previewImport(ctx, decode(u), u.defaultOrgId ?? null)
  const fresh = preview.rows.filter((r) => r.status === 'new' && r.input)
  if (!fresh.length) return { added: 0, ...view(preview), backup: null }
  const backup = await autoBackup(ctx, '导入前')
  ctx.db.transaction(() => {
    for (const r of fresh) saveMember(ctx, r.input!)
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'import', action: 'create', after: { file: u.fileName, added: fresh.length, counts: preview.counts } })
  })()
  return { added: fresh.length, ...view(preview), backup }
}

export async function importTemplate(ctx: AppContext): Promise<{ path: string } | null> {
  const file = await ctx.chooseSavePath('党员信息导入模板.xlsx')
  if (!file) return null
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('党员信息')
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
  await wb.xlsx.writeFile(file)
  return { path: file }
}
