// 导出台账后弹出保存位置（各页签共用）
import { App, Typography } from 'antd'
import { useCallback } from 'react'

export function useLedgerExport(): (run: () => Promise<{ path: string; rows: number } | null>) => Promise<void> {
  const { message, modal } = App.useApp()
  return useCallback(
    async (run) => {
      try {
        const r = await run()
        if (r) modal.success({ title: `已导出 ${r.rows} 行`, content: <>已保存到：<Typography.Text copyable code data-testid="ledger-path">{r.path}</Typography.Text></> })
      } catch (e) {
        message.error((e as Error).message)
      }
    },
    [message, modal]
  )
}
