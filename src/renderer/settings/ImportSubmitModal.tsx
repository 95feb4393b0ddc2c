// 导入报送包：选挂在哪个组织下 → 预览各类记录的新增、更新、未变、本机较新、跳过和每一处冲突 → 确认后一次导入
import { Alert, App, Descriptions, Form, Modal, Table, TreeSelect, Typography } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { SubmitPreview, TableCounts } from '../../shared/submit/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree, descendantIds } from '../common/orgTree'
import { SealNoticeAlert } from './SealNoticeAlert'

export type PackageFile = { fileName: string; base64: string }
const TOP = '__top__'

export function ImportSubmitModal({ file, onClose, onDone }: { file: PackageFile | null; onClose: () => void; onDone: () => void }): ReactNode {
  const { orgs, reload } = useAppData()
  const { modal } = App.useApp()
  const [preview, setPreview] = useState<SubmitPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async (parentId?: string | null) => {
    if (!file) return
    setBusy(true)
    try {
      setPreview(await window.api.submit.preview({ ...file, parentId }))
      setError(null)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setBusy(false)
    }
  }, [file])
  useEffect(() => {
    setPreview(null)
    setError(null)
    void load()
  }, [load])

  const commit = async (): Promise<void> => {
    if (!file || !preview) return
    setBusy(true)
    try {
      const r = await window.api.submit.commit({ ...file, parentId: preview.parentId })
      await reload()
      onDone()
      const n = (k: keyof TableCounts): number => r.tables.reduce((s, t) => s + (t[k] as number), 0)
      modal.success({ title: '已导入报送包', content: `「${r.orgName}」：新增 ${n('added')} 条、更新 ${n('updated')} 条、跳过 ${n('skipped')} 条。导入前的数据已自动备份。` })
    } catch (e) {
      modal.error({ title: '没有导入', content: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const own = preview ? descendantIds(orgs, preview.orgId) : new Set<string>()
  const parents = buildOrgTree(orgs.filter((o) => !own.has(o.id)))
  const rows = preview?.tables.filter((t) => t.added + t.updated + t.unchanged + t.keptLocal + t.skipped > 0) ?? []
  const num = (v: number): ReactNode => (v ? v : <Typography.Text type="secondary">0</Typography.Text>)

  return (
    <Modal
      open={!!file} title="导入报送包" width={820} okText="确认导入" cancelText="取消" confirmLoading={busy}
      okButtonProps={{ disabled: !preview || !!error }}
      onOk={commit} onCancel={onClose} destroyOnHidden
    >
      {error && <Alert type="error" showIcon data-testid="submit-error" message="无法导入这个文件" description={error} />}
      {preview && (
        <div data-testid="submit-preview">
          <SealNoticeAlert seal={preview.seal} />
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="报送单位">{preview.orgName}</Descriptions.Item>
            <Descriptions.Item label="导出时间">{preview.exportedAt}</Descriptions.Item>
            <Descriptions.Item label="文件" span={2}>{preview.fileName}</Descriptions.Item>
          </Descriptions>
          <Form layout="inline" style={{ marginBottom: 12 }}>
            <Form.Item label="挂在本机的哪个组织下">
              <TreeSelect
                data-testid="submit-parent" style={{ width: 360 }} treeDefaultExpandAll
                value={preview.parentId ?? TOP}
                treeData={[{ key: TOP, value: TOP, title: '（作为顶级组织）', children: [] }, ...parents]}
                onChange={(v: string) => void load(v === TOP ? null : v)}
              />
            </Form.Item>
          </Form>
          <Table<TableCounts>
            rowKey="table" size="small" pagination={false} dataSource={rows} data-testid="submit-counts"
            columns={[
              { title: '记录类型', dataIndex: 'label' },
              { title: '新增', dataIndex: 'added', align: 'right', width: 96, render: num },
              { title: '更新', dataIndex: 'updated', align: 'right', width: 96, render: num },
              { title: '没有变化', dataIndex: 'unchanged', align: 'right', width: 96, render: num },
              { title: '本机较新（保留）', dataIndex: 'keptLocal', align: 'right', width: 140, render: num },
              { title: '跳过', dataIndex: 'skipped', align: 'right', width: 96, render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : num(v)) }
            ]}
          />
          {preview.conflicts.length > 0 ? (
            <Alert
              style={{ marginTop: 12 }} type="warning" showIcon data-testid="submit-conflicts"
              message={`${preview.conflicts.length} 条记录有冲突，将跳过，其余照常导入`}
              description={<ul style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}>{preview.conflicts.map((c, i) => <li key={i}>{c.label}「{c.record}」：{c.reason}</li>)}</ul>}
            />
          ) : (
            <Alert style={{ marginTop: 12 }} type="success" showIcon message="没有冲突" />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            按记录编号合并：本机没有的新增；报送包里修改时间更新的才覆盖本机，本机更新的保留。导入前自动备份，全部导入或一条也不导入。
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  )
}
