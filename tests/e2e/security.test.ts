// 真实界面里的安全行为：CSP 挡住外部请求和注入的脚本（eval 由 CSP 不含 unsafe-eval 保证，见单元测试；开发者工具送进来的代码不受 CSP 约束，这里测不了）；走一圈主要页面，页面一个网络请求都没发
import { describe, expect, it } from 'vitest'
import { appPerTest } from './helpers'

const session = appPerTest()

describe('界面安全（Chromium 外壳）', () => {
  it('CSP 拦下外部请求、外部脚本、内联脚本', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByTestId('first-run').waitFor()
    const violations = await page.evaluate(async () => {
      const seen: string[] = []
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective))
      await fetch('https://example.com/track').catch(() => {})
      const ext = document.createElement('script')
      ext.src = 'https://cdn.example.com/x.js'
      document.head.appendChild(ext)
      const inline = document.createElement('script')
      inline.textContent = 'window.__injected = true'
      document.head.appendChild(inline)
      const img = new Image()
      img.src = 'https://example.com/pixel.png'
      await new Promise((r) => setTimeout(r, 300))
      return { seen: [...new Set(seen)].sort(), injected: (window as unknown as { __injected?: boolean }).__injected ?? false }
    })
    expect(violations.injected).toBe(false)
    expect(violations.seen).toEqual(expect.arrayContaining(['connect-src', 'img-src', 'script-src-elem']))
    expect(app.externalRequests).toEqual([])
  })

  it('载入示例数据后走遍导航里的每一页，没有任何对外请求', async () => {
    const app = await session.start()
    const { page } = app
    await page.getByRole('button', { name: '载入示例数据' }).click()
    await page.locator('.ant-layout-sider').waitFor()
    const items = await page.locator('.ant-layout-sider .ant-menu-item').allInnerTexts()
    expect(items.length).toBeGreaterThan(4)
    for (const name of items) {
      await page.getByRole('menuitem', { name: name.trim() }).click()
      await page.waitForLoadState('networkidle')
    }
    expect(app.externalRequests).toEqual([])
  })
})
