// 规则（按组织调整）：在「数据与设置」为园区青年党支部开启季度思想汇报（没写出处被拒绝，写明后保存为第 1 版），
// 把党课改成每年 2 次；依据写到章与条；发展党员待办随之出现思想汇报
import { describe, expect, it } from 'vitest'
import { TODAY, tempDir } from '../helpers/context'
import { goTo, openTab, shot } from './helpers'
import { launchApp } from '../../src/shell'

const YOUTH = 'd3e0a000-0000-4000-8000-000000000002'

describe('规则按组织调整（Chromium 外壳）', () => {
  it('开启地方规则要写明出处；每次调整一版存进数据库；党课频次改为每年 2 次', async () => {
    const app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => TODAY, viewport: { width: 1400, height: 900 } })
    try {
      const { page, ctx } = app
      await page.getByRole('button', { name: '载入示例数据' }).click()
      await goTo(page, '数据与设置')
      const card = page.getByTestId('rules-card')
      await card.scrollIntoViewIfNeeded()
      await expect.poll(() => card.getByTestId('rules-development').innerText()).toContain('细则第二章第七条')
      await card.getByLabel('调整规则的组织').click()
      await page.locator('.ant-select-dropdown:visible').getByTitle('嘉州高新区园区青年党支部', { exact: true }).click()
      await expect.poll(() => card.innerText()).toContain('这里改的是「嘉州高新区园区青年党支部」用的规则')

      const row = card.getByTestId('rules-development').locator('.ant-table-row', { hasText: '定期递交思想汇报' })
      expect(await row.innerText()).toContain('不启用')
      await row.getByRole('button', { name: '调 整' }).or(row.getByRole('button', { name: '调整' })).first().click()
      const dialog = page.getByRole('dialog').last()
      await dialog.getByLabel('启用').click()
      await dialog.getByRole('button', { name: '保 存' }).or(dialog.getByRole('button', { name: '保存' })).first().click()
      await expect.poll(() => dialog.getByTestId('rule-error').innerText()).toContain('请写明地方规定的出处')
      expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM rule_overrides').get()).toEqual({ n: 0 })
      await dialog.getByLabel('地方规定的出处（文件名或文号）').fill('嘉州高新区发展党员工作规程（示例）')
      await dialog.getByRole('button', { name: '保 存' }).or(dialog.getByRole('button', { name: '保存' })).first().click()
      await dialog.waitFor({ state: 'hidden' })
      await expect.poll(() => row.innerText()).toContain('嘉州高新区园区青年党支部 第 1 版')
      expect(await row.innerText()).toContain('地方规定（嘉州高新区发展党员工作规程（示例））')
      expect(ctx.db.prepare('SELECT org_id, rule_file, rule_key, version, enabled, source FROM rule_overrides').all()).toEqual([
        { org_id: YOUTH, rule_file: 'development', rule_key: 'thought_report_interval', version: 1, enabled: 1, source: '嘉州高新区发展党员工作规程（示例）' }
      ])
      await shot(page, '规则-按组织调整')

      // 党课：每年 2 次（园区青年党支部）
      await openTab(page, '组织生活频次')
      const lecture = card.getByTestId('rules-meeting-frequency')
      const period = lecture.locator('.ant-table-row', { hasText: '党课：计算周期' })
      await period.getByRole('button').first().click()
      await page.getByRole('dialog').last().locator('.ant-select').click()
      await page.locator('.ant-select-dropdown:visible').getByTitle('每年', { exact: true }).click()
      await page.getByRole('dialog').last().getByLabel('地方规定的出处（文件名或文号）').fill('嘉州高新区党建工作规范（示例）')
      await page.getByRole('dialog').last().getByRole('button', { name: '保 存' }).or(page.getByRole('dialog').last().getByRole('button', { name: '保存' })).first().click()
      await expect.poll(() => period.innerText()).toContain('每年')
      expect(ctx.db.prepare("SELECT value_json FROM rule_overrides WHERE rule_key = 'lecture.period'").get()).toEqual({ value_json: '"year"' })

      // 发展党员待办：园区青年党支部的积极分子开始有思想汇报提醒
      await goTo(page, '发展党员')
      await openTab(page, '待办')
      await expect.poll(() => page.locator('.ant-table-row:visible', { hasText: '思想汇报' }).first().innerText()).toContain('刘子豪')
      expect(app.externalRequests).toEqual([])
    } finally {
      await app.close()
    }
  }, 120_000)
})
