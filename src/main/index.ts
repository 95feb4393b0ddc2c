// Electron 主进程：窗口、菜单、安全设置、把契约通道绑到服务上。只有胶水，规则都在各领域文件夹里。
import path from 'node:path'
import { BrowserWindow, Menu, app, dialog, ipcMain, shell } from 'electron'
import { channels } from '../shared/contract'
import { createDispatch } from './api'
import { afterStart } from './startup'
import { createContext } from './context'
import { defaultDataDir } from './dataDir'
import { electronPrinting } from './print/window'
import { type TrustOptions, isAllowedRequest, isTrustedUrl, secureWebPreferences } from './security'

const RENDERER_URL = process.env.ELECTRON_RENDERER_URL
const INDEX_FILE = path.join(__dirname, '../renderer/index.html')
const trust = (): TrustOptions => ({ indexFile: INDEX_FILE, devUrl: RENDERER_URL, packaged: app.isPackaged })

async function main(): Promise<void> {
  app.enableSandbox()
  // 同一台电脑上只开一个窗口：再次启动时把已开的窗口提到前面；另外数据文件夹里的锁文件挡住外壳、脚本等别的程序
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  let win: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore()
    win?.focus()
  })
  await app.whenReady()
  const dataDir = defaultDataDir()
  const webPreferences = { ...secureWebPreferences, preload: path.join(__dirname, '../preload/index.js') }
  let ctx
  try {
    ctx = createContext({
      dataDir,
      lock: '红领带党建台账（桌面版）',
      version: app.getVersion(),
      ...electronPrinting(webPreferences),
      openPath: async (file) => {
        const err = await shell.openPath(file)
        if (err) throw new Error(err)
      },
      chooseSavePath: async (suggested) => {
        const pdf = suggested.endsWith('.pdf')
        const r = await dialog.showSaveDialog(win!, {
          title: pdf ? '保存 PDF' : '保存台账',
          defaultPath: path.join(app.getPath('documents'), suggested),
          filters: [pdf ? { name: 'PDF 文件', extensions: ['pdf'] } : { name: 'Excel 工作簿', extensions: ['xlsx'] }]
        })
        return r.canceled || !r.filePath ? null : r.filePath
      }
    })
  } catch (e) {
    dialog.showErrorBox('无法打开数据', `${e instanceof Error ? e.message : String(e)}\n\n数据位置：${dataDir}`)
    app.exit(1)
    return
  }
  void afterStart(ctx).catch((e) => console.error('启动后的备份或预载失败', e))
  const dispatch = createDispatch(ctx)
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload) => {
      if (!event.senderFrame || !isTrustedUrl(event.senderFrame.url, trust()))
        return { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } }
      return dispatch(channel, payload)
    })
  }

  Menu.setApplicationMenu(null)
  win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    title: '红领带 · 非公企业党建台账',
    show: false,
    webPreferences
  })
  win.once('ready-to-show', () => win?.show())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-navigate', (e, url) => {
    if (!isTrustedUrl(url, trust())) e.preventDefault()
  })
  win.webContents.on('will-attach-webview', (e) => e.preventDefault())
  win.webContents.session.setPermissionRequestHandler((_wc, _perm, cb) => cb(false))
  win.webContents.session.setPermissionCheckHandler(() => false)
  win.webContents.session.webRequest.onBeforeRequest((details, cb) => {
    cb({ cancel: !isAllowedRequest(details.url, trust()) })
  })
  if (RENDERER_URL && !app.isPackaged) await win.loadURL(RENDERER_URL)
  else await win.loadFile(INDEX_FILE)

  app.on('window-all-closed', () => {
    ctx.close()
    app.quit()
  })
}

void main()
