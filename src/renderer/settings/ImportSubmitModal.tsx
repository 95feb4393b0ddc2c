// 导入报送包或体检结果回执：预览各类记录的新增、更新、未变、保留本机、跳过；跳过的行写明原因；
// 两边都改了的字段逐条选「保留本机」或「采用对方」；第一次收到某个报送单位的包时先核对它在本机的位置 → 确认后一次导入
import { Alert, App, Checkbox, Descriptions, Form, Modal, Progress, Radio, Table, TreeSelect, Typography } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { FieldConflict, SubmitPreview, SubmitProgress, TableCounts } from '../../shared/submit/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { SealNoticeAlert } from './SealNoticeAlert'

export type PackageFile = { fileName: string; base64: string }

/** 报送包在后台（工作线程）处理时，每 300 毫秒问一次到了哪里 */
function useProgress(active: boolean): SubmitProgress {
  const [progress, setProgress] = useState<SubmitProgress>(null)
  useEffect(() => {
    if (!active) return setProgress(null)
    let stop = false
    const tick = (): void => {
      void window.api.submit.progress().then((p) => {
        if (stop) return
        setProgress(p)
        timer = window.setTimeout(tick, 300)
      })
    }
    let timer = window.setTimeout(tick, 100)
    return () => {
      stop = true
      window.clearTimeout(timer)
    }
  }, [active])
  return progress
}

function ProgressLine({ p }: { p: SubmitProgress }): ReactNode {
  if (!p) return null
  const percent = p.total ? Math.min(99, Math.floor((p.done / p.total) * 100)) : 0
  return (
    <div data-testid="submit-progress" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{p.op === 'preview' ? '正在检查' : '正在导入'}：{p.label}{p.total ? `（${p.done} / ${p.total} 条）` : ''}</Typography.Text>
      <Progress percent={percent} size="small" status="active" />
    </div>
  )
}
type Choice = 'mine' | 'theirs'
const TOP = '__top__'

export function ImportSubmitModal({ file, onClose, onDone }: { file: PackageFile | null; onClose: () => void; onDone: () => void }): ReactNode {
  const { orgs, reload } = useAppData()
  const { modal } = App.useApp()
  const [preview, setPreview] = useState<SubmitPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [confirmed, setConfirmed] = useState(false)
  const progress = useProgress(busy)

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
    setChoices({})
    setConfirmed(false)
    void load()
  }, [load])

  const commit = async (): Promise<void> => {
    if (!file || !preview) return
    setBusy(true)
    try {
      const r = await window.api.submit.commit({ ...file, parentId: preview.parentId, choices, confirmSender: preview.firstTime ? confirmed : undefined })
      await reload()
      onDone()
      const n = (k: keyof TableCounts): number => r.tables.reduce((s, t) => s + (t[k] as number), 0)
      modal.success({
        title: r.kind === 'receipt' ? '已导入体检结果回执' : '已导入报送包',
        content: `「${r.orgName}」：新增 ${n('added')} 条、更新 ${n('updated')} 条、跳过 ${n('skipped')} 条。导入前的数据已自动备份。`
      })
    } catch (e) {
      modal.error({ title: '没有导入', content: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }

  const pkgOrgs = new Set(preview ? [preview.orgId] : [])
  const parents = buildOrgTree(orgs.filter((o) => !pkgOrgs.has(o.id)))
  const parentName = preview?.parentId ? (orgs.find((o) => o.id === preview.parentId)?.name ?? '') : '（顶级）'
  const rows = preview?.tables.filter((t) => t.added + t.updated + t.unchanged + t.keptLocal + t.skipped > 0) ?? []
  const num = (v: number): ReactNode => (v ? v : <Typography.Text type="secondary">0</Typography.Text>)
  const receipt = preview?.kind === 'receipt'
  const choose = (key: string, v: Choice): void => setChoices((c) => ({ ...c, [key]: v }))

  return (
    <Modal
      open={!!file} title={receipt ? '导入体检结果回执' : '导入报送包'} width={880} okText="确认导入" cancelText="取消" confirmLoading={busy}
      okButtonProps={{ disabled: !preview || !!error || (preview.firstTime && !confirmed) }}
      onOk={commit} onCancel={onClose} destroyOnHidden
    >
      {busy && <ProgressLine p={progress} />}
      {!preview && !error && !busy && <Typography.Text type="secondary">正在读取文件…</Typography.Text>}
      {error && <Alert type="error" showIcon data-testid="submit-error" message="无法导入这个文件" description={error} />}
      {preview && (
        <div data-testid="submit-preview">
          <SealNoticeAlert seal={preview.seal} />
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={receipt ? '回执发给' : '报送单位'}>{preview.orgName}</Descriptions.Item>
            <Descriptions.Item label="导出时间">{preview.exportedAt}</Descriptions.Item>
            <Descriptions.Item label="文件" span={2}>{preview.fileName}</Descriptions.Item>
          </Descriptions>
          {preview.firstTime && (
            <Alert
              type="info" showIcon style={{ marginBottom: 12 }} data-testid="submit-sender"
              message="第一次收到这个报送单位的包：请核对它在本机的位置"
              description={
                <>
                  {preview.existing ? (
                    <Typography.Paragraph style={{ marginBottom: 8 }}>它是本机已有的「{preview.orgName}」（挂在「{parentName}」下，以前导入过）。</Typography.Paragraph>
                  ) : (
                    <Form layout="inline" style={{ marginBottom: 8 }}>
                      <Form.Item label="新建在本机的哪个组织下">
                        <TreeSelect
                          data-testid="submit-parent" style={{ width: 360 }} treeDefaultExpandAll
                          value={preview.parentId ?? TOP}
                          treeData={[{ key: TOP, value: TOP, title: '（作为顶级组织）', children: [] }, ...parents]}
                          onChange={(v: string) => void load(v === TOP ? null : v)}
                        />
                      </Form.Item>
                    </Form>
                  )}
                  <Checkbox data-testid="submit-confirm-sender" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                    已核对：以后这个报送单位的包只能修改「{preview.orgName}」及其下级的记录
                  </Checkbox>
                </>
              }
            />
          )}
          <Table<TableCounts>
            rowKey="table" size="small" pagination={false} dataSource={rows} data-testid="submit-counts"
            columns={[
              { title: '记录类型', dataIndex: 'label' },
              { title: '新增', dataIndex: 'added', align: 'right', width: 80, render: num },
              { title: '更新', dataIndex: 'updated', align: 'right', width: 80, render: num },
              { title: '没有变化', dataIndex: 'unchanged', align: 'right', width: 90, render: num },
              { title: '保留本机', dataIndex: 'keptLocal', align: 'right', width: 90, render: num },
              { title: '跳过', dataIndex: 'skipped', align: 'right', width: 80, render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : num(v)) }
            ]}
          />
          {preview.conflicts.length > 0 && (
            <div data-testid="submit-conflicts" style={{ marginTop: 12 }}>
              <Alert type="warning" showIcon message={`${preview.conflicts.length} 处两边都改过：请逐条选择保留本机的还是采用${receipt ? '园区' : '报送单位'}的`} style={{ marginBottom: 8 }} />
              <Table<FieldConflict>
                rowKey="key" size="small" pagination={false} dataSource={preview.conflicts} scroll={{ y: 240 }}
                columns={[
                  { title: '记录', key: 'r', render: (_, c) => `${c.label}「${c.record}」` },
                  { title: '字段', dataIndex: 'field', width: 100 },
                  { title: '本机的', dataIndex: 'mine' },
                  { title: receipt ? '园区的' : '报送包里的', dataIndex: 'theirs' },
                  {
                    title: '采用', key: 'choice', width: 200,
                    render: (_, c) => (
                      <Radio.Group size="small" style={{ whiteSpace: 'nowrap' }} value={choices[c.key] ?? 'mine'} onChange={(e) => choose(c.key, e.target.value as Choice)} aria-label={`${c.label}「${c.record}」${c.field}`}>
                        <Radio value="mine">保留本机</Radio>
                        <Radio value="theirs">采用对方</Radio>
                      </Radio.Group>
                    )
                  }
                ]}
              />
            </div>
          )}
          {preview.skipped.length > 0 ? (
            <Alert
              style={{ marginTop: 12 }} type="warning" showIcon data-testid="submit-skipped"
              message={`${preview.skipped.length} 条记录不能导入，将跳过，其余照常导入`}
              description={<ul style={{ margin: 0, paddingLeft: 18, maxHeight: 200, overflow: 'auto' }}>{preview.skipped.map((c, i) => <li key={i}>{c.label}「{c.record}」：{c.reason}</li>)}</ul>}
            />
          ) : (
            preview.conflicts.length === 0 && <Alert style={{ marginTop: 12 }} type="success" showIcon message="没有冲突" />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            按记录编号逐字段合并：{receipt ? '园区的体检得分、签字和复核销号采用园区的，本单位填的内容不动' : '企业的记录和自评采用企业的，本机的体检得分、签字和复核销号不动'}；只有一边改过的取那一边。导入前自动备份，全部导入或一条也不导入。
          </Typography.Paragraph>
        </div>
      )}
    </Modal>
  )
}
