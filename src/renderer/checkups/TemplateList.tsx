// 指标模板：版本列表、查看检查项、复制为新版本、删除（被体检用过的版本不能删）
import { App, Button, Descriptions, Input, Modal, Popconfirm, Space, Table, Tag } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { CheckupTemplate, TemplateSummary } from '../../shared/checkups/template'
import { TemplateEditor } from './TemplateEditor'

export function TemplateList(): ReactNode {
  const { message } = App.useApp()
  const [rows, setRows] = useState<TemplateSummary[]>([])
  const [viewing, setViewing] = useState<CheckupTemplate | null>(null)
  const [editing, setEditing] = useState<CheckupTemplate | null>(null)
  const [copying, setCopying] = useState<{ id: string; version: string } | null>(null)
  const load = useCallback(async () => setRows(await window.api.checkupTemplates.list()), [])
  useEffect(() => void load(), [load])
  const fail = (e: Error): void => void message.error(e.message)

  const copy = async (): Promise<void> => {
    if (!copying) return
    try {
      await window.api.checkupTemplates.copy(copying)
      setCopying(null)
      message.success('已复制为新版本')
      await load()
    } catch (e) {
      fail(e as Error)
    }
  }

  return (
    <>
      <Table<TemplateSummary>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '模板', dataIndex: 'title' },
          { title: '版本', dataIndex: 'version', width: 140 },
          { title: '检查项', dataIndex: 'itemCount', width: 80, align: 'right' },
          { title: '满分', dataIndex: 'fullMarks', width: 70, align: 'right' },
          { title: '来源', key: 'src', width: 200, render: (_, r) => (r.shipped ? <Tag color="blue">随软件发布</Tag> : <>复制自 {rows.find((x) => x.id === r.basedOn)?.version ?? '—'}</>) },
          { title: '使用', dataIndex: 'inUse', width: 90, render: (v: boolean) => (v ? <Tag color="green">已使用</Tag> : '未使用') },
          {
            title: '操作', key: 'ops', width: 250,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => window.api.checkupTemplates.get({ id: r.id }).then(setViewing, fail)}>查看</Button>
                <Button type="link" size="small" onClick={() => setCopying({ id: r.id, version: `${r.version}-副本` })}>复制为新版本</Button>
                <Button type="link" size="small" disabled={r.shipped || r.inUse} onClick={() => window.api.checkupTemplates.get({ id: r.id }).then(setEditing, fail)}>修改</Button>
                <Popconfirm title="把这个模板版本移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.checkupTemplates.delete({ id: r.id }).then(load, fail) }}>
                  <Button type="link" size="small" danger disabled={r.shipped || r.inUse}>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <Modal title="复制为新版本" open={!!copying} okText="复制" cancelText="取消" onOk={copy} onCancel={() => setCopying(null)}>
        <Input addonBefore="新版本号" value={copying?.version} maxLength={20} onChange={(e) => setCopying((c) => c && { ...c, version: e.target.value })} />
      </Modal>
      <Modal title={viewing ? `${viewing.title} ${viewing.version}` : ''} open={!!viewing} footer={null} width={1100} onCancel={() => setViewing(null)}>
        {viewing && (
          <>
            <Descriptions size="small" column={1} items={[{ label: '来源说明', children: viewing.body.source }, { label: '加分', children: `封顶 ${viewing.body.bonus.cap} 分：${viewing.body.bonus.items.map((b) => `${b.code} ${b.content}（≤${b.max}）`).join('；')}` }, { label: '否决项', children: viewing.body.vetoes.map((v) => `${v.code} ${v.content}`).join('；') }]} />
            <Table size="small" bordered rowKey="code" pagination={false} scroll={{ y: 480 }} dataSource={viewing.body.items} style={{ marginTop: 12 }}
              columns={[
                { title: '编号', dataIndex: 'code', width: 60 },
                { title: '二级指标', dataIndex: 'group', width: 90 },
                { title: '检查内容', dataIndex: 'content' },
                { title: '分值', dataIndex: 'score', width: 50 },
                { title: '评分细则', dataIndex: 'rule', width: 220 },
                { title: '核查方式', dataIndex: 'method', width: 90 },
                { title: '自动', dataIndex: 'metric', width: 60, render: (v: string | null) => (v ? '是' : '') }
              ]} />
          </>
        )}
      </Modal>
      <TemplateEditor template={editing} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />
    </>
  )
}
