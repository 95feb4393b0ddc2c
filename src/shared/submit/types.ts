// 报送包：企业导出本组织及下级的全部记录，园区导入合并。界面与主进程共用的输入校验和返回类型
import { z } from 'zod'
import { uuid } from '../fields'
import type { SealNotice } from '../sealing/types'

export const submitExportInput = z.strictObject({ orgId: uuid })

const upload = {
  fileName: z.string().trim().min(1, '请选择报送包文件').max(200, '文件名太长'),
  base64: z.string().min(1, '选择的文件是空的').max(720 * 1024 * 1024, '文件太大')
}
/** parentId：报送包的顶级组织挂在本机哪个组织下；null 表示作为顶级组织；不填用上次的或本机的顶级组织 */
export const submitPreviewInput = z.strictObject({ ...upload, parentId: uuid.nullable().optional() })
export const submitCommitInput = z.strictObject({ ...upload, parentId: uuid.nullable() })

/** 每类记录：新增、更新、没有变化、本机较新而保留、因冲突跳过 */
export type MergeCounts = { added: number; updated: number; unchanged: number; keptLocal: number; skipped: number }
export type TableCounts = MergeCounts & { table: string; label: string }
export type SubmitConflict = { label: string; record: string; reason: string }

export type SubmitPreview = {
  fileName: string
  orgId: string
  orgName: string
  exportedAt: string
  appVersion: string
  parentId: string | null
  /** 本机已有这个组织时，它现在挂在哪里（上次导入时选的位置） */
  lastParentId: string | null
  tables: TableCounts[]
  conflicts: SubmitConflict[]
  /** 是否加密签名、发送方指纹；未加密的旧格式带提醒 */
  seal: SealNotice
}

export type SubmitResult = SubmitPreview & { backup: string; submissionId: string }

export type SubmissionRow = {
  id: string
  fileName: string
  orgId: string
  orgName: string
  exportedAt: string
  importedAt: string
  actor: string
  added: number
  updated: number
  skipped: number
}

/** 报送情况：园区下每个企业组织最近一次导入报送包的时间（null 即未报送） */
export type SubmitStatusRow = { orgId: string; orgName: string; lastImportedAt: string | null; lastExportedAt: string | null }

/** sealedTo：加密给了哪个园区（没有导入报送配置时为 null，包不加密） */
export type SubmitExported = { path: string; orgName: string; records: number; idNumbers: number; sealedTo: string | null } | null
