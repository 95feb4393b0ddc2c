// 新用户的第一次使用：建组织 → 加党员（先输错身份证号）→ 拼音首字母找到 → 导出花名册 → 读回文件
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { idCheckChar } from '../../src/shared/idcard'
import { appPerTest, clickIn, fillDate, goTo, pick, shot } from './helpers'
import type { LaunchedApp } from '../../src/shell'

const session = appPerTest()

const GOOD_ID = ((b: string) => b + idCheckChar(b))('51110219880612003')
const BAD_ID = GOOD_ID.slice(0, 17) + (GOOD_ID[17] === '0' ? '1' : '0')

describe('花名册旅程（Chromium 外壳）', () => {
  it('新建组织、加党员、拼音找人、导出花名册', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByTestId('first-run').waitFor()
    await page.getByRole('button', { name: '新建组织' }).click()
    await page.getByLabel('党组织名称').fill('嘉州测试科技有限公司党支部')
    await pick(page, '党组织类型', '党支部')
    await page.getByLabel('企业名称').fill('嘉州测试科技有限公司')
    await page.getByLabel('统一社会信用代码').fill('91350100M000100Y44')
    await expect.poll(() => page.getByText('校验位不符').count()).toBeGreaterThan(0)
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByTestId('org-details').waitFor()
    expect(await page.getByTestId('org-details').innerText()).toContain('党支部')

    await goTo(page, '党员花名册')
    await page.getByRole('button', { name: '新增党员' }).click()
    await page.getByLabel('姓名', { exact: true }).fill('欧阳明华')
    await page.getByLabel('身份证号').fill(BAD_ID)
    await page.getByLabel('身份证号').blur()
    await page.getByText('身份证号校验位不正确，请核对号码是否抄错').waitFor()
    await shot(page, '花名册-身份证号错误')
    await page.getByRole('button', { name: '保存' }).click()
    expect((await window_api_count(app)).members).toBe(0)

    await page.getByLabel('身份证号').fill(GOOD_ID)
    await page.getByLabel('身份证号').blur()
    await expect.poll(() => page.getByLabel('出生日期').inputValue()).toBe('1988-06-12')
    await fillDate(page, '入党日期（支部大会通过日）', '2012-07-01')
    await fillDate(page, '转正日期', '2013-07-01')
    await page.getByLabel('联系电话').fill('13900001234')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('已添加党员 欧阳明华').waitFor()
    expect((await window_api_count(app)).members).toBe(1)

    await page.getByLabel('搜索党员').fill('oymh')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain('共 1 名')
    const row = page.locator('.ant-table-row').first()
    await expect.poll(() => row.innerText()).toContain('欧阳明华')
    expect(await row.innerText()).toContain('5111**********' + GOOD_ID.slice(-4))
    expect(await row.innerText()).toContain('男')
    await page.getByLabel('搜索党员').fill('zzz')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain('共 0 名')
    await page.getByLabel('搜索党员').fill('oymh')
    await expect.poll(() => page.getByTestId('roster-total').innerText()).toContain('共 1 名')
    await shot(page, '花名册-拼音搜索')

    await page.getByRole('button', { name: '导出花名册' }).click()
    await clickIn(page.getByRole('dialog').last(), '导出')
    const done = page.getByTestId('export-done')
    await done.waitFor()
    const file = (await done.locator('code').innerText()).trim()
    expect(file).toMatch(/导出.*党员花名册.*\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.worksheets[0]
    const cells: string[] = []
    ws.eachRow((r) => r.eachCell((c) => cells.push(String(c.value))))
    expect(cells).toContain('欧阳明华')
    expect(cells).toContain('5111**********' + GOOD_ID.slice(-4))
    expect(cells).not.toContain(GOOD_ID)
    expect(cells.join()).toContain('填报单位：嘉州测试科技有限公司党支部')
    expect(app.externalRequests).toEqual([])
  })

  it('Chromium 用 CJK 字体绘制中文（没有中文字体时会画成方框）', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByTestId('first-run').waitFor()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument')
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-testid=first-run] h3' })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    const cjk = fonts.filter((f) => /CJK|YaHei|PingFang|SimSun|Hei|Song|WenQuanYi/i.test(f.familyName))
    expect(cjk.length, `绘制字体：${fonts.map((f) => f.familyName).join('、')}`).toBeGreaterThan(0)
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThanOrEqual(10)
  })
})

async function window_api_count(a: LaunchedApp): Promise<{ members: number }> {
  return a.ctx.db.prepare('SELECT COUNT(*) AS members FROM members').get() as { members: number }
}
