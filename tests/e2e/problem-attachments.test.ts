// 整改佐证附件：登记问题 → 编辑时上传照片 → 表格里「附件 1」→ 提交复核时再传扫描件（不写说明也行）→ 复核人销号前看到附件（只读）→
// 台账的佐证材料一栏列出附件名 → 删除问题并在回收站彻底删除后，数据目录里的文件也没了
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ATTACHMENT_DIR } from '../../src/main/attachments/files'
import { acknowledge, advanceProblem, appPerTest, clickIn, fillDate, goTo } from './helpers'
import { joinedLedgerHeaders, joinedLedgerRows } from '../helpers/ledgerParts'

const session = appPerTest()
const OUT = process.env.PROBLEM_SHOTS ?? null
const DESCRIPTION = '党员活动室未悬挂党旗，入党誓词未上墙'
/** Screenshots for looking at, once the dialog has finished opening. */
const look = async (page: import('playwright-core').Page, name: string): Promise<void> => {
  if (!OUT) return
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${OUT}/${name}.png` })
}

describe('整改问题的佐证附件（Chromium 外壳）', () => {
  it('上传、看到件数、带附件提交复核、复核人查看、台账列出、彻底删除时文件一起删除', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '问题整改')

    await page.getByRole('button', { name: '登记问题' }).click()
    let dialog = page.getByRole('dialog').last()
    await dialog.getByText('保存后可以上传整改佐证').waitFor()
    await dialog.getByLabel('问题描述').fill(DESCRIPTION)
    await clickIn(dialog, '保存')
    await page.getByText('问题已保存').waitFor()
    const row = page.locator('.ant-table-row', { hasText: DESCRIPTION })
    await row.waitFor()
    // the row starts with its selection box; the code is the cell that reads ZG-年份-序号
    const code = (await row.locator('td').filter({ hasText: /^ZG-\d{4}-\d{4}$/ }).first().innerText()).trim()
    const filesButton = row.getByRole('button', { name: `${code} 附件` })
    expect((await filesButton.innerText()).trim()).toBe('附件')

    // 编辑对话框里上传整改后的照片
    await row.getByRole('button', { name: '编辑' }).click()
    dialog = page.getByRole('dialog').last()
    await dialog.locator('input[type=file]').setInputFiles({ name: '整改后活动室.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('整改后活动室照片') })
    await page.getByText('已保存附件「整改后活动室.jpg」').waitFor()
    await dialog.getByText('整改后活动室.jpg').waitFor()
    await look(page, '问题-编辑对话框')
    await clickIn(dialog, '取消')
    await expect.poll(() => filesButton.innerText()).toContain('附件 1')

    const advance = (to: string): Promise<void> => advanceProblem(page, row, to)
    await advance('整改中')
    await clickIn(page.getByRole('dialog').last(), '确定')
    await expect.poll(() => row.innerText()).toContain('整改中')

    // 提交复核：对话框里看得到已有的照片，再传一份扫描件；只有附件、不写说明也能提交
    await advance('待复核')
    dialog = page.getByRole('dialog').last()
    const files = dialog.getByTestId('transition-files')
    await files.getByText('整改后活动室.jpg').waitFor()
    await fillDate(page, '整改完成日期', ctx.today())
    await dialog.getByText(DESCRIPTION).click()
    await files.locator('input[type=file]').setInputFiles({ name: '入党誓词上墙.pdf', mimeType: 'application/pdf', buffer: Buffer.from('入党誓词上墙的扫描件') })
    await page.getByText('已保存附件「入党誓词上墙.pdf」').waitFor()
    await look(page, '问题-提交复核')
    await clickIn(dialog, '确定')
    await expect.poll(() => row.innerText()).toContain('待复核')
    await expect.poll(() => filesButton.innerText()).toContain('附件 2')
    await look(page, '问题-列表')

    // 复核人销号前看到两份附件，只能看不能删、不能传
    await advance('已销号')
    dialog = page.getByRole('dialog').last()
    await dialog.getByTestId('transition-files').getByText('入党誓词上墙.pdf').waitFor()
    expect(await dialog.getByTestId('transition-files').getByText('整改后活动室.jpg').count()).toBe(1)
    expect(await dialog.getByRole('button', { name: /上传整改佐证/ }).count()).toBe(0)
    expect(await dialog.getByRole('button', { name: /删除附件/ }).count()).toBe(0)
    await look(page, '问题-销号复核')
    await dialog.getByLabel('复核人').fill('张文静')
    await dialog.getByLabel('复核意见').fill('照片与扫描件齐全，同意销号')
    await clickIn(dialog, '确定')
    await expect.poll(() => row.innerText()).toContain('已销号')

    await page.getByRole('button', { name: '导出问题整改台账' }).click()
    const ledger = (await page.getByTestId('problems-export-path').innerText()).trim()
    await acknowledge(page)
    // the ledger is too wide for one page at 9 pt: it comes in parts, joined back here
    const header = await joinedLedgerHeaders(ledger)
    const mine = (await joinedLedgerRows(ledger)).find((r) => r[1] === code)!
    expect(String(mine[header.indexOf('佐证材料')])).toMatch(/^附件：(整改后活动室\.jpg、入党誓词上墙\.pdf|入党誓词上墙\.pdf、整改后活动室\.jpg)$/)

    // 删除 → 回收站彻底删除：附件行与数据目录里的文件都没了（示例数据里没有别的附件）
    const stored = (): number => {
      const root = path.join(ctx.dataDir, ATTACHMENT_DIR)
      return fs.existsSync(root) ? fs.readdirSync(root).flatMap((d) => fs.readdirSync(path.join(root, d))).length : 0
    }
    expect(stored()).toBe(2)
    await row.getByRole('button', { name: '删除' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除' }).click()
    await expect.poll(() => row.count()).toBe(0)
    await goTo(page, '回收站')
    const binRow = page.locator('.ant-table-row', { hasText: code })
    await binRow.getByRole('button', { name: '彻底删除' }).click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '彻底删除' }).click()
    await expect.poll(() => binRow.count()).toBe(0)
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM attachments WHERE owner = 'problem'").get()).toEqual({ n: 0 })
    expect(stored()).toBe(0)
    expect(app.externalRequests).toEqual([])
  })
})
