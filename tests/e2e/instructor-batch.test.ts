// 指导员的批量活：未评分的体检显示「未评分」；「全部采用建议分」只填有建议的项，可撤销；
// 问题整改按体检筛选、勾选后批量推进到销号；1366×768 下一屏看得到十几条问题；「推进」点一下就开
import { describe, expect, it } from 'vitest'
import { appPerTest, clickIn, goTo, settle, shot } from './helpers'

const session = appPerTest({ viewport: { width: 1366, height: 768 } })

describe('指导员批量操作（Chromium 外壳，1366×768）', () => {
  it('全部采用建议分与撤销；按体检筛出问题，批量推进、提交复核、销号', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.getByText(/已载入示例数据/).waitFor()
    await goTo(page, '党建体检')
    await page.getByRole('button', { name: '发起体检批次' }).click()
    const dialog = page.getByRole('dialog').last()
    await dialog.getByLabel('批次名称').fill('批量操作测试批次')
    await clickIn(dialog, '发起')
    await page.getByTestId('round-page').waitFor()
    await page.getByRole('row', { name: /三江环保科技党支部/ }).getByRole('button', { name: '评分' }).click()
    await page.getByTestId('checkup-page').waitFor()

    // 还没评分：不给等次
    await expect.poll(() => page.getByTestId('score-grade').innerText()).toContain('未评分')
    const scores = page.getByLabel(/^[A-Z]\d\.\d 体检得分$/)
    const items = await scores.count()
    const suggested = await page.locator('[data-testid^="suggest-"]').count()
    expect(suggested).toBeGreaterThan(3)
    expect(suggested).toBeLessThan(items)
    const filled = async () => (await scores.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).filter(Boolean).length

    await page.getByRole('button', { name: `全部采用建议分（${suggested} 项）` }).click()
    await expect.poll(filled).toBe(suggested)
    expect(await page.getByTestId('score-grade').innerText()).not.toContain('未评分')
    await page.getByRole('button', { name: '撤销采用' }).click()
    await expect.poll(filled).toBe(0)
    await expect.poll(() => page.getByTestId('score-grade').innerText()).toContain('未评分')
    await page.getByRole('button', { name: `全部采用建议分（${suggested} 项）` }).click()
    await expect.poll(filled).toBe(suggested)
    await shot(page, '指导员-全部采用建议分')
    await page.getByRole('button', { name: '未填的体检得分按满分填入' }).click()
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('体检已保存').waitFor()

    // 扣分项转成问题，再到问题整改里按这次体检筛出来
    await page.getByRole('button', { name: '由扣分项生成整改问题' }).click()
    await page.getByRole('button', { name: '登记选中的问题' }).click()
    const fromCheckup = page.getByTestId('checkup-problems').locator('.ant-table-row')
    await expect.poll(() => fromCheckup.count()).toBeGreaterThan(0)
    const n = await fromCheckup.count()
    const checkupId = page.url().split('/').at(-1)!

    await goTo(page, '问题整改')
    const total = await page.locator('.ant-table-row').count()
    // 一屏能看到的完整行：至少 12 条（问题不够 12 条时全部）
    const visible = await page.locator('.ant-table-row').evaluateAll((rows) => rows.filter((r) => r.getBoundingClientRect().bottom <= window.innerHeight).length)
    expect(visible).toBeGreaterThanOrEqual(Math.min(12, total))
    await shot(page, '指导员-问题整改-1366')

    await page.getByLabel('来自哪次体检').click()
    await page.locator('.ant-select-dropdown:visible').getByTitle('三江环保科技党支部 · 批量操作测试批次').click()
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(n)
    await page.locator('.ant-table-thead .ant-checkbox-input').check()

    const step = async (to: string, fill?: () => Promise<void>) => {
      await page.getByRole('button', { name: /^批量推进/ }).click()
      await page.getByRole('menuitem', { name: `改为「${to}」` }).click()
      const box = page.getByRole('dialog').last()
      await box.waitFor()
      await settle(page)
      await fill?.()
      await clickIn(box, /确\s?定/)
      await page.getByText(`${n} 条问题已改为「${to}」`).waitFor()
    }
    await step('整改中')
    await step('待复核', async () => {
      await page.getByRole('dialog').last().getByLabel(/^佐证材料/).fill('已补齐台账，照片见各条附件')
    })
    await step('已销号', async () => {
      const box = page.getByRole('dialog').last()
      await box.getByLabel('复核人').fill('陈立新')
      await box.getByLabel('复核意见').fill('整改到位，同意销号')
    })
    const rows = ctx.db.prepare("SELECT status, evidence, reviewer FROM problems WHERE source = 'checkup' AND source_id = ?").all(checkupId) as { status: string; evidence: string; reviewer: string }[]
    expect(rows).toHaveLength(n)
    expect(rows.every((r) => r.status === 'closed' && r.evidence === '已补齐台账，照片见各条附件' && r.reviewer === '陈立新')).toBe(true)
  })
})
