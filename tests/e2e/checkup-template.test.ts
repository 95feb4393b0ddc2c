// 指标模板：随软件发布的版本不能改；复制成新版本后改分值与阈值、加检查项；删除未使用的版本
import { describe, expect, it } from 'vitest'
import { appPerTest, clickIn, goTo, openTab, shot } from './helpers'

const session = appPerTest()

describe('体检指标模板', () => {
  it('复制为新版本、修改、删除', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '党建体检')
    await openTab(page, '指标模板')
    const shipped = page.getByRole('row', { name: /2026\.1/ })
    expect(await shipped.getByRole('button', { name: '修改' }).isDisabled()).toBe(true)
    await shipped.getByRole('button', { name: '复制为新版本' }).click()
    await page.getByRole('dialog').last().getByRole('textbox').fill('2027.1-嘉州')
    await clickIn(page.getByRole('dialog').last(), '复制')
    const copy = page.getByRole('row', { name: /2027\.1-嘉州/ })
    await copy.waitFor()
    await copy.getByRole('button', { name: '修改' }).click()
    const editor = page.getByRole('dialog', { name: /修改模板/ })
    await editor.getByLabel('好 最低分', { exact: true }).fill('92')
    await editor.getByRole('button', { name: '在「基础保障」加一项' }).click()
    await editor.getByRole('button', { name: '删除 E3.4' }).waitFor()
    await shot(page, '体检-模板修改')
    await editor.getByRole('button', { name: '保存' }).click()
    await page.getByText('模板已保存').waitFor()
    await expect.poll(() => copy.innerText()).toMatch(/43\s+101/)
    const saved = app.ctx.db.prepare("SELECT body_json FROM checkup_templates WHERE version = '2027.1-嘉州'").get() as { body_json: string }
    const body = JSON.parse(saved.body_json)
    expect(body.grades.levels[0]).toEqual({ min: 92, name: '好' })
    expect(body.sections.find((s: { code: string }) => s.code === 'E').score).toBe(16)
    await copy.getByRole('button', { name: '删除' }).click()
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click()
    await expect.poll(() => page.getByRole('row', { name: /2027\.1-嘉州/ }).count()).toBe(0)
  })
})
