// 花名册导入：预览（每行的错误）→ 导入前自动备份 → 无误的新行在一个事务里写入 → 报告
import { AppError } from '../../../shared/errors'
import type { ImportReport, ImportRowView } from '../../../shared/members/import'
import { autoBackup } from '../../backup/service'
import { logChange } from '../../changes/log'
import type { AppContext } from '../../context'
import { saveExport } from '../../ledgers/export'
import { saveMember } from '../service'
import { type ImportPreview, MAX_IMPORT_BYTES, previewImport } from './parse'
import { importTemplateWorkbook } from './template'

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
  const file = await saveExport(ctx, { fileName: '党员信息导入模板.xlsx', write: (f) => importTemplateWorkbook().xlsx.writeFile(f) })
  return file ? { path: file } : null
}
