// 每条记录都能看到变更记录；删除进回收站、恢复后变更记录完整
import { describe, expect, it } from 'vitest'
import { appPerTest, clickIn, goTo, shot } from './helpers'

const session = appPerTest()

describe('变更记录与回收站（Chromium 外壳）', () => {
  it('改组织备注 → 变更记录写明改了哪个字段；整改问题删除又恢复 → 三条记录', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '组织')
    await page.locator('.ant-tree').getByText(/^峨眉智能装备党支部/).click()
    await page.getByRole('button', { name: '编辑' }).click()
    await page.getByLabel('备注').fill('2026 年 11 月补录换届材料')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByTestId('org-details').getByText('2026 年 11 月补录换届材料').waitFor()
    await page.getByRole('button', { name: '变更记录' }).click()
    const history = page.getByTestId('change-history')
    await history.waitFor()
    expect(await history.innerText()).toMatch(/修改（改动字段：备注）/)
    await shot(page, '组织-变更记录')
    await page.keyboard.press('Escape')

    await goTo(page, '问题整改')
    await page.getByRole('button', { name: '登记问题' }).click()
    await page.getByLabel('问题描述').fill('党员活动室制度未上墙')
    await clickIn(page.getByRole('dialog').last(), '保存')
    const row = page.locator('.ant-table-row', { hasText: '党员活动室制度未上墙' })
    await row.waitFor()
    await row.getByRole('button', { name: '删除' }).click()
    await page.getByRole('button', { name: '删除', exact: true }).last().click()
    await row.waitFor({ state: 'detached' })
    await goTo(page, '回收站')
    const binRow = page.locator('.ant-table-row', { hasText: '党员活动室制度未上墙' })
    await binRow.getByRole('button', { name: '恢复' }).click()
    await binRow.waitFor({ state: 'detached' })
    await goTo(page, '问题整改')
    await row.getByRole('button', { name: '变更记录' }).click()
    await history.waitFor()
    const lines = await history.locator('.ant-timeline-item').allInnerTexts()
    expect(lines.map((l) => l.split(' · ').pop())).toEqual(['从回收站恢复', '删除到回收站', '新建'])
    expect(app.externalRequests).toEqual([])
  })
})
