// 「打印」「导出 PDF」两个按钮：任何有打印版式的记录都用它
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons'
import { App, Button, Space, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import { safeBaseName } from '../../shared/fileName'
import type { PrintKind } from '../../shared/print'

type Props = { kind: PrintKind; id: string; fileName?: string }

export function PrintButtons({ kind, id, fileName }: Props): ReactNode {
  const { message, modal } = App.useApp()
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null)
  const run = async (what: 'pdf' | 'print'): Promise<void> => {
    setBusy(what)
    try {
      if (what === 'print') await window.api.print.dialog({ kind, id })
      else {
        // 名称里可能有「/」或长达八十个字：先变成接口接受的安全文件名
        const r = await window.api.print.pdf({ kind, id, fileName: fileName === undefined ? undefined : safeBaseName(fileName) })
        if (r) modal.success({ title: 'PDF 已导出', content: <>已保存到：<Typography.Text copyable code data-testid="pdf-path">{r.path}</Typography.Text></> })
      }
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }
  return (
    <Space>
      <Button icon={<PrinterOutlined />} loading={busy === 'print'} onClick={() => run('print')}>打印</Button>
      <Button icon={<FilePdfOutlined />} loading={busy === 'pdf'} onClick={() => run('pdf')}>导出 PDF</Button>
    </Space>
  )
}
