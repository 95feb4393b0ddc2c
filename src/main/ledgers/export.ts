// 导出台账：问用户存到哪里，写文件，记入变更日志（取消则什么都不写）；一本台账的填报单位取所选组织（未选时取顶级组织）
import { safeBaseName } from '../../shared/fileName'
import type { AppContext } from '../context'
import { logChange } from '../changes/log'
import { writeAtomically } from '../db/atomicFile'
import { orgStore } from '../org/store'
import type { LedgerDefinition } from './types'
import { writeLedgerFile } from './writer'

const UNIT_IN_FILE_NAME = 30

export type ExportResult = { path: string; rows: number }

/** 填报单位：所选组织的名称；未选时取顶级组织；都没有时写「（未设置组织）」。 */
export function unitNameOf(ctx: AppContext, orgId?: string): string {
  const org = orgId ? orgStore.get(ctx.db, orgId) : (orgStore.list(ctx.db).find((x) => !x.parentId) ?? null)
  return org?.name ?? '（未设置组织）'
}

/**
 * The steps every export shares, for a workbook the caller writes itself (several sheets, a template):
 * ask where to save, write, log under entity `ledger`. Resolves to the file, or null when the user cancels.
 */
export async function saveExport(
  ctx: AppContext,
  o: {
    fileName: string
    write: (file: string) => Promise<void>
    /** entity id and `after` of the change-log entry; none for files that hold no records (空白模板) */
    log?: { id: string; after: (file: string) => Record<string, unknown> }
  }
): Promise<string | null> {
  const file = await ctx.chooseSavePath(o.fileName)
  if (!file) return null
  // 先写临时文件再改名：写到一半被杀掉，最终的文件名下不会留下空文件或半个工作簿
  await writeAtomically(file, o.write)
  if (o.log) logChange(ctx.db, { actor: ctx.actor, entity: 'ledger', entityId: o.log.id, action: 'export', after: o.log.after(file) })
  return file
}

/** One declared ledger as one workbook; the change log keeps the file, the row count and `logExtra`. */
export async function exportLedger<T>(
  ctx: AppContext,
  def: LedgerDefinition<T>,
  rows: T[],
  o: { orgId?: string; fileName: (unitName: string, today: string) => string; logId: string; logExtra?: Record<string, unknown> }
): Promise<ExportResult | null> {
  const today = ctx.today()
  const unitName = unitNameOf(ctx, o.orgId)
  const file = await saveExport(ctx, {
    // 文件名里的组织名称最多 30 个字，台账名和日期留全
    fileName: o.fileName(safeBaseName(unitName, UNIT_IN_FILE_NAME), today),
    write: (f) => writeLedgerFile(def, rows, { unitName, date: today }, f),
    log: { id: o.logId, after: (f) => ({ file: f, rows: rows.length, ...o.logExtra }) }
  })
  return file ? { path: file, rows: rows.length } : null
}
