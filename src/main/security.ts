// Electron 安全规则（按 Electron 安全清单）：窗口设置、哪些页面可以调用接口、哪些请求可以发出。
// 不引用 electron，供 index.ts 使用，也供单元测试直接检查。SECURITY.md 列出每一项怎样验证。
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** webPreferences of every window: the renderer gets no Node, runs sandboxed and isolated from the preload. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false
} as const

export type TrustOptions = {
  /** The built renderer's index.html on disk. */
  indexFile: string
  /** electron-vite's dev server, only when not packaged. */
  devUrl?: string
  packaged: boolean
}

/** Only our own renderer page may call the API or be navigated to: the exact index.html, or the dev server in development. */
export function isTrustedUrl(url: string, o: TrustOptions): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (o.devUrl && !o.packaged) {
    const dev = new URL(o.devUrl)
    return u.origin === dev.origin
  }
  if (u.protocol !== 'file:' || u.host !== '') return false
  return path.resolve(fileURLToPath(u)) === path.resolve(o.indexFile)
}

/** Requests the renderer may make: its own files (scripts, styles, fonts) and devtools; nothing on a network. */
export function isAllowedRequest(url: string, o: TrustOptions): boolean {
  if (url.startsWith('devtools://')) return true
  if (o.devUrl && !o.packaged) return url.startsWith(new URL(o.devUrl).origin + '/')
  if (!url.startsWith('file://')) return false
  try {
    return path.resolve(fileURLToPath(url)).startsWith(path.dirname(path.resolve(o.indexFile)) + path.sep)
  } catch {
    return false
  }
}
