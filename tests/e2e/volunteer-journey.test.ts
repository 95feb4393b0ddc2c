// 志愿服务：登记一次应急突击队活动（日期填到明天被拒绝），改正后保存，上方的次数、人次、时长跟着变，导出台账读回
import { afterEach, describe, expect, it } from 'vitest'
import { SCENARIO_DAY } from '../helpers/clock'
import { tempDir } from '../helpers/context'
import { exportedRows, fillDate, meetingsTabWithDemo, pick, shot } from './helpers'
import { type LaunchedApp, launchApp } from '../../src/shell'

let app: LaunchedApp | null = null
afterEach(async (t) => {
  if (app && t.task.result?.state === 'fail') await shot(app.page, `失败-${t.task.name}`).catch(() => {})
  await app?.close()
  app = null
})

const BRANCH = '嘉州新材料生产第一党支部'

describe('志愿服务旅程（Chromium 外壳）', () => {
  it('登记活动（日期在将来被拒绝）、年度合计、导出台账', async () => {
    app = await launchApp({ dataDir: tempDir('redtie-e2e-'), today: () => SCENARIO_DAY, failOnPageErrors: true, viewport: { width: 1400, height: 900 } })
    const { page } = app
    await meetingsTabWithDemo(page, BRANCH, '志愿服务')
    const figures = async (): Promise<string> => (await page.getByTestId('volunteer-summary').innerText()).replace(/\s+/g, ' ')
    await expect.poll(figures).toBe('2026 年服务 3次 参加 33人次 服务时长 194小时 服务群众 42人')

    await page.getByRole('button', { name: '登记活动' }).click()
    const dialog = page.getByRole('dialog').last()
    await fillDate(page, '活动日期', '2026-11-26')
    await pick(page, '队伍类型', '应急突击队')
    await dialog.getByLabel('队伍名称').fill('新材料应急突击队')
    await dialog.getByLabel('服务内容').fill('寒潮前检修园区供水管道保温层')
    await dialog.getByLabel('参加人数').fill('5')
    await dialog.getByLabel('人均时长（小时）').fill('3.5')
    await dialog.getByLabel('服务群众人数').fill('300')
    await dialog.getByLabel(/^参加的党员/).fill('毛建华')
    await page.locator('.ant-select-dropdown:visible').getByTitle('毛建华', { exact: true }).click()
    await dialog.getByLabel('服务内容').click() // 收起下拉
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByTestId('volunteer-error').innerText()).toBe('活动日期 2026-11-26 晚于今天')
    await fillDate(page, '活动日期', '2026-11-24')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect.poll(() => page.getByRole('row', { name: /寒潮前检修/ }).innerText()).toContain('毛建华')
    await expect.poll(figures).toBe('2026 年服务 4次 参加 38人次 服务时长 211.5小时 服务群众 342人')
    await shot(page, '志愿服务')

    const { rows } = await exportedRows(page, '导出志愿服务活动台账')
    expect(rows[0][0]).toBe('志愿服务活动台账')
    expect(rows.find((r) => r[1] === '2026-11-24')!.slice(2, 11)).toEqual(['应急突击队', '新材料应急突击队', BRANCH, '寒潮前检修园区供水管道保温层', '5', '3.5', '17.5', '300', '毛建华'])
    expect(rows.at(-1)!.slice(1, 10)).toEqual(['合计', '4 次', '', '', '', '38', '', '211.5', '342'])
  })
})
