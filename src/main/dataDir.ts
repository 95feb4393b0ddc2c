// 数据目录：Electron 版、Chromium 外壳和命令行脚本用同一个默认位置；REDTIE_DATA_DIR 可改
import os from 'node:os'
import path from 'node:path'

export const PRODUCT_DIR = '红领带党建台账'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.REDTIE_DATA_DIR) return env.REDTIE_DATA_DIR
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'))
  return path.join(base, PRODUCT_DIR, 'data')
}
