// 备份与恢复：立即备份、自动备份列表（日期、大小、记录数）、从列表或选择的文件恢复
import { CloudDownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { BackupInfo } from '../../shared/backup/types'
import { useAppData } from '../common/AppData'
import { fileToBase64 } from '../common/fileBase64'

const size = (n: number): string => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`)

export function BackupCard(): ReactNode {
  const { reload } = useAppData()
  const { message, modal } = App.useApp()
  const [list, setList] = useState<BackupInfo[]>([])
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => setList(await window.api.backup.list()), [])
  useEffect(() => void load(), [load])

  const restore = async (src: Parameters<typeof window.api.backup.restore>[0]): Promise<void> => {
    setBusy(true)
    try {
      const r = await window.api.backup.restore(src)
      await Promise.all([reload(), load()])
      modal.success({ title: '已恢复', content: `恢复后共有 ${r.orgs} 个组织、${r.members} 名党员。恢复前的数据已自动备份为「${r.safetyBackup}」。` })
    } catch (e) {
      modal.error({ title: '没有恢复', content: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card
      title="备份与恢复"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Button icon={<SaveOutlined />} onClick={async () => {
            try {
              const r = await window.api.backup.create()
              if (r) message.success(`已备份到：${r.path}`)
            } catch (e) {
              message.error((e as Error).message)
            }
          }}>立即备份</Button>
          <Upload accept=".db" showUploadList={false} beforeUpload={(file) => {
            modal.confirm({
              title: `用「${file.name}」恢复数据？`,
              content: '当前数据会先自动备份，然后被这个文件的内容替换。',
              okText: '恢复', cancelText: '取消',
              onOk: async () => restore({ fileName: file.name, base64: await fileToBase64(file) })
            })
            return false
          }}>
            <Button icon={<UploadOutlined />} loading={busy}>从文件恢复…</Button>
          </Upload>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">每天第一次启动、升级数据库、恢复和导入之前都会自动备份，保留最近 14 份。</Typography.Paragraph>
      <Table<BackupInfo>
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={list}
        locale={{ emptyText: '还没有自动备份' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', render: (v: string) => new Date(v).toLocaleString('zh-CN', { hour12: false }) },
          { title: '原因', dataIndex: 'reason', render: (v: string) => <Tag>{v}</Tag> },
          { title: '大小', dataIndex: 'sizeBytes', render: size },
          { title: '内容', key: 'counts', render: (_, b) => (b.counts ? `${b.counts.orgs} 个组织、${b.counts.members} 名党员` : <Typography.Text type="danger">{b.problem}</Typography.Text>) },
          {
            title: '操作', key: 'ops', render: (_, b) => (
              <Popconfirm title="用这份备份替换当前数据？当前数据会先自动备份。" okText="恢复" cancelText="取消" disabled={!!b.problem} onConfirm={() => restore({ name: b.name })}>
                <Button size="small" icon={<CloudDownloadOutlined />} disabled={!!b.problem || busy}>恢复</Button>
              </Popconfirm>
            )
          }
        ]}
      />
    </Card>
  )
}
