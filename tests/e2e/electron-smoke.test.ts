// 有 Electron 运行文件的机器（打包机）上，用 Playwright 的 _electron 启动真正的应用；这里没有时跳过并说明原因
import fs from 'node:fs'
import path from 'node:path'
import { _electron } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/context'

function electronBinary(): string | null {
  try {
    const dist = path.resolve('node_modules/electron/dist')
    const file = fs.readFileSync(path.resolve('node_modules/electron/path.txt'), 'utf8').trim()
    const bin = path.join(dist, file)
    return fs.existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

const bin = electronBinary()
if (!bin) console.warn('跳过 Electron 冒烟测试：node_modules/electron 里没有 Electron 运行文件（本机不能下载）。在能下载 Electron 的机器上运行 npx electron --version 后再跑。')

describe.skipIf(!bin)('Electron 冒烟测试', () => {
  it('启动应用，window.api 可用，首页出现', async () => {
    const app = await _electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, REDTIE_DATA_DIR: tempDir() } })
    const page = await app.firstWindow()
    await page.getByText('欢迎使用红领带').waitFor()
    expect(await page.evaluate(() => typeof window.api.org.list)).toBe('function')
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await app.close()
  })
})
