// npm run start:chromium：没有 Electron 运行文件的机器上，用 Chromium 窗口打开应用（数据与 Electron 版同一格式）
import path from 'node:path'
import { defaultDataDir } from '../src/main/dataDir'
import { launchApp } from '../src/shell'

const dataDir = defaultDataDir()
const headless = process.env.REDTIE_HEADLESS === '1'

async function main(): Promise<void> {
  const app = await launchApp({ dataDir, headless })
  console.log(`红领带党建台账已在 Chromium 中打开。数据位置：${dataDir}`)
  console.log('关闭浏览器窗口（或按 Ctrl+C）即退出。')
  const stop = async (): Promise<void> => {
    await app.close()
    process.exit(0)
  }
  app.browser.on('disconnected', () => void stop())
  process.on('SIGINT', () => void stop())
  if (headless) {
    await app.page.waitForSelector('.ant-layout')
    const shot = path.join(dataDir, 'start-chromium.png')
    await app.page.screenshot({ path: shot })
    console.log(`无界面模式：截图已保存到 ${shot}`)
    await stop()
  }
}

// 打不开（数据文件夹正被别的程序使用、只读……）时只给出中文说明
main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(1)
})
