// 议题前置：董事会、经理层决策前征求党组织意见的事项登记
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tag, TreeSelect } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { Consultation } from '../../shared/consultations/schemas'
import { meetingCodes, outcomeName } from '../../shared/meetings/tables'
import { useAppData } from '../common/AppData'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

const COLORS: Record<string, string> = { adopted: 'green', partly: 'gold', rejected: 'red', pending: 'blue' }

export function ConsultationsTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const [rows, setRows] = useState<Consultation[]>([])
  const [editing, setEditing] = useState<{ row: Consultation | null } | null>(null)
  const load = useCallback(async () => {
    try {
      setRows(await window.api.consultations.list({ orgId, year }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, year, message])
  useEffect(() => void load(), [load])
  return (
    <>
      <div className="toolbar">
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.consultations.exportLedger({ orgId, year }))}>导出议题前置登记</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })}>登记议题</Button>
      </div>
      <Table<Consultation>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        locale={{ emptyText: '这一年还没有议题前置记录' }}
        columns={[
          { title: '提交日期', dataIndex: 'submittedDate', width: 110 },
          { title: '议题', dataIndex: 'topic' },
          { title: '决策机构', dataIndex: 'body', width: 110 },
          { title: '党组织意见', dataIndex: 'opinion', ellipsis: true },
          { title: '决策结果', dataIndex: 'outcome', width: 100, render: (v: string) => <Tag color={COLORS[v]}>{outcomeName(v)}</Tag> },
          { title: '决策日期', dataIndex: 'decisionDate', width: 110 },
          {
            title: '操作', key: 'ops', width: 200,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ row: r })}>编辑</Button>
                <ChangeHistoryButton entity="consultation" id={r.id} title={r.topic} />
                <Popconfirm title="移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.consultations.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      {editing && <ConsultationForm row={editing.row} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />}
    </>
  )
}

function ConsultationForm({ row, defaultOrgId, onClose, onSaved }: { row: Consultation | null; defaultOrgId?: string; onClose: () => void; onSaved: () => Promise<void> }): ReactNode {
  const { orgs } = useAppData()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    form.setFieldsValue(row ? { ...row, submittedDate: toDay(row.submittedDate), decisionDate: toDay(row.decisionDate) } : { orgId: defaultOrgId, outcome: 'pending' })
  }, [row, defaultOrgId, form])
  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      await window.api.consultations.save({ ...v, id: row?.id, submittedDate: toIso(v.submittedDate), decisionDate: toIso(v.decisionDate) })
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={row ? '编辑议题前置' : '登记议题前置'} width={760} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={12}>
          <Col span={14}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={10}><Form.Item name="body" label="决策机构"><Select allowClear options={['董事会', '股东会', '总经理办公会', '经理层会议'].map((b) => ({ value: b, label: b }))} /></Form.Item></Col>
          <Col span={24}><Form.Item name="topic" label="议题" rules={[{ required: true, message: '请填写议题' }]}><Input maxLength={200} /></Form.Item></Col>
          <Col span={8}><Form.Item name="submittedDate" label="提交日期" rules={[{ required: true, message: '请选择提交日期' }]}><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="outcome" label="决策结果" rules={[{ required: true, message: '请选择决策结果' }]}><Select options={meetingCodes.consultationOutcomes.map((o) => ({ value: o.code, label: o.name }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="decisionDate" label="决策日期"><DateInput /></Form.Item></Col>
          <Col span={24}><Form.Item name="opinion" label="党组织意见" rules={[{ required: true, message: '请填写党组织意见' }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item></Col>
          <Col span={24}><Form.Item name="remark" label="备注"><Input maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
