// 界面的耗时（Chromium 外壳，五万人，三次取中位数）：
// 打开应用到首页概况和待办出来；首页出来以后点进花名册，到第一批行出现
import type { Figure, FigureFn } from './run'
import { launchApp } from '../src/shell'

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const rosterFirstRows: FigureFn = async (env): Promise<Figure[]> => {
  const home: number[] = []
  const roster: number[] = []
  for (let i = 0; i < 3; i++) {
    const app = await launchApp({ dataDir: env.dataset().dataDir, today: () => env.today })
    try {
      await app.page.waitForSelector('.ant-layout-sider')
      // 首页的概况与待办在主进程里算：先等启动时的那一次算完，再从「组织」页回到首页计时；然后点进花名册，两项分开计时
      await app.page.locator('[data-testid="dashboard"]').waitFor()
      await app.page.evaluate(() => (location.hash = '#/orgs'))
      await app.page.locator('h2.page-title', { hasText: '组织' }).waitFor()
      let t = performance.now()
      await app.page.evaluate(() => (location.hash = '#/home'))
      await app.page.locator('[data-testid="dashboard"]').waitFor()
      home.push(performance.now() - t)
      t = performance.now()
      await app.page.evaluate(() => (location.hash = '#/members'))
      await app.page.locator('[data-testid="roster-table"] .ant-table-row').first().waitFor()
      roster.push(performance.now() - t)
    } finally {
      await app.close()
    }
  }
  const k = env.memberCount / 1000
  return [
    { name: `home_dashboard_shell_${k}k`, value: Math.round(median(home)), unit: 'ms' },
    { name: `roster_first_rows_shell_${k}k`, value: Math.round(median(roster)), unit: 'ms' },
    { name: 'roster_first_rows_goal', value: 500, unit: 'ms' }
  ]
}
