// 启动后的例行工作（Electron 与 Chromium 外壳共用）：每天第一次启动时自动备份并清扫附件文件；
// 把花名册搜索索引预先载入内存，五万人时第一次打开花名册不用再等它
import { autoBackup } from './backup/service'
import type { AppContext } from './context'
import { warmSearchIndex } from './members/searchIndex'

export async function afterStart(ctx: AppContext): Promise<void> {
  await autoBackup(ctx, '启动')
  warmSearchIndex(ctx.db)
}
