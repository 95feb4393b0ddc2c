// 备份列表与恢复的输入
import { z } from 'zod'

export type BackupInfo = {
  name: string
  /** 启动 / 升级前 / 恢复前 / 导入前 */
  reason: string
  createdAt: string
  sizeBytes: number
  version: number | null
  counts: { orgs: number; members: number } | null
  /** Why this file cannot be restored, if it cannot. */
  problem: string | null
}

export const restoreInput = z.union([
  z.strictObject({ name: z.string().min(1).max(200) }),
  z.strictObject({ fileName: z.string().min(1).max(200), base64: z.string().min(1, '选择的文件是空的').max(720 * 1024 * 1024, '文件太大') })
])
