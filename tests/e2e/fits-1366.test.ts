// 办公室笔记本的 1366×768：每个页面、每个页签都不横向出屏（长名称换行或省略，按钮不被挤出去）
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appPerTest, openTab } from './helpers'

const session = appPerTest({ viewport: { width: 1366, height: 768 } })

/**
 * What makes a person scroll sideways or cuts something off: the page wider than the window, any scrolling box
 * (the content area, a table, a dialog) whose content is wider than the box, and anything past the window's right edge.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const W = document.documentElement.clientWidth
    const out: string[] = []
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}「${(el.textContent ?? '').trim().slice(0, 24)}」`
    // the roster is a 26-column grid that scrolls sideways by design (name column fixed on the left)
    const wideByDesign = (el: Element) => !!el.closest('[data-wide-ok]')
    /** The nearest ancestor that clips or scrolls, if it ends inside the window: then it, not the window, cuts el. */
    const clippedInside = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right <= W + 1
      return false
    }
    if (document.documentElement.scrollWidth > W + 1) out.push(`页面可横向滚动：${document.documentElement.scrollWidth} > ${W}`)
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || wideByDesign(el)) continue
      const cs = getComputedStyle(el)
      if (cs.visibility === 'hidden' || cs.position === 'fixed') continue
      if ((cs.overflowX === 'auto' || cs.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)} 要横向滚动：内容 ${el.scrollWidth} > 可见 ${el.clientWidth}`)
      else if (r.right > W + 1 && r.left < W && !clippedInside(el) && !(el.parentElement && el.parentElement.getBoundingClientRect().right > W + 1))
        out.push(`${name(el)} 右边 ${Math.round(r.right)} > ${W}`)
    }
    return out
  })
}

async function visit(page: Page, hash: string, where: string, found: Record<string, string[]>): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash)
  await page.locator('h2.page-title, [data-testid="checkup-page"], [data-testid="round-page"]').first().waitFor()
  await page.waitForTimeout(300)
  const check = async (name: string) => {
    const o = await overflowing(page)
    if (o.length) found[name] = o
  }
  await check(where)
  const tabs = page.getByRole('tab')
  const names = await tabs.allInnerTexts()
  for (const t of names) {
    await openTab(page, t.trim())
    await page.waitForTimeout(200)
    await check(`${where} › ${t.trim()}`)
  }
}

describe('1366×768 下每个页面都不横向出屏', () => {
  it('示例数据：首页、组织、花名册、会议与走访、体检、问题整改、发展党员、党费、回收站、数据与设置，及各页签和详情页', async () => {
    const app = await session.start()
    const { page, ctx } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.getByText(/已载入示例数据/).waitFor()
    const one = (sql: string) => (ctx.db.prepare(sql).get() as { id: string }).id
    const routes: [string, string][] = [
      ['#/home', '首页'], ['#/orgs', '组织'], ['#/members', '党员花名册'], ['#/meetings', '会议与走访'], ['#/checkups', '党建体检'],
      [`#/checkups/rounds/${one('SELECT id FROM checkup_rounds LIMIT 1')}`, '体检批次'], [`#/checkups/${one('SELECT id FROM checkups LIMIT 1')}`, '体检评分'],
      ['#/problems', '问题整改'], ['#/development', '发展党员'], [`#/development/${one('SELECT id FROM dev_people LIMIT 1')}`, '发展党员个人'],
      ['#/dues', '党费'], ['#/recycle', '回收站'], ['#/settings', '数据与设置']
    ]
    // the check itself sees a too-wide row inside a page's content
    await page.evaluate((h) => (window.location.hash = h), '#/problems')
    await page.locator('.ant-table-row').first().waitFor()
    await page.evaluate(() => {
      const probe = document.createElement('div')
      probe.id = 'too-wide'
      probe.style.width = '1600px'
      probe.textContent = '很长很长的企业名称'
      document.querySelector('main.ant-layout-content')!.appendChild(probe)
    })
    expect((await overflowing(page)).join('\n')).toMatch(/要横向滚动|右边/)
    await page.evaluate(() => document.getElementById('too-wide')?.remove())

    const found: Record<string, string[]> = {}
    for (const [hash, name] of routes) await visit(page, hash, name, found)
    expect(found).toEqual({})
  })
})
