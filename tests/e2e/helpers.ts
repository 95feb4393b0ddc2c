// e2e 共用：每个测试一个新的数据目录；失败时保留截图
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach } from 'vitest'
import { tempDir } from '../helpers/context'
import { type LaunchedApp, launchApp } from './shell'

export const SHOTS = path.resolve('test-results')

export async function freshApp(): Promise<LaunchedApp> {
  return launchApp({ dataDir: tempDir('redtie-e2e-') })
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}

/** Types a date into an antd DatePicker found by its label. */
export async function fillDate(page: Page, label: string, iso: string): Promise<void> {
  const input = page.getByLabel(new RegExp(`^${label.replace(/[()（）]/g, '.')}`))
  await input.click()
  await input.fill(iso)
  await input.press('Enter')
}

/** Picks an option of an antd Select found by its label. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(new RegExp(`^${label}`)).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click()
}

/**
 * One fresh app per test, closed after it (with a screenshot in test-results/ when the test failed):
 * `const session = appPerTest()` at the top of the file, then `const app = await session.start()` in each test.
 */
export function appPerTest(): { start: () => Promise<LaunchedApp> } {
  let app: LaunchedApp | null = null
  afterEach(async (t) => {
    if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
    await app?.close()
    app = null
  })
  return { start: async () => (app = await freshApp()) }
}
