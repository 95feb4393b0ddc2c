// 报送包：企业导出本组织及下级的全部记录，园区导入合并；园区把体检结果回执发回企业。界面与主进程共用的输入校验和返回类型
import { z } from 'zod'
import { uuid } from '../fields'
import type { SealNotice } from '../sealing/types'

export const submitExportInput = z.strictObject({ orgId: uuid })

const upload = {
  fileName: z.string().trim().min(1, '请选择报送包文件').max(200, '文件名太长'),
  base64: z.string().min(1, '选择的文件是空的').max(720 * 1024 * 1024, '文件过大')
}
/** 冲突的编号 → 人的选择：mine 保留本机，theirs 采用对方 */
const choices = z.record(z.string().max(300), z.enum(['mine', 'theirs'])).optional()
/** parentId：第一次导入时报送包的顶级组织挂在本机哪个组织下；null 表示作为顶级组织；不填用本机的顶级组织 */
export const submitPreviewInput = z.strictObject({ ...upload, parentId: uuid.nullable().optional(), choices })
/** confirmSender：第一次收到这个报送单位的包，人已核对它在本机的位置 */
export const submitCommitInput = z.strictObject({ ...upload, parentId: uuid.nullable(), choices, confirmSender: z.boolean().optional() })

/** 每类记录：新增、更新、没有变化、保留本机（本机的字段或冲突里选了保留）、跳过 */
export type MergeCounts = { added: number; updated: number; unchanged: number; keptLocal: number; skipped: number }
export type TableCounts = MergeCounts & { table: string; label: string }
/** 跳过的一行：不合格、不在报送单位之内，或与本机另一条记录冲突 */
export type SubmitSkip = { label: string; record: string; reason: string }
/** 两边自上次往来后都改了的同一字段：人选保留本机还是采用对方 */
export type FieldConflict = { key: string; label: string; record: string; field: string; mine: string; theirs: string }

export type SubmitPreview = {
  /** submission：企业的报送包；receipt：园区发回的体检结果回执 */
  kind: 'submission' | 'receipt'
  fileName: string
  orgId: string
  /** 本机已有这个组织时用本机的名称 */
  orgName: string
  exportedAt: string
  appVersion: string
  /** 顶级组织挂在本机哪里 */
  parentId: string | null
  /** 第一次收到这个报送单位的包：导入前要人确认 */
  firstTime: boolean
  /** 本机已有这个顶级组织（以前导入过） */
  existing: boolean
  tables: TableCounts[]
  skipped: SubmitSkip[]
  conflicts: FieldConflict[]
  /** 是否加密签名、发送方指纹；未加密的旧格式带提醒 */
  seal: SealNotice
}

export type SubmitResult = SubmitPreview & { backup: string; submissionId: string }

export type SubmissionRow = {
  id: string
  kind: 'submission' | 'receipt'
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

/** 报送情况：园区下每个企业组织最近一次导入报送包的时间（null 即未报送）；bound：已绑定报送单位，可以发回体检结果回执 */
export type SubmitStatusRow = { orgId: string; orgName: string; lastImportedAt: string | null; lastExportedAt: string | null; bound: boolean }

/** 正在预览或导入的报送包处理到哪里（界面显示进度条）；没有在处理的为 null */
export type SubmitProgress = { op: 'preview' | 'commit'; done: number; total: number; label: string } | null

/** sealedTo：加密给了哪个园区（没有导入报送配置时为 null，包不加密） */
export type SubmitExported = { path: string; orgName: string; records: number; idNumbers: number; sealedTo: string | null } | null
