// e2e 共用：每个测试一个新的数据目录；失败时保留截图
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import path from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, expect } from 'vitest'
import { TODAY, tempDir } from '../helpers/context'
import { type LaunchOptions, type LaunchedApp, launchApp } from '../../src/shell'

export const SHOTS = path.resolve('test-results')

/** A new app on a fresh data folder, on the suite's date (main's today() and the page's clock) unless the test pins its own. */
export async function freshApp(opts: Partial<LaunchOptions> = {}): Promise<LaunchedApp> {
  return launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => TODAY, failOnPageErrors: true, ...opts })
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

/**
 * Goes to a page through the side navigation and waits until that page shows its title, so that what the test looks for
 * next is not found on the page it came from (both pages may list the same problem or member).
 */
export async function goTo(page: Page, menu: keyof typeof PAGE_TITLES): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click()
  await page.locator('h2.page-title').filter({ hasText: new RegExp(`^${PAGE_TITLES[menu]}$`) }).waitFor()
}

/** Side navigation entry → the title its page shows. */
const PAGE_TITLES = {
  首页: '首页', 组织: '组织', 党员花名册: '党员花名册', 会议与走访: '组织生活与工作记录', 党建体检: '党建体检', 问题整改: '问题整改',
  发展党员: '发展党员', 党费: '党费收缴', 回收站: '回收站', 数据与设置: '数据与设置'
}

/** antd 对话框和遮罩出现、消失时有缩放、淡入淡出动画；动画进行中点按钮偶尔不生效，先等它们放完 */
const MOTION = ['zoom', 'fade'].flatMap((m) => ['appear', 'enter', 'leave'].map((p) => `[class*="-${m}-${p}"]`)).join(', ')

export async function settle(page: Page): Promise<void> {
  await page.waitForFunction((sel) => !document.querySelector(sel), MOTION)
}

/** 点一下打开对话框的按钮，等对话框出来、前一个对话框的关闭动画放完（之后按标签找输入框不会同时找到两个） */
export async function openDialog(trigger: Locator): Promise<void> {
  await trigger.click()
  await trigger.page().getByRole('dialog').last().waitFor()
  await settle(trigger.page())
}

/** Clicks a button in a dialog once the dialog has finished opening (and any other one closing). */
export async function clickIn(dialog: Locator, name: string | RegExp): Promise<void> {
  await settle(dialog.page())
  await dialog.getByRole('button', { name }).click()
}

/** 关掉「已导出」「已恢复」一类的提示框：等它出来再点「知道了」，并等它消失 */
export async function acknowledge(page: Page): Promise<void> {
  // 先前的确认框可能还在放关闭动画：等提示框出来、动画都放完，这时只剩它一个
  const box = page.locator('.ant-modal-confirm-success')
  await box.last().waitFor()
  await settle(page)
  await box.getByRole('button', { name: /知道了|确\s?定|OK/ }).click()
  await box.waitFor({ state: 'detached' })
}

/** On the problems page: opens the 「推进」 menu of a problem's row and picks 改为「to」 (the transition dialog opens). */
export async function advanceProblem(page: Page, row: Locator, to: string): Promise<void> {
  await row.getByRole('button', { name: '推进' }).click()
  await page.getByRole('menuitem', { name: `改为「${to}」` }).click()
}

/** 载入示例数据，进「会议与走访」，选一个党组织，打开一个页签 */
export async function meetingsTabWithDemo(page: Page, orgName: string, tab: string): Promise<void> {
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await page.getByText(/已载入示例数据/).waitFor()
  await goTo(page, '会议与走访')
  await page.getByLabel('党组织', { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(orgName, { exact: true }).click()
  await openTab(page, tab)
}

/** 点导出按钮，从弹出的保存位置读回台账：每行是各单元格的文字（空格为 ''），第一行是标题 */
export async function exportedRows(page: Page, button: string): Promise<{ file: string; rows: string[][] }> {
  await page.getByRole('button', { name: button }).click()
  const file = (await page.getByTestId('ledger-path').innerText()).trim()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const rows: string[][] = []
  wb.worksheets[0].eachRow((r) => rows.push(Array.from((r.values as unknown[]).slice(1), (v) => (v === null || v === undefined ? '' : String(v)))))
  return { file, rows }
}

/** 打开一个页签，直到它真的成为当前页签（页签切换中点击偶尔落空时再点一次） */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true })
  await expect
    .poll(async () => {
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
      return tab.getAttribute('aria-selected')
    })
    .toBe('true')
  await settle(page)
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
export function appPerTest(opts: Partial<LaunchOptions> = {}): { start: () => Promise<LaunchedApp> } {
  let app: LaunchedApp | null = null
  afterEach(async (t) => {
    if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
    await app?.close()
    app = null
  })
  return { start: async () => (app = await freshApp(opts)) }
}

/** Several apps in one test (an enterprise and a park), all closed after it: `const start = appsPerTest()`, then `await start()`. */
export function appsPerTest(opts: Partial<LaunchOptions> = {}): () => Promise<LaunchedApp> {
  const opened: LaunchedApp[] = []
  afterEach(async () => {
    for (const a of opened.splice(0)) await a.close()
  })
  return async () => {
    const app = await freshApp(opts)
    opened.push(app)
    return app
  }
}
