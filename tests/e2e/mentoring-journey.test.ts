// 师带徒旅程：在生产第一党支部登记一对师带徒（计划出师日期填得比结对日期早，被拒绝，什么也没存）→ 改正后保存 →
// 徒弟出师并取得证书，上方的年度成效跟着变 → 导出结对台账并读回
import { describe, expect, it } from 'vitest'
import { SCENARIO_DAY } from '../helpers/clock'
import { tempDir } from '../helpers/context'
import { exportedRows, fillDate, meetingsTabWithDemo, pick, shot } from './helpers'
import { type LaunchedApp, launchApp } from '../../src/shell'
import { afterEach } from 'vitest'

let app: LaunchedApp | null = null
afterEach(async (t) => {
  if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
  await app?.close()
  app = null
})

const BRANCH = '嘉州新材料生产第一党支部'
const pairCount = (a: LaunchedApp): number => (a.ctx.db.prepare('SELECT COUNT(*) AS n FROM mentorships WHERE deleted_at IS NULL').get() as { n: number }).n

describe('师带徒旅程（Chromium 外壳）', () => {
  it('登记结对（日期错了被拒绝）、出师取证、年度成效、导出台账', async () => {
    app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => SCENARIO_DAY, failOnPageErrors: true, viewport: { width: 1400, height: 900 } })
    const { page } = app
    await meetingsTabWithDemo(page, BRANCH, '师带徒')
    const summary = page.getByTestId('mentoring-summary')
    const figures = async (): Promise<string> => (await summary.innerText()).replace(/\s+/g, ' ')
    await expect.poll(figures).toContain('2026 年结对 3对 出师 2人 取得证书或等级 2人 技术提案 6件')
    const before = pairCount(app)

    // 计划出师日期早于结对日期：被拒绝，什么也没存
    await page.getByRole('button', { name: '登记结对' }).click()
    const dialog = page.getByRole('dialog').last()
    // 师傅从花名册里挑：输入姓名查找
    await dialog.getByLabel(/^师傅/).fill('姚子轩')
    await page.locator('.ant-select-dropdown:visible').getByTitle(`姚子轩（${BRANCH}）`, { exact: true }).click()
    await dialog.getByLabel('徒弟姓名').fill('王小川')
    await dialog.getByLabel('徒弟岗位').fill('钳工')
    await fillDate(page, '结对日期', '2026-04-01')
    await fillDate(page, '计划出师日期', '2026-03-01')
    await dialog.getByLabel('技能目标').fill('独立完成轧机导卫装配')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByTestId('mentorship-error').innerText()).toBe('计划出师日期不能早于结对日期')
    expect(pairCount(app)).toBe(before)
    await shot(page, '师带徒-登记被拒')

    await fillDate(page, '计划出师日期', '2027-04-01')
    await dialog.getByRole('button', { name: '保存' }).click()
    const row = page.getByRole('row', { name: /王小川/ })
    await expect.poll(() => row.innerText()).toContain('结对中')
    expect(pairCount(app)).toBe(before + 1)
    await expect.poll(figures).toContain('2026 年结对 4对 出师 2人 取得证书或等级 2人')

    // 出师：取得钳工高级工证书，提了 2 条技术提案，节约 8,000 元
    await row.getByRole('button', { name: '编辑' }).click()
    await pick(page, '状态', '已出师')
    await fillDate(page, '出师日期', '2026-11-20')
    await dialog.getByLabel('取得证书或等级').fill('钳工（高级工）')
    await fillDate(page, '取证日期', '2026-11-10')
    await dialog.getByLabel('技术提案（件）').fill('2')
    await dialog.getByLabel('节约创效（元）').fill('8000')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => row.innerText()).toContain('已出师')
    await expect.poll(figures).toContain('2026 年结对 4对 出师 3人 取得证书或等级 3人 技术提案 8件 节约创效 141,000.50元')
    await shot(page, '师带徒')

    const { rows } = await exportedRows(page, '导出师带徒结对台账')
    expect(rows[0][0]).toBe('「红师傅带蓝徒弟」结对台账')
    const mine = rows.find((r) => r[2] === '王小川')!
    expect([mine[1], mine[3], mine[5], mine[6], mine[7], mine[8], mine[9], mine[10], mine[11], mine[12], mine[13], mine[14]]).toEqual([
      '姚子轩', '钳工', '2026-04-01', '2027-04-01', '技能：独立完成轧机导卫装配', '已出师', '2026-11-20', '钳工（高级工）', '2026-11-10', '2', '8000', '未递交'
    ])
    expect(rows.at(-1)!.slice(1, 3)).toEqual(['合计', '4 对'])
    expect(rows.at(-1)!.slice(8, 15)).toEqual(['出师 3', '', '取证 3 人', '', '8', '141000.5', '1 人'])
  })
})
