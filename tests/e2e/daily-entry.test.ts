// 日常录入不丢字：有改动时关对话框先问「放弃已填写的内容？」；草稿关掉对话框、重启应用后还能恢复；
// 日期可以按几种常见写法直接打字，替换预填的日期，保存的就是打的那天
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/dates'
import { TODAY, tempDir } from '../helpers/context'
import { goTo, openTab, settle, shot } from './helpers'
import { type LaunchedApp, launchApp } from '../../src/shell'

let app: LaunchedApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

const BRANCH = '嘉州新材料机关党支部'
const launch = (dataDir: string) => launchApp({ dataDir, today: () => TODAY, failOnPageErrors: true, viewport: { width: 1366, height: 768 } })

async function meetingsOf(page: Page, org: string): Promise<void> {
  await goTo(page, '会议与走访')
  await page.getByLabel('党组织', { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(org, { exact: true }).click()
}

const confirmBox = (page: Page) => page.locator('.ant-modal-confirm').filter({ hasText: '放弃已填写的内容？' })

describe('日常录入不丢字（Chromium 外壳，1366×768）', () => {
  it('会议对话框：Esc 先问一句；关掉后草稿还在；重启应用后恢复草稿并保存', async () => {
    const dataDir = tempDir('redtie-e2e-')
    app = await launch(dataDir)
    let page = app.page
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.getByText(/已载入示例数据/).waitFor()
    await meetingsOf(page, BRANCH)

    // 没改动时 Esc 直接关
    await page.getByRole('button', { name: '登记会议' }).click()
    await page.getByLabel('会议主题').waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)

    await page.getByRole('button', { name: '登记会议' }).click()
    await page.getByLabel('会议主题').fill('学习《中国共产党支部工作条例》第三章')
    await page.getByLabel('议程 / 学习内容').fill('一、领学条例原文；二、交流发言；三、书记小结。')
    await page.keyboard.press('Escape')
    await confirmBox(page).waitFor()
    await shot(page, '日常录入-放弃已填写的内容')
    await settle(page)
    await confirmBox(page).getByRole('button', { name: '继续填写' }).click()
    await expect.poll(() => page.getByLabel('会议主题').inputValue()).toBe('学习《中国共产党支部工作条例》第三章')

    // 点遮罩外面同样先问；选「关闭」
    await settle(page)
    await page.mouse.click(5, 5)
    await confirmBox(page).last().waitFor()
    await settle(page)
    await confirmBox(page).last().getByRole('button', { name: '关闭' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    expect((app.ctx.db.prepare('SELECT COUNT(*) AS n FROM form_drafts').get() as { n: number }).n).toBe(1)

    // 重启应用：草稿还在，恢复后原样回来，保存后草稿没了
    await app.close()
    app = await launch(dataDir)
    page = app.page
    await meetingsOf(page, BRANCH)
    await page.getByRole('button', { name: '登记会议' }).click()
    await page.getByTestId('draft-offer').waitFor()
    expect(await page.getByLabel('会议主题').inputValue()).toBe('')
    await page.getByRole('button', { name: '恢复草稿' }).click()
    await expect.poll(() => page.getByLabel('会议主题').inputValue()).toBe('学习《中国共产党支部工作条例》第三章')
    expect(await page.getByLabel('议程 / 学习内容').inputValue()).toBe('一、领学条例原文；二、交流发言；三、书记小结。')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('会议已登记，可以继续上传签到表和照片').waitFor()
    const saved = app.ctx.db.prepare("SELECT topic, content FROM meetings WHERE topic LIKE '学习《中国共产党支部工作条例》%'").get()
    expect(saved).toEqual({ topic: '学习《中国共产党支部工作条例》第三章', content: '一、领学条例原文；二、交流发言；三、书记小结。' })
    expect((app.ctx.db.prepare('SELECT COUNT(*) AS n FROM form_drafts').get() as { n: number }).n).toBe(0)
    // 保存过的表没有改动：关闭不再问
    await page.getByRole('dialog').last().getByRole('button', { name: '关闭' }).last().click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('日期直接打字：五种写法都替换预填的今天，Tab 到下一栏，保存的就是打的那天', async () => {
    app = await launch(tempDir('redtie-e2e-'))
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.getByText(/已载入示例数据/).waitFor()
    await meetingsOf(page, BRANCH)
    await openTab(page, '指导员走访')
    const days = [1, 2, 3, 4, 5, 6].map((k) => addDays(TODAY, -k))
    const typed = [
      days[0].replaceAll('-', ''),
      days[1],
      `${Number(days[2].slice(0, 4))}.${Number(days[2].slice(5, 7))}.${Number(days[2].slice(8))}`,
      `${days[3].slice(0, 4)}/${Number(days[3].slice(5, 7))}/${Number(days[3].slice(8))}`,
      `${days[4].slice(0, 4)}年${Number(days[4].slice(5, 7))}月${Number(days[4].slice(8))}日`
    ]
    for (const [i, text] of typed.entries()) {
      await page.getByRole('button', { name: '登记走访' }).click()
      const date = page.getByLabel('走访日期')
      await expect.poll(() => date.inputValue()).toBe(TODAY)
      await date.click()
      await page.keyboard.type(text)
      await page.keyboard.press('Tab')
      // Tab 落在下一栏「指导员」（不是日期旁的按钮）；离开后显示统一成 YYYY-MM-DD
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('instructor')
      expect(await date.inputValue()).toBe(days[i])
      await page.getByLabel('了解情况').fill(`第 ${i + 1} 次走访：支部组织生活正常。`)
      await page.getByRole('dialog').last().getByRole('button', { name: /保\s?存/ }).click()
      await expect.poll(() => app!.ctx.db.prepare('SELECT date FROM visits WHERE findings = ?').pluck().get(`第 ${i + 1} 次走访：支部组织生活正常。`)).toBe(days[i])
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    }
  })
})
