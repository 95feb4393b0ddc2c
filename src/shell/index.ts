// Chromium 外壳：不用 Electron 也能运行真实界面。Debian 的 Chromium（或 REDTIE_CHROMIUM 指定的浏览器）载入构建好的界面，
// 页面里运行的是 Electron 用的同一个预加载脚本（out/preload/index.js），它调用的 ipcRenderer.invoke 经 Playwright 绑定
// 送到 Node 里同一张通道处理表（src/main/api.ts），数据是 dataDir 下真实的 SQLite 文件。
import fs from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core'
import { createDispatch } from '../main/api'
import { afterStart } from '../main/startup'
import { type AppContext, createContext } from '../main/context'
import { pdfOptions } from '../main/print/pdfOptions'

export const ORIGIN = 'http://redtie.app'
const OUT = path.resolve(import.meta.dirname, '../../out')
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json' }

/** How the data folder's lock names this host to a second instance. */
export const SHELL_PROGRAM = 'Chromium 外壳（npm run start:chromium 或测试）'

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']

export type LaunchOptions = {
  dataDir: string
  headless?: boolean
  /** The app's “today”. When given, the page's own clock is set to 09:00 of that day too, so the renderer's dates agree with main's. */
  today?: () => string
  viewport?: { width: number; height: number }
  /** Tests: close() fails when the page threw an error nobody handled (an uncaught exception or promise rejection). */
  failOnPageErrors?: boolean
}
export type LaunchedApp = {
  page: Page
  ctx: AppContext
  browser: Browser
  context: BrowserContext
  /** Requests the page tried to make to anywhere but the app itself (all refused). */
  externalRequests: string[]
  /** Errors the pages threw and nobody handled. */
  pageErrors: string[]
  close: () => Promise<void>
}

export async function launchApp(opts: LaunchOptions): Promise<LaunchedApp> {
  const preload = path.join(OUT, 'preload/index.js')
  if (!fs.existsSync(path.join(OUT, 'renderer/index.html')) || !fs.existsSync(preload))
    throw new Error('找不到构建好的界面：请先运行 npm run build')
  const headless = opts.headless ?? true
  let pdfContext = null as BrowserContext | null
  let pdfBrowser = null as Browser | null
  const ctx = createContext({
    dataDir: opts.dataDir,
    lock: SHELL_PROGRAM,
    today: opts.today,
    // page.pdf() needs headless Chromium: a windowed shell prints through a second, headless browser.
    // Chromium can't print a page whose timers are faked, so print pages (which take their dates from main) keep the real clock.
    renderPdf: async (route) => {
      if (!pdfContext) {
        if (!headless) pdfBrowser = await launchChromium(true)
        pdfContext = await prepareContext(pdfBrowser ?? browser, false)
      }
      // headless Chromium now and then answers 「Printing failed」 on a busy machine: a fresh page prints it
      for (let attempt = 1; ; attempt++) {
        const p = await pdfContext.newPage()
        try {
          await p.goto(`${ORIGIN}/index.html#${route}`)
          await p.waitForSelector('body[data-print-ready="1"]')
          return await p.pdf(pdfOptions)
        } catch (e) {
          if (attempt >= 2 || !String(e).includes('Printing failed')) throw e
        } finally {
          await p.close()
        }
      }
    }
  })
  await afterStart(ctx)
  const dispatch = createDispatch(ctx)
  const externalRequests: string[] = []
  const pageErrors: string[] = []
  const launchChromium = (hl: boolean): Promise<Browser> =>
    chromium.launch({ executablePath: process.env.REDTIE_CHROMIUM || '/usr/bin/chromium', headless: hl, args: CHROMIUM_ARGS })
  const prepareContext = async (b: Browser, pinClock = true): Promise<BrowserContext> => {
    const c = await b.newContext({ viewport: opts.viewport ?? { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: false })
    c.setDefaultTimeout(15_000)
    c.on('weberror', (e) => pageErrors.push(e.error().message))
    // the page's clock starts at the pinned day and then runs on, so timers and animations behave as usual
    if (opts.today && pinClock) await c.clock.install({ time: new Date(`${opts.today()}T09:00:00`) })
    await c.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      if (url.origin !== ORIGIN) {
        externalRequests.push(url.href)
        return route.abort('blockedbyclient')
      }
      const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
      const file = path.join(OUT, 'renderer', rel)
      if (!file.startsWith(path.join(OUT, 'renderer')) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' })
      return route.fulfill({ status: 200, contentType: MIME[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) })
    })
    // the transport Electron gives the preload: contextBridge puts window.api on the page, ipcRenderer.invoke reaches main
    await c.exposeBinding('__redtieInvoke', (source, channel: unknown, payload: unknown) => {
      if (new URL(source.frame.url()).origin !== ORIGIN) return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } }
      return dispatch(channel, payload)
    })
    await c.addInitScript(preloadShim(fs.readFileSync(preload, 'utf8')))
    return c
  }
  const browser = await launchChromium(headless)
  const context = await prepareContext(browser)
  const page = await context.newPage()
  await page.goto(`${ORIGIN}/index.html#/home`)
  return {
    page,
    ctx,
    browser,
    context,
    externalRequests,
    pageErrors,
    close: async () => {
      await browser.close().catch(() => {})
      await pdfBrowser?.close().catch(() => {})
      ctx.close()
      if (opts.failOnPageErrors && pageErrors.length) throw new Error(`页面里有未处理的错误：\n${pageErrors.join('\n')}`)
    }
  }
}

function preloadShim(preloadSource: string): string {
  return `(() => {
    const electron = {
      contextBridge: { exposeInMainWorld: (key, value) => { Object.defineProperty(window, key, { value, enumerable: true }) } },
      ipcRenderer: { invoke: (channel, payload) => window.__redtieInvoke(channel, payload) }
    };
    const require = (name) => { if (name === 'electron') return electron; throw new Error('预加载脚本只能使用 electron：' + name) };
    const module = { exports: {} };
    (function (require, module, exports) { ${preloadSource}\n })(require, module, module.exports);
  })()`
}
