// 体检批次：列表与「发起体检批次」（园区综合党委一次为多家企业党组织发起）
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, TreeSelect } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Round } from '../../shared/checkups/schemas'
import type { TemplateSummary } from '../../shared/checkups/template'
import { useAppData } from '../common/AppData'
import { toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

export function RoundList(): ReactNode {
  const { orgs, info } = useAppData()
  const { message } = App.useApp()
  const nav = useNavigate()
  const [rows, setRows] = useState<Round[]>([])
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [creating, setCreating] = useState(false)
  const [form] = Form.useForm()
  const parkOrgId = Form.useWatch('parkOrgId', form) as string | undefined
  const load = useCallback(async () => {
    try {
      setRows(await window.api.checkupRounds.list())
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [message])
  useEffect(() => void load(), [load])
  useEffect(() => void window.api.checkupTemplates.list().then(setTemplates), [])
  // the enterprises directly under the committee that starts the round
  const candidates = orgs.filter((o) => o.parentId === parkOrgId)
  useEffect(() => {
    if (creating) form.setFieldValue('orgIds', orgs.filter((o) => o.parentId === parkOrgId && o.enterpriseName).map((o) => o.id))
  }, [parkOrgId, creating, orgs, form])

  const open = (): void => {
    form.resetFields()
    const park = orgs.find((o) => !o.parentId && o.orgType === 'committee') ?? orgs.find((o) => !o.parentId)
    form.setFieldsValue({ name: `${info.today.slice(0, 4)}年度党建体检`, parkOrgId: park?.id, templateId: templates.at(-1)?.id, startDate: dayjs(info.today) })
    setCreating(true)
  }
  const create = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      const r = await window.api.checkupRounds.save({ name: v.name, parkOrgId: v.parkOrgId, templateId: v.templateId, startDate: toIso(v.startDate)!, orgIds: v.orgIds ?? [] })
      setCreating(false)
      nav(`/checkups/rounds/${r.id}`)
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <>
      <div className="toolbar">
        <span style={{ flex: 1 }} />
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgs.length} onClick={open}>发起体检批次</Button>
      </div>
      <Table<Round>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '还没有体检批次' }}
        columns={[
          { title: '批次', dataIndex: 'name', render: (v: string, r) => <a onClick={() => nav(`/checkups/rounds/${r.id}`)}>{v}</a> },
          { title: '发起组织', dataIndex: 'parkOrgName', width: 220 },
          { title: '模板版本', dataIndex: 'templateVersion', width: 100 },
          { title: '开始日期', dataIndex: 'startDate', width: 110 },
          { title: '参加组织', dataIndex: 'count', width: 90, align: 'right' },
          {
            title: '操作', key: 'ops', width: 140,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => nav(`/checkups/rounds/${r.id}`)}>查看</Button>
                <Popconfirm title="把这个批次移到回收站？已开始评分的批次不能删除。" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.checkupRounds.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <Modal title="发起体检批次" open={creating} okText="发起" cancelText="取消" onOk={create} onCancel={() => setCreating(false)} width={640} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Space.Compact block>
            <Form.Item name="parkOrgId" label="发起组织" style={{ flex: 2 }} rules={[{ required: true, message: '请选择发起组织' }]}>
              <TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} />
            </Form.Item>
            <Form.Item name="templateId" label="指标模板" style={{ flex: 1, marginLeft: 8 }} rules={[{ required: true, message: '请选择模板' }]}>
              <Select options={templates.map((t) => ({ value: t.id, label: `${t.version}` }))} />
            </Form.Item>
            <Form.Item name="startDate" label="开始日期" style={{ flex: 1, marginLeft: 8 }} rules={[{ required: true, message: '请选择日期' }]}>
              <DateInput disabledDate={(d) => d.isAfter(dayjs(info.today), 'day')} />
            </Form.Item>
          </Space.Compact>
          <Form.Item name="orgIds" label={`参加体检的党组织（${candidates.length} 个下级组织）`} rules={[{ required: true, message: '请至少选择一个党组织' }]}>
            <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 6 }} options={candidates.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}
