// 示例数据里 2025 年的一次体检：打印问题清单及整改通知（A4 纵向，逾期标出）；「重新打开」要写原因并出现在变更记录里
import { describe, expect, it } from 'vitest'
import { SHOTS, acknowledge, appPerTest, clickIn, goTo, openTab, shot } from './helpers'
import { isA4, pdfInfo, pdfText, pdfToPngs } from './pdf'

const session = appPerTest()

describe('整改通知与重新打开', () => {
  it('打印整改通知；重新打开已签字的体检', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '党建体检')
    await openTab(page, '体检记录')
    await page.getByRole('row', { name: /峨眉智能装备党支部/ }).getByRole('button', { name: '打开' }).click()
    await page.getByTestId('checkup-page').waitFor()
    await expect.poll(() => page.getByTestId('checkup-problems').locator('.row-overdue').count()).toBe(4)

    await page.getByRole('button', { name: '导出 PDF' }).nth(1).click()
    const file = (await page.getByTestId('pdf-path').innerText()).trim()
    await acknowledge(page)
    const flat = pdfText(file).replace(/\s+/g, '')
    expect(flat).toContain('党建体检问题清单及整改通知')
    expect(flat).toContain('峨眉智能装备党支部：')
    const codes = (ctx.db.prepare("SELECT code FROM problems WHERE source_id = 'c4ec0000-0000-4000-8000-0000000000b3' ORDER BY code").all() as { code: string }[]).map((r) => r.code)
    expect(codes.length).toBe(5)
    for (const c of codes) expect(flat).toContain(c)
    expect(flat.match(/已逾期/g)?.length).toBe(4)
    const info = pdfInfo(file)
    expect(isA4(info, false)).toBe(true)
    expect(pdfToPngs(file, SHOTS, '整改通知').length).toBe(info.pages)

    await page.getByRole('button', { name: '重新打开' }).click()
    await clickIn(page.getByRole('dialog').last(), '重新打开')
    await page.locator('.ant-message').getByText('请填写重新打开的原因').waitFor()
    await page.getByLabel('重新打开的原因').fill('企业补交了 2025 年 12 月的支委会记录')
    await clickIn(page.getByRole('dialog').last(), '重新打开')
    await page.getByText('已重新打开，可以修改').waitFor()
    expect(await page.getByLabel('C1.1 体检得分').isDisabled()).toBe(false)
    await expect.poll(() => page.getByTestId('checkup-history').innerText()).toContain('签字确认人')
    const log = ctx.db.prepare("SELECT after_json FROM change_log WHERE entity = 'checkup' AND entity_id = 'c4ec0000-0000-4000-8000-0000000000b3' ORDER BY id DESC LIMIT 1").get() as { after_json: string }
    expect(JSON.parse(log.after_json)).toMatchObject({ reason: '企业补交了 2025 年 12 月的支委会记录', signedBy: null })
    await shot(page, '体检-重新打开')
  })
})
