// 体检记录：全部或某个组织的体检（历史），新建单次体检，导出结果汇总表
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Form, Modal, Select, Table, TreeSelect } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { type Checkup, checkupStatusNames } from '../../shared/checkups/schemas'
import type { TemplateSummary } from '../../shared/checkups/template'
import { useAppData } from '../common/AppData'
import { toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { ConclusionTag, ProgressTag, StarsTag } from './gradeTags'
import { ProblemCount } from './ProblemCount'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

export function CheckupList(): ReactNode {
  const { orgs, info } = useAppData()
  const { message, modal } = App.useApp()
  const nav = useNavigate()
  const [orgId, setOrgId] = useState<string | undefined>()
  const [rows, setRows] = useState<Checkup[]>([])
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm()
  const load = useCallback(async () => {
    try {
      setRows(await window.api.checkups.list({ orgId }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, message])
  useEffect(() => void load(), [load])
  useEffect(() => void window.api.checkupTemplates.list().then(setTemplates), [])

  const create = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      const r = await window.api.checkups.save({ orgId: v.orgId, templateId: v.templateId, checkDate: toIso(v.checkDate)!, checker: orgs.find((o) => o.id === v.orgId)?.instructor ?? null })
      nav(`/checkups/${r.id}`)
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const exportSummary = async (): Promise<void> => {
    try {
      const r = await window.api.checkups.exportSummary({ orgId })
      if (r) modal.success({ title: `已导出 ${r.rows} 次体检`, content: <span data-testid="summary-export-path">{r.path}</span> })
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <>
      <div className="toolbar">
        <TreeSelect allowClear style={{ width: 280 }} placeholder="全部组织" treeDefaultExpandAll treeData={buildOrgTree(orgs)} value={orgId} onChange={(v) => setOrgId(v ?? undefined)} />
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={exportSummary}>导出体检结果汇总表</Button>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgs.length} onClick={() => { form.resetFields(); form.setFieldsValue({ orgId, templateId: templates.at(-1)?.id, checkDate: dayjs(info.today) }); setCreating(true) }}>新建体检</Button>
      </div>
      <Table<Checkup>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 次` }}
        locale={{ emptyText: '还没有体检记录' }}
        onRow={(r) => ({ onDoubleClick: () => nav(`/checkups/${r.id}`) })}
        columns={[
          { title: '体检日期', dataIndex: 'checkDate', width: 110 },
          { title: '党组织', dataIndex: 'orgName', ellipsis: true },
          { title: '批次', dataIndex: 'roundName', width: 180, ellipsis: true },
          { title: '体检人', dataIndex: 'checker', width: 90 },
          { title: '总分', dataIndex: 'total', width: 70, align: 'right' },
          { title: '星级', dataIndex: 'stars', width: 120, render: (v: number | null) => <StarsTag stars={v} /> },
          { title: '等次', dataIndex: 'level', width: 70 },
          { title: '结论', dataIndex: 'conclusion', width: 80, render: (v: string | null) => <ConclusionTag value={v} /> },
          { title: '未销号问题', key: 'problems', width: 110, render: (_: unknown, r: Checkup) => <ProblemCount c={r} /> },
          { title: '进度', dataIndex: 'progress', width: 80, render: (v: Checkup['progress']) => <ProgressTag value={v} /> },
          { title: '状态', dataIndex: 'status', width: 100, render: (v: Checkup['status']) => checkupStatusNames[v] },
          { title: '操作', key: 'ops', width: 80, render: (_, r) => <Button type="link" size="small" onClick={() => nav(`/checkups/${r.id}`)}>打开</Button> }
        ]}
      />
      <Modal title="新建体检" open={creating} okText="开始评分" cancelText="取消" onOk={create} onCancel={() => setCreating(false)} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="orgId" label="被体检的党组织" rules={[{ required: true, message: '请选择党组织' }]}>
            <TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} />
          </Form.Item>
          <Form.Item name="templateId" label="指标模板" rules={[{ required: true, message: '请选择模板' }]}>
            <Select options={templates.map((t) => ({ value: t.id, label: `${t.title} ${t.version}` }))} />
          </Form.Item>
          <Form.Item name="checkDate" label="体检日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DateInput disabledDate={(d) => d.isAfter(dayjs(info.today), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
