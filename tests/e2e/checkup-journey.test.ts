// 党建指导员的一次体检：载入示例数据 → 为园区发起体检批次 → 给一家企业评分（两处扣分、一个否决项）→ 看等次与问题 →
// 打印体检表到 PDF（读回文字、A4 横向、多页、每页有表头）→ 一条问题走到销号 → 导出问题整改台账读回
import { describe, expect, it } from 'vitest'
import seed from '../../seeds/checkup-templates/default-2026.1.json'
import { SHOTS, acknowledge, advanceProblem, appPerTest, clickIn, fillDate, goTo, shot } from './helpers'
import { joinedLedgerRows } from '../helpers/ledgerParts'
import { isA4, pdfInfo, pdfText, pdfToPngs } from './pdf'

const session = appPerTest()

const C11_REASON = '本年度支委会只开了 7 次'
const E11_REASON = '没有党员活动室，也未使用园区红色驿站'

describe('党建体检旅程（Chromium 外壳）', () => {
  it('发起批次、评分、否决、生成问题、打印体检表、销号、导出台账', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '党建体检')

    await page.getByRole('button', { name: '发起体检批次' }).click()
    const dialog = page.getByRole('dialog').last()
    await expect.poll(() => dialog.getByRole('checkbox', { checked: true }).count()).toBe(6)
    await dialog.getByLabel('批次名称').fill('2026年度党建体检（第一批）')
    await clickIn(dialog, '发起')
    await page.getByTestId('round-page').waitFor()
    await expect.poll(() => page.getByTestId('round-page').innerText()).toContain('未开始\n6')
    await shot(page, '体检-批次')

    await page.getByRole('row', { name: /三江环保科技党支部/ }).getByRole('button', { name: '评分' }).click()
    await page.getByTestId('checkup-page').waitFor()
    // 组织生活类检查项有从会议记录算出的建议分和算法
    await expect.poll(() => page.getByTestId('suggest-C2.1').innerText()).toMatch(/^建议 [\d.]+$/)
    expect(await page.locator('.suggest-why').filter({ hasText: /^登记主题党日 \d+ 次.+（体检日前 12 个月：/ }).count()).toBe(1)
    await page.getByRole('button', { name: '未填的体检得分按满分填入' }).click()
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('100')
    await page.getByLabel('C1.1 体检得分').fill('1.5')
    await page.getByLabel('C1.1 扣分原因').fill(C11_REASON)
    await page.getByLabel('E1.1 体检得分').fill('0')
    await page.getByLabel('E1.1 扣分原因').fill(E11_REASON)
    await page.getByLabel('C1.1 自评分').fill('2.5')
    await expect.poll(() => page.getByTestId('score-total').innerText()).toBe('95.5')
    expect(await page.getByTestId('score-grade').innerText()).toContain('五星')
    await page.getByRole('checkbox', { name: /^F2 / }).check()
    await expect.poll(() => page.getByTestId('score-grade').innerText()).toContain('不评星')
    expect(await page.getByTestId('score-grade').innerText()).toContain('需整改')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByText('体检已保存').waitFor()
    await page.getByRole('button', { name: 'C1.1 附件' }).click()
    await page.getByRole('dialog').last().locator('input[type=file]').setInputFiles({ name: '支委会签到表.png', mimeType: 'image/png', buffer: Buffer.from('签到表扫描件') })
    await page.getByText('已保存附件「支委会签到表.png」').waitFor()
    await clickIn(page.getByRole('dialog').last(), /Close|关闭/)
    await expect.poll(() => page.getByRole('button', { name: 'C1.1 附件' }).innerText()).toContain('附件 1')
    await page.getByRole('button', { name: '签字确认' }).click()
    await clickIn(page.getByRole('dialog').last(), '确认')
    await page.getByText(/已签字确认：/).waitFor()
    expect(await page.getByLabel('C1.1 体检得分').isDisabled()).toBe(true)

    await page.getByRole('button', { name: '由扣分项生成整改问题' }).click()
    await expect.poll(() => page.getByTestId('proposals').locator('.ant-table-row').count()).toBe(3)
    await page.getByRole('button', { name: '登记选中的问题' }).click()
    const problems = page.getByTestId('checkup-problems')
    await expect.poll(() => problems.locator('.ant-table-row').count()).toBe(3)
    const problemText = await problems.innerText()
    expect(problemText).toContain(C11_REASON)
    expect(problemText).toContain(E11_REASON)
    expect(problemText).toContain('否决')
    await page.getByTestId('score-bar').scrollIntoViewIfNeeded()
    await shot(page, '体检-评分页')

    await page.getByRole('button', { name: '导出 PDF' }).first().click()
    const file = (await page.getByTestId('pdf-path').innerText()).trim()
    await acknowledge(page)
    const text = pdfText(file)
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('三江环保科技有限公司')
    for (const item of seed.items) expect(text, item.code).toContain(item.code)
    // the C1.1 row (cells are vertically centred, so take the lines from just above its code to the next item): both scores
    const lines = text.split('\n')
    const at = lines.findIndex((l) => /\bC1\.1\b/.test(l))
    const c11 = lines.slice(at - 2, lines.findIndex((l) => /\bC1\.2\b/.test(l))).join('\n')
    expect(c11).toMatch(/(^|\s)2\.5(\s|$)/)
    expect(c11).toMatch(/(^|\s)1\.5(\s|$)/)
    expect(flat).toContain(C11_REASON.replace(/\s+/g, ''))
    expect(flat).toContain('95.5')
    expect(flat).toContain('附件：支委会签到表.png')
    expect(flat).toContain('不评星')
    const info = pdfInfo(file)
    expect(info.pages).toBeGreaterThan(1)
    expect(isA4(info, true)).toBe(true)
    const pages = text.split('\f').filter((p) => p.trim())
    // the item header repeats on every page (the narrow columns' labels break between words, 标准⏎分, so look for the wide ones)
    for (const p of pages) expect(p.replace(/\s+/g, '')).toMatch(/检查内容.*评分细则.*扣分原因\/问题描述.*佐证材料/)
    expect(pdfToPngs(file, SHOTS, '党建体检表').length).toBe(info.pages)

    await goTo(page, '问题整改')
    const row = page.locator('.ant-table-row', { hasText: C11_REASON })
    const advance = (to: string): Promise<void> => advanceProblem(page, row, to)
    await advance('整改中')
    await clickIn(page.getByRole('dialog').last(), '确定')
    await expect.poll(() => row.innerText()).toContain('整改中')
    await advance('待复核')
    await fillDate(page, '整改完成日期', app.ctx.today())
    await page.getByLabel('佐证材料').fill('补开支委会 3 次，会议记录已归档')
    await clickIn(page.getByRole('dialog').last(), '确定')
    await expect.poll(() => row.innerText()).toContain('待复核')
    await advance('已销号')
    await page.getByLabel('复核人').fill('张文静')
    await page.getByLabel('复核意见').fill('记录齐全，同意销号')
    await clickIn(page.getByRole('dialog').last(), '确定')
    await expect.poll(() => row.innerText()).toContain('已销号')

    await page.getByRole('button', { name: '导出问题整改台账' }).click()
    const ledger = (await page.getByTestId('problems-export-path').innerText()).trim()
    // the ledger is too wide for one page at 9 pt: it comes in parts, joined back here (part one's columns first)
    const rows = await joinedLedgerRows(ledger)
    const closed = rows.find((r) => String(r[7]).includes(C11_REASON))!
    expect(closed).toEqual(expect.arrayContaining(['党建体检', '2026年度党建体检（第一批）', '三江环保科技有限公司', 'C1.1', '已销号', '张文静', '记录齐全，同意销号']))
    const veto = rows.find((r) => r[6] === 'F2')!
    expect(veto).toEqual(expect.arrayContaining(['否决', '待整改']))
    expect(app.externalRequests).toEqual([])
  })
})
