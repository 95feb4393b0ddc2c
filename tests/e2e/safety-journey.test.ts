// 导入、备份、删除、恢复：导入有三行错的花名册 → 看到三个错误 → 改正一行再导入 → 备份 → 删党员 → 从备份恢复 → 党员回来了
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { idCheckChar } from '../../src/shared/idcard'
import { tempDir } from '../helpers/context'
import { acknowledge, appPerTest, clickIn, goTo, shot } from './helpers'

const session = appPerTest()

const ORG = '三江环保科技党支部'
const id = (b: string): string => b + idCheckChar(b)

async function writeRoster(file: string, fixed: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('花名册')
  ws.addRow(['所在党组织', '姓名', '身份证号', '民族', '学历', '入党日期', '转正日期'])
  for (let i = 1; i <= 5; i++) ws.addRow([ORG, `导入党员${i}`, id(`5111121990020${i}003`), '汉族', '本科', '2016-05-04', '2017-05-04'])
  ws.addRow([ORG, '错号者', '511112199003010030', '汉族', '本科', '2016-05-04', '2017-05-04'])
  ws.addRow([ORG, '错日者', id('51111219900302003'), '汉族', '本科', fixed ? '2016-05-04' : '2016-02-30', '2017-05-04'])
  ws.addRow([ORG, '错族者', id('51111219900303003'), '火星族', '本科', '2016-05-04', '2017-05-04'])
  await wb.xlsx.writeFile(file)
}

describe('导入、备份与恢复（Chromium 外壳）', () => {
  it('导入三行有错的表 → 改正一行再导入 → 备份 → 删除 → 恢复', async () => {
    const app = await session.start()
    const { page, ctx } = app
    const total = (): number => (ctx.db.prepare('SELECT COUNT(*) AS n FROM members WHERE deleted_at IS NULL').get() as { n: number }).n
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await expect.poll(total).toBeGreaterThan(100)
    const demo = total()
    const file = path.join(tempDir('redtie-import-'), '花名册.xlsx')
    await writeRoster(file, false)

    await goTo(page, '党员花名册')
    await page.getByRole('button', { name: /(^|\s)导入$/ }).click()
    await page.locator('.ant-modal input[type=file]').setInputFiles(file)
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('有错误 3 行')
    const rowsText = await page.getByTestId('import-rows').innerText()
    expect(rowsText).toContain('校验位')
    expect(rowsText).toContain('「2016-02-30」不是有效日期')
    expect(rowsText).toContain('民族「火星族」不在代码表中')
    await shot(page, '导入-预览三个错误')
    await page.getByRole('button', { name: '导入无误的 5 行' }).click()
    await page.getByTestId('import-done').waitFor()
    expect(total()).toBe(demo + 5)

    await writeRoster(file, true)
    await page.locator('.ant-modal input[type=file]').setInputFiles(file)
    await expect.poll(() => page.getByTestId('import-counts').innerText()).toContain('将导入 1 行，已在册 5 行，有错误 2 行')
    await page.getByRole('button', { name: '导入无误的 1 行' }).click()
    await page.getByTestId('import-done').waitFor()
    expect(total()).toBe(demo + 6)
    await page.getByRole('button', { name: '完成' }).click()

    await goTo(page, '数据与设置')
    await page.getByRole('button', { name: '立即备份' }).click()
    const saved = await page.getByText(/已备份到：/).innerText()
    const backupFile = saved.replace(/^.*已备份到：/, '').trim()
    expect(fs.existsSync(backupFile)).toBe(true)

    await goTo(page, '党员花名册')
    for (let i = 0; i < 2; i++) {
      await page.locator('.ant-table-row').first().getByRole('button', { name: '删除' }).click()
      await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click()
      await expect.poll(total).toBe(demo + 6 - (i + 1))
    }

    await goTo(page, '数据与设置')
    await page.locator('input[type=file][accept=".db"]').setInputFiles(backupFile)
    await clickIn(page.getByRole('dialog').last(), '恢复')
    await page.getByText(/恢复后共有 \d+ 个组织/).waitFor()
    await shot(page, '恢复-完成')
    expect(total()).toBe(demo + 6)
    await acknowledge(page)
    await goTo(page, '党员花名册')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain(`共 ${demo + 6} 名`)
    expect(app.externalRequests).toEqual([])
  })
})
