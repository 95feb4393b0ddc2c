// 支部书记收党费：选支部和月份 → 给一名党员调整基数（界面算出应交）→ 补交几个月（重复月份被拒绝）→ 其余的按应交一次登记 →
// 欠交名单里没有他了 → 导出本月党费收缴台账并读回 → 登记上缴上级党委
import { describe, expect, it } from 'vitest'
import { SCENARIO_DAY } from '../helpers/clock'
import { acknowledge, appPerTest, clickIn, exportedRows, goTo, openDialog, openTab, shot } from './helpers'

// 这段旅程走的是示例数据里 2026 年的交纳：钉在示例数据的日子上
const session = appPerTest({ today: () => SCENARIO_DAY })

describe('党费旅程（Chromium 外壳）', () => {
  it('核定基数、补交、整支部登记、欠交名单、导出台账', async () => {
    const { page } = await session.start()
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '党费')
    await page.getByLabel('党组织').click()
    await page.keyboard.type('生产第一')
    await page.keyboard.press('Enter')
    await page.getByLabel('月份').click()
    await page.getByLabel('月份').fill('2026-10')
    await page.getByLabel('月份').press('Enter')
    const totals = page.getByTestId('dues-totals')
    await expect.poll(() => totals.innerText()).toContain('14 / 16')

    // 欠交名单：胡嘉怡 8–10 月没交
    await openTab(page, '欠交名单')
    const owing = page.getByRole('row', { name: /胡嘉怡/ })
    await expect.poll(() => owing.innerText()).toContain('2026-08、2026-09、2026-10')
    await openTab(page, '按月收缴')

    // 工资涨了：从 10 月起按 6000 元核定，应交 90 元
    const row = page.getByRole('row', { name: /胡嘉怡/ })
    await openDialog(row.getByRole('button', { name: '核定基数' }))
    const dialog = page.getByRole('dialog').last()
    // 现在的基数（与花名册上的党费基数一致）预先填好
    await expect.poll(() => dialog.getByLabel(/^核定基数（元）/).inputValue()).toBe('4041.00')
    await dialog.getByLabel(/^核定基数（元）/).fill('6000')
    await expect.poll(() => page.getByTestId('base-preview').innerText()).toBe('每月应交 90.00 元（基数 6000.00 元 × 1.5%）')
    await clickIn(dialog, '保存')
    await expect.poll(() => row.innerText()).toContain('90.00')
    // 同一个月的基数填错了：在历次核定里点「修改」改正（再新核定一次同月的会被拒绝）
    await openDialog(row.getByRole('button', { name: '核定基数' }))
    await dialog.getByLabel(/^核定基数（元）/).fill('6100')
    await clickIn(dialog, '保存')
    await expect.poll(() => page.getByTestId('base-error').innerText()).toContain('从 2026-10 起的基数已经核定过，请修改原来那一条')
    await dialog.getByRole('row', { name: /^2026-10/ }).getByRole('button', { name: '修改' }).click()
    await dialog.getByLabel(/^核定基数（元）/).fill('6100')
    await clickIn(dialog, '保存')
    await expect.poll(() => row.innerText()).toContain('91.50')
    await openDialog(row.getByRole('button', { name: '核定基数' }))
    await dialog.getByRole('row', { name: /^2026-10/ }).getByRole('button', { name: '修改' }).click()
    await dialog.getByLabel(/^核定基数（元）/).fill('6000')
    await clickIn(dialog, '保存')
    await expect.poll(() => row.innerText()).toContain('90.00')

    // 补交：把已交的 7 月也选上，被拒绝；改成 8–10 月
    await openDialog(row.getByRole('button', { name: '登记交纳' }))
    const months = dialog.locator('.ant-picker-range input')
    await months.nth(0).click()
    await months.nth(0).fill('2026-07')
    await months.nth(1).fill('2026-10')
    await months.nth(1).press('Enter')
    await dialog.getByLabel('收款人').fill('蒋玉兰')
    await clickIn(dialog, '保存')
    await expect.poll(() => page.getByTestId('pay-error').innerText()).toContain('2026-07 已经登记交纳')
    await months.nth(0).click()
    await months.nth(0).fill('2026-08')
    await months.nth(1).fill('2026-10')
    await months.nth(1).press('Enter')
    await clickIn(dialog, '保存')
    await page.getByText('已登记 胡嘉怡 3 个月的党费').waitFor()
    await expect.poll(() => totals.innerText()).toContain('15 / 16')

    // 其余未交的按应交一次登记
    await openDialog(page.getByRole('button', { name: '未交的按应交登记' }))
    await clickIn(page.getByRole('dialog').last(), '登记')
    await page.getByText('已按应交登记 1 人').waitFor()
    await expect.poll(() => totals.innerText()).toContain('16 / 16')
    const [due, paid] = (await totals.innerText()).match(/[\d,]+\.\d\d/g)!.map((x) => Number(x.replace(/,/g, '')))
    expect(paid).toBe(due)
    await shot(page, '党费-按月收缴')

    await openTab(page, '欠交名单')
    await expect.poll(async () => (await page.locator('.ant-table').innerText()).includes('2026-08')).toBe(false)
    await openTab(page, '按月收缴')

    const { rows } = await exportedRows(page, '导出本月台账')
    expect(rows[0][0]).toBe('党费收缴台账')
    const hu = rows.find((r) => r[1] === '胡嘉怡')!
    expect([hu[4], hu[5], hu[6], hu[7], hu[8], hu[11]]).toEqual(['6000', '1.5%', '90', '90', '2026-10', '补交 1 个月'])
    expect(rows.at(-1)!.slice(1, 9)).toEqual(['合计', '', '', '', '', String(due), String(paid), '已交 16 / 16'])
    await acknowledge(page)

    // 把本月收齐的党费上缴上级党委，登记凭证号；0 元被拒绝
    await openTab(page, '上缴与返还')
    await openDialog(page.getByRole('button', { name: '登记上缴或返还' }))
    await clickIn(dialog, '保存')
    await expect.poll(() => page.getByTestId('remittance-error').innerText()).toBe('金额应大于 0')
    await dialog.getByLabel('金额（元）').fill(String(paid))
    await dialog.getByLabel('上缴给 / 返还单位').fill('嘉州新材料党委')
    await dialog.getByLabel('凭证号').fill('DF-2026-10-01')
    await clickIn(dialog, '保存')
    await expect.poll(() => page.getByTestId('remittance-totals').innerText()).toContain(`上缴 ${paid.toFixed(2)} 元`)
    await expect.poll(() => page.locator('.ant-table-row', { hasText: 'DF-2026-10-01' }).innerText()).toContain('2026-10')
  })
})
