// 花名册导入的输入与预览、报告
import { z } from 'zod'
import { uuid } from '../fields'

export const importUpload = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  base64: z.string().min(1, '选择的文件是空的').max(42 * 1024 * 1024, '文件超过 30 MB，不像是花名册'),
  defaultOrgId: uuid.optional()
})

export type ImportRowView = {
  rowNumber: number
  name: string
  idMasked: string
  orgName: string
  /** new: 将导入; exists: 已在花名册，跳过; error: 有错误，不导入 */
  status: 'new' | 'exists' | 'error'
  errors: string[]
  warnings: string[]
}

export type ImportCounts = { total: number; new: number; exists: number; error: number }

export type ImportReport = { added: number; counts: ImportCounts; rows: ImportRowView[]; backup: string | null }
