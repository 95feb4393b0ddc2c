// 打印页外框：A4 纸张方向、打印样式；数据和字体都就绪后在 body 上标记 data-print-ready，主进程据此生成 PDF
import { type ReactNode, useEffect } from 'react'

type Props = { landscape: boolean; ready: boolean; children: ReactNode }

export function PrintPage({ landscape, ready, children }: Props): ReactNode {
  useEffect(() => {
    document.body.classList.add('printing')
    return () => document.body.classList.remove('printing')
  }, [])
  useEffect(() => {
    if (!ready) return
    let alive = true
    void document.fonts.ready.then(() => {
      if (alive) document.body.dataset.printReady = '1'
    })
    return () => {
      alive = false
      delete document.body.dataset.printReady
    }
  }, [ready])
  return (
    <div className={`print-sheet ${landscape ? 'landscape' : 'portrait'}`}>
      <style>{`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 14mm 12mm 16mm; }`}</style>
      {children}
    </div>
  )
}
