// 备份与恢复的耗时：在五万人的数据上做一次在线备份（SQLite backup 接口）和一次从备份列表恢复（检查 → 恢复前备份 → 替换 → 重新打开）
import fs from 'node:fs'
import path from 'node:path'
import { autoBackup, restoreBackup } from '../src/main/backup/service'
import type { Figure, FigureFn } from './run'

const round = (x: number, digits = 0): number => Number(x.toFixed(digits))

export const backupRestore: FigureFn = async (env): Promise<Figure[]> => {
  const ctx = env.context()
  let t = performance.now()
  const file = await autoBackup(ctx, '升级前')
  const backupMs = performance.now() - t
  const sizeMB = fs.statSync(file!).size / 1024 / 1024
  t = performance.now()
  const restored = await restoreBackup(ctx, { name: path.basename(file!) })
  const restoreMs = performance.now() - t
  if (restored.members !== env.memberCount) throw new Error(`恢复后党员数 ${restored.members}，应为 ${env.memberCount}`)
  return [
    { name: `backup_${env.memberCount / 1000}k`, value: round(backupMs), unit: 'ms' },
    { name: 'backup_size', value: round(sizeMB, 1), unit: 'MB' },
    { name: `restore_${env.memberCount / 1000}k`, value: round(restoreMs), unit: 'ms' }
  ]
}
