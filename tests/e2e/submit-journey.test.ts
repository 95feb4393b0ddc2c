// 报送包旅程：企业自评、整改到待复核、导出报送包 → 园区第一次导入（确认报送单位）、打分签字、销号 →
// 企业改一项自评分再报送 → 园区再导入：签字还在、看到新的自评分 → 园区发回体检结果回执 → 企业看到签了字的等次和销了号的问题。
// 每一步是一个函数，按顺序排在 journey 里：以后要加的步骤（如园区先发「报送配置」）插进去即可。
import fs from 'node:fs'
import zlib from 'node:zlib'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { getMember, listMembers, saveMember } from '../../src/main/members/service'
import { listProblems } from '../../src/main/problems/service'
import { exportSubmission } from '../../src/main/submit/export'
import { memberInput } from '../../src/shared/members/schemas'
import type { AppContext } from '../../src/main/context'
import { TODAY } from '../helpers/context'
import { acknowledge, advanceProblem, appsPerTest, clickIn, fillDate, goTo, openDialog, openTab, settle, shot } from './helpers'
import type { LaunchedApp } from '../../src/shell'

const XINCAI = 'd3e0a000-0000-4000-8000-000000000003'
const start = appsPerTest()

type Journey = { ent: LaunchedApp; park: LaunchedApp; problem: string; file: string; checkupDate: string }

/** 在「数据与设置」选一个 .hldb 文件导入，等预览出来 */
async function importFile(page: Page, file: string): Promise<void> {
  await goTo(page, '数据与设置')
  await page.locator('input[type=file][accept=".hldb"]').setInputFiles(file)
  await page.getByTestId('submit-preview').waitFor()
  await settle(page)
}

async function confirmImport(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '确认导入' }).click()
  await page.locator('.ant-modal-confirm-title', { hasText: title }).waitFor()
  await acknowledge(page)
}

/** 体检列表里打开嘉州新材料党委今天的那次体检 */
async function openCheckup(page: Page): Promise<void> {
  await goTo(page, '党建体检')
  await openTab(page, '体检记录')
  await page.getByRole('row', { name: new RegExp(`^${TODAY}\\s+嘉州新材料党委`) }).getByRole('button', { name: '打开' }).click()
  await page.getByTestId('checkup-page').waitFor()
}

async function enterpriseSelfAssesses(j: Journey): Promise<void> {
  const { page } = j.ent
  await page.getByRole('button', { name: '载入示例数据' }).click()
  await goTo(page, '党建体检')
  const pending = listProblems(j.ent.ctx, { orgId: XINCAI }).find((p) => p.status === 'pending')
  j.problem = pending!.description
  await openTab(page, '体检记录')
  await openDialog(page.getByRole('button', { name: '新建体检' }))
  const dialog = page.getByRole('dialog').last()
  await dialog.getByLabel('被体检的党组织').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
  await clickIn(dialog, '开始评分')
  await page.getByTestId('checkup-page').waitFor()
  await page.getByLabel('A1.1 自评分').fill('2')
  await page.getByLabel('A1.2 自评分').fill('1')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText('体检已保存').waitFor()
  // 一个示例问题整改到「待复核」，等园区复核
  await goTo(page, '问题整改')
  const row = page.locator('.ant-table-row', { hasText: j.problem })
  await advanceProblem(page, row, '整改中')
  await clickIn(page.getByRole('dialog').last(), '确定')
  await expect.poll(() => row.innerText()).toContain('整改中')
  await advanceProblem(page, row, '待复核')
  await fillDate(page, '整改完成日期', TODAY)
  await page.getByLabel('佐证材料').fill('已补齐会议记录')
  await clickIn(page.getByRole('dialog').last(), '确定')
  await expect.poll(() => row.innerText()).toContain('待复核')
}

async function enterpriseExports(j: Journey): Promise<void> {
  const { page } = j.ent
  await goTo(page, '数据与设置')
  await openDialog(page.getByRole('button', { name: '导出报送包…' }))
  const dialog = page.getByRole('dialog').last()
  await dialog.getByText('报送包含完整的身份证号').waitFor()
  await dialog.getByTestId('submit-org').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
  await clickIn(dialog, '导出')
  const done = dialog.getByTestId('submit-export-done')
  await done.waitFor()
  j.file = (await done.locator('code').innerText()).trim()
  expect(j.file).toMatch(/导出.报送包-嘉州新材料党委-\d{4}-\d{2}-\d{2}(（\d+）)?\.hldb$/)
  await clickIn(dialog, '完成')
  await settle(page)
}

async function parkImportsFirstTime(j: Journey): Promise<void> {
  const { page } = j.park
  const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(j.file)).toString('utf8'))
  expect(doc.tables.members).toHaveLength(28)
  await importFile(page, j.file)
  const preview = page.getByTestId('submit-preview')
  expect(await preview.innerText()).toContain('嘉州新材料党委')
  const members = page.getByTestId('submit-counts').getByRole('row', { name: /^党员/ })
  expect((await members.innerText()).split(/\s+/).slice(0, 3)).toEqual(['党员', '28', '0'])
  // 第一次收到这个报送单位的包：不勾选确认就不能导入
  await page.getByTestId('submit-sender').waitFor()
  expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true)
  await shot(page, '报送包-首次导入预览')
  await page.getByTestId('submit-confirm-sender').check()
  await confirmImport(page, '已导入报送包')
  await expect.poll(() => page.getByTestId('submit-history').innerText()).toContain('嘉州新材料党委')
}

async function parkScoresSignsAndCloses(j: Journey): Promise<void> {
  const { page } = j.park
  await openCheckup(page)
  await page.getByRole('button', { name: '未填的体检得分按满分填入' }).click()
  await page.getByLabel('A1.1 体检得分').fill('1.5')
  await page.getByLabel('A1.1 扣分原因').fill('支部设置材料不全')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText('体检已保存').waitFor()
  await page.getByRole('button', { name: '签字确认' }).click()
  const dialog = page.getByRole('dialog').last()
  await dialog.getByLabel('签字人').fill('园区指导员甲')
  await clickIn(dialog, '确认')
  await page.getByText(/已签字确认：园区指导员甲/).waitFor()
  await goTo(page, '问题整改')
  const row = page.locator('.ant-table-row', { hasText: j.problem })
  await advanceProblem(page, row, '已销号')
  await page.getByLabel('复核人').fill('园区指导员甲')
  await page.getByLabel('复核意见').fill('会议记录齐全，同意销号')
  await clickIn(page.getByRole('dialog').last(), '确定')
  await expect.poll(() => row.innerText()).toContain('已销号')
}

async function enterpriseChangesSelfScoreAndResends(j: Journey): Promise<void> {
  const { page } = j.ent
  await openCheckup(page)
  await page.getByLabel('A1.2 自评分').fill('0.5')
  await page.getByRole('button', { name: '保存' }).click()
  await page.getByText('体检已保存').waitFor()
  await enterpriseExports(j)
}

async function parkReimportsKeepingItsWork(j: Journey): Promise<void> {
  const { page } = j.park
  await importFile(page, j.file)
  expect(await page.getByTestId('submit-sender').count()).toBe(0)
  const items = page.getByTestId('submit-counts').getByRole('row', { name: /^体检逐项得分/ })
  expect((await items.innerText()).split(/\s+/).slice(0, 3)).toEqual(['体检逐项得分', '0', '1'])
  expect(await page.getByText('没有冲突').count()).toBe(1)
  await shot(page, '报送包-再次导入预览')
  await confirmImport(page, '已导入报送包')
  await openCheckup(page)
  await page.getByText(/已签字确认：园区指导员甲/).waitFor()
  expect(await page.getByLabel('A1.2 自评分').inputValue()).toBe('0.5')
  expect(await page.getByLabel('A1.1 体检得分').inputValue()).toBe('1.5')
  await goTo(page, '问题整改')
  expect(await page.locator('.ant-table-row', { hasText: j.problem }).innerText()).toContain('已销号')
}

async function parkSendsResultBack(j: Journey): Promise<void> {
  const { page } = j.park
  await goTo(page, '数据与设置')
  await page.getByRole('button', { name: '导出「嘉州新材料党委」的体检结果回执' }).click()
  const done = page.getByTestId('submit-receipt-done')
  await done.waitFor()
  j.file = (await done.locator('code').innerText()).trim()
  expect(j.file).toMatch(/体检结果回执-嘉州新材料党委-\d{4}-\d{2}-\d{2}\.hldb$/)
}

async function enterpriseSeesTheResult(j: Journey): Promise<void> {
  const { page } = j.ent
  await importFile(page, j.file)
  expect(await page.getByRole('dialog').last().innerText()).toContain('导入体检结果回执')
  await shot(page, '回执-导入预览')
  await confirmImport(page, '已导入体检结果回执')
  await openCheckup(page)
  await page.getByText(/已签字确认：园区指导员甲/).waitFor()
  expect(await page.getByLabel('A1.1 体检得分').inputValue()).toBe('1.5')
  expect(await page.getByLabel('A1.2 自评分').inputValue()).toBe('0.5')
  await shot(page, '回执-企业的体检')
  await goTo(page, '问题整改')
  const row = page.locator('.ant-table-row', { hasText: j.problem })
  await expect.poll(() => row.innerText()).toContain('已销号')
  await shot(page, '回执-企业的问题')
}

describe('报送包旅程（Chromium 外壳）', () => {
  it('企业报送、园区打分签字销号、企业再报送、园区发回结果', { timeout: 300_000 }, async () => {
    const ent = await start()
    const park = await start()
    const j: Journey = { ent, park, problem: '', file: '', checkupDate: TODAY }
    const journey = [
      enterpriseSelfAssesses,
      enterpriseExports,
      parkImportsFirstTime,
      parkScoresSignsAndCloses,
      enterpriseChangesSelfScoreAndResends,
      parkReimportsKeepingItsWork,
      parkSendsResultBack,
      enterpriseSeesTheResult
    ]
    for (const step of journey) {
      try {
        await step(j)
      } catch (e) {
        await shot(step.name.startsWith('park') ? park.page : ent.page, `失败-报送包旅程-${step.name}`).catch(() => {})
        throw e
      }
    }
    expect(ent.externalRequests).toEqual([])
    expect(park.externalRequests).toEqual([])
  })

  it('两边都改了同一党员的备注：对话框列出两边的值，选「采用对方」后导入的是企业的', { timeout: 300_000 }, async () => {
    const ent = await start()
    const park = await start()
    const { page } = park
    await ent.page.getByRole('button', { name: '载入示例数据' }).click()
    await expect.poll(() => listMembers(ent.ctx, { orgId: XINCAI, limit: 1 }).total).toBeGreaterThan(0)
    const first = (await exportSubmission(ent.ctx, XINCAI))!.path
    await importFile(page, first)
    await page.getByTestId('submit-confirm-sender').check()
    await confirmImport(page, '已导入报送包')
    // 数据准备走服务（不是这个测试要看的界面）：两边各改同一个党员的备注
    const id = listMembers(ent.ctx, { orgId: XINCAI, limit: 1 }).rows[0].id
    const remark = (ctx: AppContext, text: string): void => {
      const { orgName: _o, createdAt: _c, updatedAt: _u, ...data } = getMember(ctx, id)
      saveMember(ctx, memberInput.parse({ ...data, remark: text }))
    }
    remark(ent.ctx, '企业：已调任生产部')
    remark(park.ctx, '园区：核实为质检部')
    const second = (await exportSubmission(ent.ctx, XINCAI))!.path
    await importFile(page, second)
    const conflicts = page.getByTestId('submit-conflicts')
    await conflicts.waitFor()
    const row = conflicts.getByRole('row', { name: /备注/ })
    expect(await row.innerText()).toContain('园区：核实为质检部')
    expect(await row.innerText()).toContain('企业：已调任生产部')
    await row.getByRole('radio', { name: '采用对方' }).check()
    await settle(page)
    await shot(page, '报送包-冲突')
    await confirmImport(page, '已导入报送包')
    expect(getMember(park.ctx, id).remark).toBe('企业：已调任生产部')
  })
})
