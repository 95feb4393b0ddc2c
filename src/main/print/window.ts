// Electron 打印：隐藏窗口载入打印页，等页面标记就绪（数据与字体），再 printToPDF 或调出系统打印对话框。只由 index.ts 引用。
import path from 'node:path'
import { BrowserWindow, type WebPreferences } from 'electron'
import { type PrintKind, printKinds } from '../../shared/print'
import { pdfOptions } from './pdfOptions'

async function withPrintWindow<T>(prefs: WebPreferences, route: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({ show: false, webPreferences: prefs })
  try {
    await win.loadFile(path.join(__dirname, '../renderer/index.html'), { hash: route })
    const deadline = Date.now() + 20_000
    while (!(await win.webContents.executeJavaScript('document.body.dataset.printReady === "1"'))) {
      if (Date.now() > deadline) throw new Error('打印页没有在 20 秒内准备好')
      await new Promise((r) => setTimeout(r, 50))
    }
    return await use(win)
  } finally {
    win.destroy()
  }
}

/** The system dialog does not always take the orientation from @page: pass the print kind's own. */
const isLandscape = (route: string): boolean => {
  const kind = route.split('/')[2]
  return kind in printKinds && printKinds[kind as PrintKind].landscape
}

export function electronPrinting(prefs: WebPreferences): { renderPdf: (route: string) => Promise<Buffer>; printDialog: (route: string) => Promise<void> } {
  return {
    renderPdf: (route) => withPrintWindow(prefs, route, (win) => win.webContents.printToPDF({ pageSize: 'A4', ...pdfOptions })),
    printDialog: (route) =>
      withPrintWindow(
        prefs,
        route,
        (win) =>
          new Promise<void>((resolve, reject) =>
            win.webContents.print({ silent: false, printBackground: true, pageSize: 'A4', landscape: isLandscape(route) }, (ok, reason) => (ok || reason === 'Print job canceled' ? resolve() : reject(new Error(`打印失败：${reason}`))))
          )
      )
  }
}
