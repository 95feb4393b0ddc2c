// 报送包旅程：企业的程序载入示例数据、导出嘉州新材料党委的报送包 → 园区的新程序导入：预览、确认、在花名册里找到党员
import fs from 'node:fs'
import zlib from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { acknowledge, clickIn, freshApp, goTo } from './helpers'
import type { LaunchedApp } from './shell'

const opened: LaunchedApp[] = []
afterEach(async () => {
  for (const a of opened.splice(0)) await a.close()
})

describe('报送包旅程（Chromium 外壳）', () => {
  it('企业导出报送包，园区预览后导入，花名册里找得到', async () => {
    const ent = await freshApp()
    opened.push(ent)
    await ent.page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(ent.page, '数据与设置')
    await ent.page.getByRole('button', { name: '导出报送包…' }).click()
    const dialog = ent.page.getByRole('dialog').last()
    await dialog.getByText('报送包含完整的身份证号').waitFor()
    await dialog.getByText('附件（签到表、照片、佐证材料）的文件不放进报送包').waitFor()
    await dialog.getByTestId('submit-org').click()
    await ent.page.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
    await clickIn(dialog, '导出')
    const done = dialog.getByTestId('submit-export-done')
    await done.waitFor()
    const file = (await done.locator('code').innerText()).trim()
    expect(file).toMatch(/导出.报送包-嘉州新材料党委-\d{4}-\d{2}-\d{2}\.hldb$/)
    const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'))
    expect(doc.tables.members).toHaveLength(28)
    await ent.page.screenshot({ path: '/tmp/submit-export.png' })

    const park = await freshApp()
    opened.push(park)
    const { page } = park
    await goTo(page, '数据与设置')
    await page.locator('input[type=file][accept=".hldb"]').setInputFiles(file)
    const preview = page.getByTestId('submit-preview')
    await preview.waitFor()
    expect(await preview.innerText()).toContain('嘉州新材料党委')
    const members = page.getByTestId('submit-counts').getByRole('row', { name: /^党员/ })
    expect((await members.innerText()).split(/\s+/).slice(0, 3)).toEqual(['党员', '28', '0'])
    expect(await page.getByText('没有冲突').count()).toBe(1)
    await page.screenshot({ path: '/tmp/submit-preview.png' })
    await page.getByRole('button', { name: '确认导入' }).click()
    await page.locator('.ant-modal-confirm-title', { hasText: '已导入报送包' }).waitFor()
    expect(await page.locator('.ant-modal-confirm').innerText()).toContain('跳过 0 条')
    await acknowledge(page)
    await expect.poll(() => page.getByTestId('submit-history').innerText()).toContain('嘉州新材料党委')
    await expect.poll(() => page.getByTestId('submit-status').innerText()).toContain('嘉州新材料党委')
    await page.screenshot({ path: '/tmp/submit-after.png' })

    // 同一个包再导入一次：全部「没有变化」
    await page.locator('input[type=file][accept=".hldb"]').setInputFiles(file)
    await page.getByTestId('submit-preview').waitFor()
    const again = page.getByTestId('submit-counts').getByRole('row', { name: /^党员/ })
    await expect.poll(async () => (await again.innerText()).split(/\s+/).slice(0, 4)).toEqual(['党员', '0', '0', '28'])
    await page.getByRole('button', { name: '取消' }).click()

    await goTo(page, '党员花名册')
    await page.getByLabel('搜索党员').fill('姚子轩')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain('共 1 名')
    expect(await page.locator('.ant-table-row').first().innerText()).toContain('5111**********7340')
    await page.getByLabel('搜索党员').fill('')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain('共 28 名')
    expect(park.externalRequests).toEqual([])
  })
})
