// 经营分析会：党组织参加的销售、成本、质量、安全等分析会，提出与被采纳的建议
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Table, TreeSelect } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { AnalysisMeeting } from '../../shared/analysis/schemas'
import { analysisKindName, meetingCodes } from '../../shared/meetings/tables'
import { useAppData } from '../common/AppData'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

export function AnalysisTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const [rows, setRows] = useState<AnalysisMeeting[]>([])
  const [editing, setEditing] = useState<{ row: AnalysisMeeting | null } | null>(null)
  const load = useCallback(async () => {
    try {
      setRows(await window.api.analysis.list({ orgId, year }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, year, message])
  useEffect(() => void load(), [load])
  const made = rows.reduce((n, r) => n + r.proposalsMade, 0)
  const adopted = rows.reduce((n, r) => n + r.proposalsAdopted, 0)
  return (
    <>
      <div className="toolbar">
        <span>{year} 年参加 {rows.length} 次，提出建议 {made} 条，采纳 {adopted} 条</span>
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.analysis.exportLedger({ orgId, year }))}>导出经营分析会参与记录</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })}>登记分析会</Button>
      </div>
      <Table<AnalysisMeeting>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        locale={{ emptyText: '这一年还没有经营分析会记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '类型', dataIndex: 'kind', width: 70, render: (v: string) => analysisKindName(v) },
          { title: '会议名称', dataIndex: 'topic' },
          { title: '参会党员', dataIndex: 'participants', width: 180, ellipsis: true },
          { title: '提出/采纳', key: 'p', width: 90, render: (_, r) => `${r.proposalsMade} / ${r.proposalsAdopted}` },
          { title: '建议内容', dataIndex: 'proposals', ellipsis: true },
          {
            title: '操作', key: 'ops', width: 200,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ row: r })}>编辑</Button>
                <ChangeHistoryButton entity="analysisMeeting" id={r.id} title={r.topic} />
                <Popconfirm title="移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.analysis.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      {editing && <AnalysisForm row={editing.row} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />}
    </>
  )
}

function AnalysisForm({ row, defaultOrgId, onClose, onSaved }: { row: AnalysisMeeting | null; defaultOrgId?: string; onClose: () => void; onSaved: () => Promise<void> }): ReactNode {
  const { orgs } = useAppData()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    form.setFieldsValue(row ? { ...row, date: toDay(row.date) } : { orgId: defaultOrgId, kind: 'sales', proposalsMade: 0, proposalsAdopted: 0 })
  }, [row, defaultOrgId, form])
  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      await window.api.analysis.save({ ...v, id: row?.id, date: toIso(v.date) })
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={row ? '编辑经营分析会' : '登记经营分析会'} width={760} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={12}>
          <Col span={12}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={6}><Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}><DateInput /></Form.Item></Col>
          <Col span={6}><Form.Item name="kind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}><Select options={meetingCodes.analysisKinds.map((k) => ({ value: k.code, label: k.name }))} /></Form.Item></Col>
          <Col span={12}><Form.Item name="topic" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}><Input maxLength={100} /></Form.Item></Col>
          <Col span={12}><Form.Item name="participants" label="参会党员" rules={[{ required: true, message: '请填写参会党员' }]}><Input maxLength={300} /></Form.Item></Col>
          <Col span={6}><Form.Item name="proposalsMade" label="提出建议数" rules={[{ required: true, message: '请填写' }]}><InputNumber min={0} max={1000} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="proposalsAdopted" label="采纳建议数" rules={[{ required: true, message: '请填写' }]}><InputNumber min={0} max={1000} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}><Form.Item name="proposals" label="建议内容"><Input.TextArea rows={3} maxLength={2000} /></Form.Item></Col>
          <Col span={24}><Form.Item name="remark" label="备注"><Input maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
