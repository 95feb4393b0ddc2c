// 发展党员旅程：园区里没有党组织的企业员工向园区青年党支部递交申请书，一步步登记到转正，出现在党员花名册里；
// 途中填错顺序的日期被拒绝并写明规则；选预备党员作入党介绍人被拒绝；超期的谈话和一次未通过的表决照实保存、标出，
// 出现在全程纪实表和发展党员工作台账上；最后切换到未核实的 2026 规则集前有提示
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { SCENARIO_DAY } from '../helpers/clock'
import { tempDir } from '../helpers/context'
import { APPLICANT_ID, journey } from '../helpers/development'
import { clickIn, fillDate, goTo, openTab, pick, shot } from './helpers'
import { joinedLedgerRows } from '../helpers/ledgerParts'
import { isA4, pdfInfo, pdfText, pdfToPngs } from './pdf'
import { type LaunchedApp, launchApp } from '../../src/shell'

let app: LaunchedApp | null = null
afterEach(async (t) => {
  if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
  await app?.close()
  app = null
})

const NAMES: Record<string, string> = { 'd3e0a000-0000-4000-8000-000000000080': '钟丽娟', 'd3e0a000-0000-4000-8000-000000000081': '谢晓东' }
const OUT = process.env.DEV_SHOTS ?? null
/** 一次未通过的表决与一次超期的谈话：都要照实保存并标出 */
const FAILED_VOTE = { date: '2025-04-18', vote: { expected: 5, present: 5, agree: 2, disagree: 3 } }
const LATE_TALK = '2023-10-20'

async function chooseMembers(page: Page, label: string, ids: string[]): Promise<void> {
  const dialog = page.getByRole('dialog').last()
  await dialog.getByLabel(label).click()
  for (const id of ids) await page.locator('.ant-select-dropdown:visible').getByTitle(NAMES[id] ?? id, { exact: true }).click()
  await dialog.locator('.ant-modal-title').click()
}

async function fillStep(page: Page, s: Record<string, unknown>): Promise<void> {
  const dialog = page.getByRole('dialog').last()
  await fillDate(page, s.endDate ? '开始日期' : '日期', String(s.date))
  if (s.endDate) await fillDate(page, '结束日期', String(s.endDate))
  if (s.actor) await dialog.getByLabel('谈话人').fill(String(s.actor))
  if (s.hours) await dialog.getByLabel('学时').fill(String(s.hours))
  if (s.bookNo) await dialog.getByLabel('志愿书编号').fill(String(s.bookNo))
  if (s.recommendWay) await pick(page, '推荐方式', '党员推荐')
  if (s.contacts) await chooseMembers(page, '培养联系人', s.contacts as string[])
  if (s.introducers) await chooseMembers(page, '入党介绍人', s.introducers as string[])
  if (s.publicityStart) {
    await fillDate(page, '公示开始', String(s.publicityStart))
    await fillDate(page, '公示结束', String(s.publicityEnd))
    await expect.poll(() => dialog.getByTestId('publicity-days').innerText()).toMatch(/^[5-9] 个工作日/)
  }
  if (s.vote) {
    const v = s.vote as Record<string, number>
    await dialog.getByLabel('应到会有表决权的正式党员').fill(String(v.expected))
    await dialog.getByLabel('实到会有表决权的正式党员').fill(String(v.present))
    await dialog.getByLabel('同意', { exact: true }).fill(String(v.agree))
    if (v.disagree) await dialog.getByLabel('不同意', { exact: true }).fill(String(v.disagree))
    await expect.poll(() => dialog.getByTestId('vote-result').innerText()).toContain('通过')
  }
  if (s.conclusion) await dialog.getByLabel(/考察意见|政审结论/).fill(String(s.conclusion))
}

async function save(page: Page): Promise<void> {
  await clickIn(page.getByRole('dialog').last(), '保存')
}

describe('发展党员旅程（Chromium 外壳）', () => {
  it('无党组织企业员工经园区青年党支部从申请到转正，进入花名册；错序日期与预备党员作介绍人被拒绝；纪实表 PDF', async () => {
    app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => SCENARIO_DAY, failOnPageErrors: true, viewport: { width: 1400, height: 900 } })
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '发展党员')
    await expect.poll(() => page.getByTestId('rule-set-banner').innerText()).toContain('2014 年《中国共产党发展党员工作细则》')
    if (OUT) await page.screenshot({ path: `${OUT}/发展党员-名单.png` })

    await page.getByRole('button', { name: '登记入党申请人' }).click()
    const dialog = page.getByRole('dialog').last()
    await dialog.getByLabel('姓名').fill('唐晓雨')
    await dialog.getByLabel('身份证号').fill(APPLICANT_ID)
    await pick(page, '受理党组织', '嘉州高新区园区青年党支部')
    await dialog.getByLabel('工作单位').fill('青衣江文创有限公司')
    await dialog.getByLabel('工作岗位').fill('设计主管')
    await save(page)
    await expect.poll(() => page.getByTestId('dev-person-name').innerText()).toBe('唐晓雨')
    expect(await page.getByTestId('dev-stage').innerText()).toBe('入党申请人')

    for (const s of journey) {
      const row = page.getByTestId(`step-${s.step}`)
      await row.getByRole('button', { name: /登\s?记|再登记/ }).last().click()
      await dialog.waitFor()
      if (s.step === 'activist') {
        // 确定积极分子的日期早于递交申请书：拒绝，写明规则，不保存
        await fillStep(page, { ...s, date: '2023-09-01' })
        await save(page)
        const err = await dialog.getByTestId('step-error').innerText()
        expect(err).toContain('「推荐和确定入党积极分子」日期 2023-09-01 早于「递交入党申请书」日期 2023-09-04，日期先后顺序不对')
        expect(err).toContain('依据：党章第五条')
        if (OUT) await page.screenshot({ path: `${OUT}/发展党员-错序日期.png` })
        expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM dev_records WHERE kind = 'activist' AND date = '2023-09-01'").get()).toEqual({ n: 0 })
      }
      if (s.step === 'introducers') {
        await fillDate(page, '日期', String(s.date))
        await chooseMembers(page, '入党介绍人', ['d3e0a000-0000-4000-8000-000000000080'])
        await dialog.getByLabel('入党介绍人').click()
        await page.locator('.ant-select-dropdown:visible').getByTitle('黄艳（预备党员）', { exact: true }).click()
        await dialog.locator('.ant-modal-title').click()
        await save(page)
        await expect.poll(() => dialog.getByTestId('step-error').innerText()).toContain('黄艳是预备党员，不能作入党介绍人，须为正式党员')
        await page.getByRole('button', { name: '取 消' }).or(page.getByRole('button', { name: '取消' })).first().click()
        await dialog.waitFor({ state: 'hidden' })
        await row.getByRole('button', { name: /登\s?记/ }).click()
        await dialog.waitFor()
      }
      if (s.step === 'admission_meeting') {
        // 第一次支部大会表决未通过：照实保存，标出问题，仍是发展对象；之后再次表决
        await fillStep(page, { step: s.step, date: FAILED_VOTE.date, vote: FAILED_VOTE.vote })
        await expect.poll(() => dialog.getByTestId('vote-result').innerText()).toContain('未通过')
        await save(page)
        await expect.poll(() => page.getByTestId('step-warnings').innerText()).toContain('表决未通过（如实记录）')
        await page.locator('.ant-modal-confirm').getByRole('button').last().click()
        await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' })
        await dialog.waitFor({ state: 'hidden' })
        await row.getByTestId('vote-failed').waitFor()
        expect(await page.getByTestId('dev-stage').innerText()).toBe('发展对象')
        await row.getByRole('button', { name: '再次表决' }).click()
        await dialog.waitFor()
      }
      const late = s.step === 'talk'
      await fillStep(page, late ? { ...s, date: LATE_TALK } : s)
      if (s.step === 'admission_meeting' && OUT) await page.screenshot({ path: `${OUT}/发展党员-支部大会表决.png` })
      await save(page)
      if (late) {
        // 超过一个月才谈话：照样保存，预警写明期限与依据
        await expect.poll(() => page.getByTestId('step-warnings').innerText()).toContain('应在 2023-10-04 前，实际 2023-10-20（依据：细则第二章第七条）')
        await page.locator('.ant-modal-confirm').getByRole('button').last().click()
        await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' })
      }
      await dialog.waitFor({ state: 'hidden' })
      await row.getByText(late ? LATE_TALK : String(s.date)).first().waitFor()
    }
    await expect.poll(() => page.getByTestId('dev-stage').innerText()).toBe('正式党员')
    const flags = await page.getByTestId('dev-findings').innerText()
    expect(flags).toContain('预警 2 条')
    expect(flags).toContain('收到入党申请书后一个月内派人谈话：应在 2023-10-04 前，实际 2023-10-20')
    expect(flags).toContain('「支部大会讨论」（2025-04-18）同意 2 票（含书面），未超过应到会有表决权正式党员 5 人的半数，表决未通过（如实记录）')
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM dev_records WHERE kind = 'admission_meeting'").get()).toEqual({ n: 2 })
    if (OUT) await page.screenshot({ path: `${OUT}/发展党员-时间线.png`, fullPage: true })

    // 材料作为附件挂在本人名下；变更记录里有每一步登记
    await page.locator('input[type=file]').setInputFiles({ name: '入党申请书-唐晓雨.txt', mimeType: 'text/plain', buffer: Buffer.from('入党申请书（扫描件）') })
    await page.getByText('入党申请书-唐晓雨.txt').first().waitFor()
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM attachments WHERE owner = 'devPerson' AND deleted_at IS NULL").get()).toEqual({ n: 1 })
    await page.getByRole('button', { name: '变更记录' }).click()
    await page.getByTestId('change-history').waitFor()
    expect((await page.getByTestId('change-history').locator('.ant-timeline-item').count())).toBeGreaterThanOrEqual(journey.length)
    await page.keyboard.press('Escape')

    // 转正后出现在党员花名册里：正式党员，所在园区青年党支部，不用再录一遍
    const member = ctx.db.prepare('SELECT name, category, join_date, full_date, org_id FROM members WHERE id_number = ? AND deleted_at IS NULL').get(APPLICANT_ID)
    expect(member).toEqual({ name: '唐晓雨', category: 'full', join_date: '2025-04-25', full_date: '2026-04-25', org_id: 'd3e0a000-0000-4000-8000-000000000002' })
    await goTo(page, '党员花名册')
    await page.getByLabel('搜索党员').fill('txy')
    const rosterRow = page.locator('.ant-table-row', { hasText: '唐晓雨' })
    await expect.poll(() => rosterRow.innerText()).toContain('正式党员')

    // 发展党员全程纪实表：A4 PDF，读回文字
    await goTo(page, '发展党员')
    await page.locator('.ant-table-row', { hasText: '唐晓雨' }).click()
    await expect.poll(() => page.getByTestId('dev-person-name').innerText()).toBe('唐晓雨')
    await page.getByRole('button', { name: '导出 PDF' }).click()
    const file = (await page.getByTestId('pdf-path').innerText()).trim()
    const text = pdfText(file).replace(/[ \t]+/g, ' ')
    expect(text).toContain('发展党员全程纪实表')
    expect(text).toContain('唐晓雨')
    expect(text).toContain('2023年9月4日')
    expect(text).toContain('2026年6月15日')
    expect(text).toContain('钟丽娟')
    expect(text).not.toContain(APPLICANT_ID)
    // 纪实表上：两次支部大会都在，未通过的注明；预警一栏列出超期谈话和未通过的表决
    const flat = text.replace(/\s+/g, '')
    expect(flat).toContain('2025年4月18日')
    expect(flat).toContain('2025年4月25日')
    expect(flat).toContain('应到5人，实到5人；同意2，不同意3，弃权0；未')
    expect(flat).toContain('实际2023年10月20日')
    expect(flat).toContain('表决未通过（如实记录）')
    const info = pdfInfo(file)
    expect(isA4(info, false)).toBe(true)
    expect(info.pages).toBeLessThanOrEqual(2)
    if (OUT) {
      fs.mkdirSync(OUT, { recursive: true })
      pdfToPngs(file, OUT, '纪实表')
    }

    await page.locator('.ant-modal-confirm').getByRole('button').last().click()
    await page.locator('.ant-modal-confirm').waitFor({ state: 'hidden' })
    // 从页面导出发展党员工作台账，读回这一行
    await goTo(page, '发展党员')
    await page.getByRole('button', { name: '导出台账' }).hover()
    await page.getByRole('menuitem', { name: '发展党员工作台账' }).click()
    const ledgerFile = (await page.getByTestId('dev-export-path').innerText()).trim()
    // the ledger is too wide for one page at 9 pt: it comes in parts, joined back here
    const row = (await joinedLedgerRows(ledgerFile)).find((r) => r.includes('唐晓雨'))!
    const values = row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    expect(values).toEqual(expect.arrayContaining(['正式党员', '青衣江文创有限公司', '2023-09-04', '2023-10-20', '2024-12-10', '2025-04-25', '5/5/2（未通过）；5/5/5', '2025-04-25 至 2026-04-25', '2026-06-15', '2026-06-25']))
    const alerts = String(values.find((v) => typeof v === 'string' && v.includes('表决未通过')))
    expect(alerts).toContain('应在 2023-10-04 前，实际 2023-10-20')
    await page.locator('.ant-modal-confirm').getByRole('button').last().click()

    // 规则设置：依据写到章与条；切换到未核实的 2026 修订版前先提示，取消不切换，确认才切换
    await openTab(page, '规则设置')
    await expect.poll(() => page.getByTestId('dev-rules-table').innerText()).toContain('细则第二章第七条')
    await page.getByLabel('选用规则集').click()
    await page.locator('.ant-select-dropdown:visible').getByText('2026 年 5 月修订版（未核实）').click()
    await expect.poll(() => page.getByTestId('unverified-warning').innerText()).toContain('找不到官方原文')
    if (OUT) await page.screenshot({ path: `${OUT}/发展党员-切换未核实规则集提示.png` })
    await page.getByRole('button', { name: '不切换' }).click()
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' })
    expect(ctx.db.prepare("SELECT value FROM settings WHERE key = 'development.rules'").get()).toBeUndefined()
    await page.getByLabel('选用规则集').click()
    await page.locator('.ant-select-dropdown:visible').getByText('2026 年 5 月修订版（未核实）').click()
    await page.getByRole('button', { name: '仍要切换' }).click()
    await expect.poll(() => page.getByTestId('rule-set-banner').innerText()).toContain('未核实')
    expect(JSON.parse((ctx.db.prepare("SELECT value FROM settings WHERE key = 'development.rules'").get() as { value: string }).value).version).toBe('2026.05-未核实')
    if (OUT) await page.screenshot({ path: `${OUT}/发展党员-规则集未核实.png` })
    expect(app.externalRequests).toEqual([])
  }, 240_000)

  it('待办：示例数据中快到期的谈话，点进去登记后从待办里消失；年度计划填计划数后对照完成情况', async () => {
    app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => SCENARIO_DAY, failOnPageErrors: true, viewport: { width: 1400, height: 900 } })
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(page, '发展党员')
    await openTab(page, '待办')
    const todo = page.locator('.ant-table-row:visible', { hasText: '入党申请人谈话' })
    await expect.poll(() => todo.innerText()).toContain('王思雨')
    expect(await todo.innerText()).toContain('2026-12-02')
    expect(await page.locator('.ant-table-row:visible', { hasText: '刘子豪' }).first().innerText()).toMatch(/入党积极分子半年考察|培养考察满一年/)
    // 季度思想汇报是地方规则，默认不启用：不提醒
    expect(await page.locator('.ant-table-row:visible', { hasText: '思想汇报' }).count()).toBe(0)
    if (OUT) await page.screenshot({ path: `${OUT}/发展党员-待办.png` })
    await todo.click()
    await expect.poll(() => page.getByTestId('dev-person-name').innerText()).toBe('王思雨')
    await page.getByTestId('step-talk').getByRole('button', { name: /登\s?记/ }).click()
    await fillDate(page, '日期', '2026-11-20')
    await page.getByRole('dialog').last().getByLabel('谈话人').fill('钟丽娟')
    await save(page)
    await page.getByTestId('step-talk').getByText('2026-11-20').waitFor()
    await goTo(page, '发展党员')
    await openTab(page, '待办')
    await page.locator('.ant-table-row:visible', { hasText: '刘子豪' }).first().waitFor()
    expect(await page.locator('.ant-table-row:visible', { hasText: '入党申请人谈话' }).count()).toBe(0)

    await openTab(page, '年度计划')
    await expect.poll(() => page.getByTestId('plan-total').innerText()).toContain('计划发展 3 名')
    const youth = page.locator('.ant-table-row:visible', { hasText: '嘉州高新区园区青年党支部' })
    await youth.locator('input').fill('4')
    await youth.locator('input').blur()
    await expect.poll(() => page.getByTestId('plan-total').innerText()).toContain('计划发展 5 名')
  }, 120_000)
})
