// 组织生活旅程：给示例数据里的机关党支部记一个月的会（先漏写缺席原因）→ 日历 10 月变绿、9 月是红灯 →
// 登记指导员走访并把问题转入问题整改 → 导出三会一课记录台账读回 → 会议记录导出 PDF 读回
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { SCENARIO_DAY } from '../helpers/clock'
import { tempDir } from '../helpers/context'
import { SHOTS, acknowledge, clickIn, fillDate, goTo, openTab, pick, shot } from './helpers'
import { isA4, pdfInfo, pdfText, pdfToPngs } from './pdf'
import { type LaunchedApp, launchApp } from '../../src/shell'

let app: LaunchedApp | null = null
afterEach(async (t) => {
  if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
  await app?.close()
  app = null
})

const BRANCH = '嘉州新材料机关党支部'

async function pickOrg(page: Page, name: string): Promise<void> {
  await page.getByLabel('党组织', { exact: true }).click()
  await page.locator('.ant-select-dropdown:visible').getByTitle(name, { exact: true }).click()
}

const meetingCount = (a: LaunchedApp): number => (a.ctx.db.prepare('SELECT COUNT(*) AS n FROM meetings WHERE deleted_at IS NULL').get() as { n: number }).n

describe('组织生活旅程（Chromium 外壳）', () => {
  it('记一个月的会、日历红绿、走访问题进整改清单、导出三会一课台账、打印会议记录', async () => {
    app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => SCENARIO_DAY, failOnPageErrors: true, viewport: { width: 1400, height: 900 } })
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.getByText(/已载入示例数据/).waitFor()
    const before = meetingCount(app)
    await goTo(page, '会议与走访')
    await pickOrg(page, BRANCH)

    // 10 月支委会：应到只有三名支委；先漏写缺席原因被拒绝，什么也没存
    await page.getByRole('button', { name: '登记会议' }).click()
    await pick(page, '会议类型', '支委会')
    await fillDate(page, '会议日期', '2026-10-05')
    await page.getByLabel('会议主题').fill('10月支委会：研究第四季度组织生活安排')
    await page.getByLabel('主持人').fill('龚明辉')
    await expect.poll(() => page.getByTestId('attendance-summary').innerText()).toContain('应到 3 人，实到 3 人')
    await page.getByLabel('罗梓涵到会').uncheck()
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByTestId('meeting-error').innerText()).toContain('罗梓涵 缺席，请填写缺席原因')
    expect(meetingCount(app)).toBe(before)
    await page.getByLabel('罗梓涵缺席原因').fill('出差')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('会议已登记，可以继续上传签到表和照片').waitFor()
    expect(meetingCount(app)).toBe(before + 1)
    await shot(page, '组织生活-登记支委会')
    await page.getByRole('dialog').last().getByRole('button', { name: '关闭' }).last().click()

    // 10 月主题党日：先填成未来的日期被拒绝
    await page.getByRole('button', { name: '登记会议' }).click()
    await fillDate(page, '会议日期', '2026-11-30')
    await page.getByLabel('会议主题').fill('学习党的二十届四中全会精神')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByTestId('meeting-error').innerText()).toContain('晚于今天')
    await fillDate(page, '会议日期', '2026-10-15')
    await expect.poll(() => page.getByTestId('attendance-summary').innerText()).toContain('应到 12 人，实到 12 人')
    await page.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => meetingCount(app!)).toBe(before + 2)
    await page.getByRole('dialog').last().getByRole('button', { name: '关闭' }).last().click()

    // 日历：10 月绿灯，9 月红灯（没有党小组长，不要求党小组会）
    await openTab(page, '频次日历')
    await expect.poll(() => page.getByTestId('month-10').getAttribute('data-light')).toBe('green')
    expect(await page.getByTestId('month-9').getAttribute('data-light')).toBe('red')
    expect(await page.getByTestId('compliance-summary').innerText()).toContain('未设党小组')
    await shot(page, '组织生活-频次日历')

    // 指导员走访：发现的问题一键转入问题整改清单
    await openTab(page, '指导员走访')
    await page.getByRole('button', { name: '登记走访' }).click()
    await expect.poll(() => page.getByLabel('指导员', { exact: true }).inputValue()).toBe('陈立新')
    await page.getByLabel('了解情况').fill('支部按月开展主题党日，党员活动室已启用。')
    await page.getByLabel(/^发现问题/).fill('党员活动室未设置党务公开栏\n10 月党费收缴台账未更新')
    await clickIn(page.getByRole('dialog').last(), '保存')
    await page.getByText('走访记录已保存').waitFor()
    await page.getByRole('button', { name: '转入问题清单' }).click()
    await page.getByText(/已转入问题整改清单：ZG-2026-0001、ZG-2026-0002/).waitFor()
    await shot(page, '组织生活-指导员走访')
    await goTo(page, '问题整改')
    const row = page.locator('.ant-table-row', { hasText: '党员活动室未设置党务公开栏' })
    await row.waitFor()
    expect(await row.innerText()).toContain('指导员走访')
    expect(await row.innerText()).toContain(BRANCH)

    // 三会一课记录台账：导出并读回
    await goTo(page, '会议与走访')
    await page.getByRole('button', { name: '导出三会一课记录台账' }).click()
    const file = (await page.getByTestId('ledger-path').innerText()).trim()
    expect(file).toMatch(/三会一课记录台账-嘉州新材料机关党支部-2026年.*\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const rows: string[][] = []
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    expect(rows[0][0]).toBe('三会一课记录台账')
    const data = rows.slice(4)
    expect(data.length).toBe(1)
    expect(data[0].slice(1, 4)).toEqual(['支委会', '2026-10-05', '10月支委会：研究第四季度组织生活安排'])
    expect(data[0].slice(8, 11)).toEqual(['3', '2', '罗梓涵（出差）'])
    await acknowledge(page)

    // 会议记录打印：A4 纵向 PDF，文字读得回来
    await page.locator('.ant-table-row', { hasText: '10月支委会' }).getByRole('button', { name: '查看/编辑' }).click()
    await page.getByRole('button', { name: '导出 PDF' }).click()
    const pdf = (await page.getByTestId('pdf-path').innerText()).trim()
    const text = pdfText(pdf).replace(/[ \t]+/g, '')
    expect(text).toContain('支委会记录')
    expect(text).toContain(BRANCH)
    expect(text).toContain('罗梓涵（出差）')
    expect(text).toContain('2026年10月5日')
    const info = pdfInfo(pdf)
    expect(info.pages).toBe(1)
    expect(isA4(info, false)).toBe(true)
    expect(pdfToPngs(pdf, SHOTS, '会议记录').length).toBeGreaterThan(0)
    expect(app.externalRequests).toEqual([])
  })
})
