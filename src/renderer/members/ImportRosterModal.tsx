// 从 Excel 导入花名册：下载模板 → 选择文件 → 预览每行的错误 → 导入无误的行 → 报告
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, App, Button, Modal, Space, Table, Tag, TreeSelect, Typography, Upload } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { ImportCounts, ImportRowView } from '../../shared/members/import'
import { useAppData } from '../common/AppData'
import { fileToBase64 } from '../common/fileBase64'
import { buildOrgTree } from '../common/orgTree'

type Props = { open: boolean; defaultOrgId?: string; onClose: () => void; onImported: () => void | Promise<void> }
type Picked = { fileName: string; base64: string }

const STATUS: Record<ImportRowView['status'], ReactNode> = { new: <Tag color="green">将导入</Tag>, exists: <Tag>已在册，跳过</Tag>, error: <Tag color="red">有错误</Tag> }

export function ImportRosterModal({ open, defaultOrgId, onClose, onImported }: Props): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [orgId, setOrgId] = useState<string | undefined>(defaultOrgId)
  const [file, setFile] = useState<Picked | null>(null)
  const [preview, setPreview] = useState<{ counts: ImportCounts; rows: ImportRowView[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  useEffect(() => {
    if (open) (setFile(null), setPreview(null), setError(null), setDone(null), setOrgId(defaultOrgId))
  }, [open, defaultOrgId])

  const check = async (picked: Picked, org = orgId): Promise<void> => {
    setBusy(true)
    setError(null)
    setPreview(null)
    try {
      setPreview(await window.api.members.importPreview({ ...picked, defaultOrgId: org }))
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const commit = async (): Promise<void> => {
    if (!file) return
    setBusy(true)
    try {
      const r = await window.api.members.importCommit({ ...file, defaultOrgId: orgId })
      setPreview(r)
      setDone(`已导入 ${r.added} 名党员${r.counts.exists ? `，${r.counts.exists} 名已在册跳过` : ''}${r.counts.error ? `，${r.counts.error} 行有错误未导入` : ''}。${r.backup ? '导入前已自动备份。' : ''}`)
      await onImported()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const shown = preview?.rows.filter((r) => r.status !== 'exists' || r.warnings.length) ?? []
  return (
    <Modal
      open={open}
      width={900}
      title="从 Excel 导入党员"
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{done ? '完成' : '取消'}</Button>
          {!done && <Button type="primary" disabled={!preview || preview.counts.new === 0} loading={busy} onClick={commit}>{preview ? `导入无误的 ${preview.counts.new} 行` : '导入'}</Button>}
        </Space>
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<DownloadOutlined />} onClick={async () => {
          try {
            const r = await window.api.members.importTemplate()
            if (r) message.success(`模板已保存到：${r.path}`)
          } catch (e) {
            message.error((e as Error).message)
          }
        }}>下载导入模板</Button>
        <span>表里没有「所在党组织」列时导入到：</span>
        <TreeSelect allowClear style={{ width: 280 }} placeholder="选择组织" treeDefaultExpandAll treeData={buildOrgTree(orgs)} value={orgId} onChange={(v) => {
          setOrgId(v ?? undefined)
          if (file) void check(file, v ?? undefined)
        }} />
      </Space>
      <Upload.Dragger accept=".xlsx" showUploadList={false} disabled={busy} beforeUpload={async (f) => {
        const picked = { fileName: f.name, base64: await fileToBase64(f) }
        setFile(picked)
        setDone(null)
        await check(picked)
        return false
      }}>
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p>{file ? `已选择：${file.fileName}（点击或拖入可换一个）` : '点击或把 .xlsx 文件拖到这里'}</p>
      </Upload.Dragger>
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message="不能导入" description={error} data-testid="import-error" />}
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon message={done} data-testid="import-done" />}
      {preview && (
        <>
          <Typography.Paragraph style={{ marginTop: 12 }} data-testid="import-counts">
            共 {preview.counts.total} 行：将导入 {preview.counts.new} 行，已在册 {preview.counts.exists} 行，有错误 {preview.counts.error} 行。
          </Typography.Paragraph>
          <Table<ImportRowView>
            data-testid="import-rows"
            rowKey="rowNumber"
            size="small"
            bordered
            pagination={{ pageSize: 8 }}
            dataSource={shown}
            columns={[
              { title: '行号', dataIndex: 'rowNumber', width: 64 },
              { title: '姓名', dataIndex: 'name', width: 90 },
              { title: '身份证号', dataIndex: 'idMasked', width: 170 },
              { title: '状态', dataIndex: 'status', width: 110, render: (s: ImportRowView['status']) => STATUS[s] },
              { title: '说明', key: 'msg', render: (_, r) => [...r.errors, ...r.warnings].join('；') }
            ]}
          />
        </>
      )}
    </Modal>
  )
}
