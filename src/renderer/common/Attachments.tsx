// 附件：上传（复制进数据目录）、列表、打开、删除（进回收站）。用法：<Attachments owner="meeting" ownerId={id} />
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { Attachment } from '../../shared/attachments'
import { fileToBase64 } from './fileBase64'

type Props = { owner: string; ownerId: string; readOnly?: boolean; label?: string }

const sizeText = (n: number): string => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`)

export function Attachments({ owner, ownerId, readOnly, label = '上传附件' }: Props): ReactNode {
  const { message } = App.useApp()
  const [items, setItems] = useState<Attachment[]>([])
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try {
      setItems(await window.api.attachments.list({ owner, ownerId }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [owner, ownerId, message])
  useEffect(() => void load(), [load])

  const upload = async (f: File): Promise<void> => {
    setBusy(true)
    try {
      await window.api.attachments.add({ owner, ownerId, fileName: f.name, base64: await fileToBase64(f) })
      message.success(`已保存附件「${f.name}」`)
      await load()
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const open = async (a: Attachment): Promise<void> => {
    try {
      const r = await window.api.attachments.open({ id: a.id })
      message.info(`文件位置：${r.path}`)
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const remove = async (a: Attachment): Promise<void> => {
    try {
      await window.api.attachments.remove({ id: a.id })
      message.success('附件已移到回收站')
      await load()
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} className="attachments">
      {!readOnly && (
        <Upload multiple showUploadList={false} disabled={busy} beforeUpload={(f) => (void upload(f), false)}>
          <Button icon={<UploadOutlined />} loading={busy}>
            {label}
          </Button>
        </Upload>
      )}
      <List
        size="small"
        locale={{ emptyText: '还没有附件' }}
        dataSource={items}
        renderItem={(a) => (
          <List.Item
            actions={
              readOnly
                ? []
                : [
                    <Popconfirm key="del" title={`把「${a.fileName}」移到回收站？`} onConfirm={() => void remove(a)} okText="移到回收站" cancelText="取消">
                      <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`删除附件 ${a.fileName}`} />
                    </Popconfirm>
                  ]
            }
          >
            <Space>
              <PaperClipOutlined />
              <Typography.Link onClick={() => void open(a)}>{a.fileName}</Typography.Link>
              <Typography.Text type="secondary">
                {sizeText(a.size)} · {a.createdAt.slice(0, 10)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  )
}
