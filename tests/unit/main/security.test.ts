// Electron 安全规则：窗口设置、可信页面、允许的请求（规则在 src/main/security.ts，index.ts 只是把它们挂到 Electron 上）
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAllowedRequest, isTrustedUrl, secureWebPreferences } from '../../../src/main/security'

const indexFile = path.resolve('/opt/红领带党建台账/resources/app.asar/out/renderer/index.html')
const packaged = { indexFile, packaged: true }
const fileUrl = (p: string): string => pathToFileURL(p).href

describe('Electron 安全清单', () => {
  it('窗口：上下文隔离、沙箱、渲染进程没有 Node、不允许 webview 和不安全内容', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false
    })
  })

  it('只有自己的界面页能调用接口、能被导航到（含路由的 #）', () => {
    expect(isTrustedUrl(fileUrl(indexFile), packaged)).toBe(true)
    expect(isTrustedUrl(fileUrl(indexFile) + '#/print/member-card/x', packaged)).toBe(true)
    for (const bad of [
      fileUrl('/tmp/evil/renderer/index.html'),
      fileUrl(path.join(path.dirname(indexFile), 'other.html')),
      fileUrl(path.join(path.dirname(indexFile), '../renderer/../renderer/index.html.evil')),
      'file://evil-host' + indexFile,
      'https://example.com/renderer/index.html',
      'http://localhost:5173/',
      'javascript:alert(1)',
      'not a url'
    ])
      expect(isTrustedUrl(bad, packaged), bad).toBe(false)
  })

  it('开发服务器只在未打包时可信', () => {
    expect(isTrustedUrl('http://localhost:5173/#/home', { indexFile, devUrl: 'http://localhost:5173', packaged: false })).toBe(true)
    expect(isTrustedUrl('http://localhost:5173/#/home', { indexFile, devUrl: 'http://localhost:5173', packaged: true })).toBe(false)
    expect(isTrustedUrl('http://localhost:5174/', { indexFile, devUrl: 'http://localhost:5173', packaged: false })).toBe(false)
  })

  it('请求：只许读界面自己的文件，任何网络地址和别的本地文件都拦下', () => {
    const dir = path.dirname(indexFile)
    expect(isAllowedRequest(fileUrl(path.join(dir, 'assets/index-abc.js')), packaged)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/x.js', packaged)).toBe(true)
    for (const bad of ['https://cdn.example.com/antd.css', 'http://127.0.0.1:8080/', 'ws://localhost/', fileUrl('/etc/passwd'), fileUrl(dir + '-evil/x.js'), 'data:text/html,hi'])
      expect(isAllowedRequest(bad, packaged), bad).toBe(false)
  })

  it('界面的 CSP：默认只许本应用，不许内联脚本、插件、表单提交', () => {
    const html = fs.readFileSync('src/renderer/index.html', 'utf8')
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    const rules = Object.fromEntries(csp.split(';').map((r) => r.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))
    expect(rules['default-src']).toEqual(["'self'"])
    expect(rules['script-src']).toEqual(["'self'"])
    expect(rules['connect-src']).toEqual(["'self'"])
    expect(rules['object-src']).toEqual(["'none'"])
    expect(rules['form-action']).toEqual(["'none'"])
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/)
  })

  it('Electron 只在胶水文件里引用', () => {
    const offenders: string[] = []
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(e.name) && /from ['"]electron['"]/.test(fs.readFileSync(p, 'utf8').replace(/import type[^\n]+/g, ''))) offenders.push(p)
      }
    }
    walk('src')
    expect(offenders.sort()).toEqual(['src/main/index.ts', 'src/main/print/window.ts', 'src/preload/index.ts'].map((p) => path.normalize(p)))
  })
})
