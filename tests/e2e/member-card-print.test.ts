// 党员信息卡片：从卡片导出 PDF，A4 纵向，文字读得回来，身份证号已脱敏
import { describe, expect, it } from 'vitest'
import { SHOTS, appPerTest, goTo } from './helpers'
import { isA4, pdfInfo, pdfText, pdfToPngs } from './pdf'

const session = appPerTest()

describe('打印党员信息卡片', () => {
  it('卡片 → 导出 PDF：A4 纵向一页，姓名、组织、脱敏身份证号都在', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '党员花名册')
    const first = page.locator('.ant-table-row').first()
    const name = (await first.locator('.ant-table-cell').first().innerText()).trim()
    await first.getByRole('button', { name: '卡片' }).click()
    await page.getByRole('button', { name: '导出 PDF' }).click()
    const file = (await page.getByTestId('pdf-path').innerText()).trim()
    const member = ctx.db.prepare('SELECT m.id_number, o.name AS org FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.name = ?').get(name) as { id_number: string; org: string }
    const text = pdfText(file)
    expect(text).toContain('党员信息卡片')
    expect(text).toContain(name)
    expect(text.replace(/\s+/g, '')).toContain(member.org)
    expect(text).toContain('5111**********' + member.id_number.slice(-4))
    expect(text).not.toContain(member.id_number)
    const info = pdfInfo(file)
    expect(info.pages).toBe(1)
    expect(isA4(info, false)).toBe(true)
    expect(pdfToPngs(file, SHOTS, '党员信息卡片').length).toBe(1)
  })
})
