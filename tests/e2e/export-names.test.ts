// 八十个字的联合党支部：体检页上导出体检表（Excel）和导出 PDF 都成功，文件在导出文件夹里，名字截短而内容是全名
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { orgStore } from '../../src/main/org/store'
import { saveOrg } from '../../src/main/org/service'
import { orgInput } from '../../src/shared/org/schemas'
import { acknowledge, appPerTest, goTo, openTab } from './helpers'
import { pdfText } from './pdf'

const LONG = `${'嘉州高新区智能制造产业园第一片区'.repeat(5)}联合党支部`.slice(-80)
const session = appPerTest()

describe('长名称的导出', () => {
  it('八十个字的联合党支部导出体检表 Excel 和 PDF', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    const org = orgStore.list(ctx.db).find((o) => o.name === '峨眉智能装备党支部')!
    const { id: _id, ...rest } = org as typeof org & Record<string, unknown>
    saveOrg(ctx, { ...orgInput.parse({ ...pick(rest), name: LONG, enterpriseName: LONG }), id: org.id })

    await goTo(page, '党建体检')
    await openTab(page, '体检记录')
    await page.getByRole('row', { name: new RegExp(LONG.slice(0, 10)) }).first().getByRole('button', { name: '打开' }).click()
    await page.getByTestId('checkup-page').waitFor()

    await page.getByRole('button', { name: '导出体检表（Excel）' }).click()
    const xlsx = (await page.getByTestId('form-export-path').innerText()).trim()
    await acknowledge(page)
    expect(path.dirname(xlsx)).toBe(path.join(ctx.dataDir, '导出'))
    expect(path.basename(xlsx)).toMatch(/^党建体检表-.+…-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(xlsx)
    expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).toContain(LONG)

    await page.getByRole('button', { name: '导出 PDF' }).first().click()
    const pdf = (await page.getByTestId('pdf-path').innerText()).trim()
    await acknowledge(page)
    expect(path.dirname(pdf)).toBe(path.join(ctx.dataDir, '导出'))
    expect(path.basename(pdf)).toMatch(/^党建体检表-.+…-\d{4}-\d{2}-\d{2}\.pdf$/)
    expect(fs.statSync(pdf).size).toBeGreaterThan(1000)
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain(LONG.slice(0, 20))
  })
})

/** The org's stored fields that orgInput takes (the store row carries more). */
function pick(o: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(orgInput.shape)
  return Object.fromEntries(Object.entries(o).filter(([k, v]) => keys.includes(k) && v !== null))
}
