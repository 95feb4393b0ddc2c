// 打印与导出 PDF：把打印页交给 Electron（隐藏窗口 printToPDF / 系统打印对话框）或 Chromium 外壳（page.pdf）
import fs from 'node:fs'
import { AppError } from '../../shared/errors'
import { FILE_BASE_MAX, safeBaseName } from '../../shared/fileName'
import { type PrintRequest, printKinds, printRoute } from '../../shared/print'
import { logChange } from '../changes/log'
import { writeAtomically } from '../db/atomicFile'
import type { AppContext } from '../context'

export async function exportPdf(ctx: AppContext, req: PrintRequest & { fileName?: string }): Promise<{ path: string } | null> {
  if (!ctx.renderPdf) throw new AppError('UNSUPPORTED', '当前环境不能生成 PDF')
  const pdf = await ctx.renderPdf(printRoute(req))
  // 日期留全，名称部分截短
  const file = await ctx.chooseSavePath(`${safeBaseName(req.fileName ?? printKinds[req.kind].title, FILE_BASE_MAX - 11)}-${ctx.today()}.pdf`)
  if (!file) return null
  await writeAtomically(file, (tmp) => fs.writeFileSync(tmp, pdf))
  logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: req.id, action: 'export', after: { kind: req.kind, file } })
  return { path: file }
}

export async function printWithDialog(ctx: AppContext, req: PrintRequest): Promise<null> {
  if (!ctx.printDialog) throw new AppError('UNSUPPORTED', '这里不能直接调出打印机，请先「导出 PDF」再打印')
  await ctx.printDialog(printRoute(req))
  return null
}
