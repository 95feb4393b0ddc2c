// 上缴与返还：支部按月把党费上缴上级党组织、企业党组织获得党费返还，日期、金额、凭证号备查；导出凭证登记
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useState } from 'react'
import { yuan } from '../../shared/dues/calc'
import { type Remittance, remittanceKindNames, remittanceKinds } from '../../shared/dues/schemas'
import { useAppData } from '../common/AppData'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { toIso } from '../common/dateField'
import { useModalForm } from '../common/useModalForm'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { useLoaded } from '../common/useLoaded'
import { DateInput } from '../common/DateInput'

export function RemittanceTab({ orgId, month }: { orgId: string; month: string }): ReactNode {
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const year = Number(month.slice(0, 4))
  const { data, reload: load } = useLoaded<Remittance[]>(() => window.api.dues.remittances({ orgId, year }), [orgId, year])
  const rows = data ?? []
  const [adding, setAdding] = useState(false)
  const remove = async (id: string): Promise<void> => {
    await window.api.dues.deleteRemittance({ id }).then(load, (e: Error) => message.error(e.message))
  }
  const total = (kind: Remittance['kind']): string => yuan(rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.amountFen, 0))
  return (
    <>
      <div className="toolbar">
        <span data-testid="remittance-totals">{year} 年上缴 {total('remit')} 元，获得返还 {total('refund')} 元</span>
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.dues.exportRemittances({ orgId, year }))}>导出上缴与返还凭证登记</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记上缴或返还</Button>
      </div>
      <Table<Remittance>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: `${year} 年还没有登记上缴或返还` }}
        columns={[
          { title: '所属月份', dataIndex: 'month', width: 90 },
          { title: '类别', dataIndex: 'kind', width: 70, render: (k: Remittance['kind']) => remittanceKindNames[k] },
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '金额（元）', dataIndex: 'amountFen', width: 110, align: 'right', render: (f: number) => yuan(f) },
          { title: '上缴给 / 返还单位', dataIndex: 'counterpart' },
          { title: '凭证号', dataIndex: 'voucherNo', width: 140 },
          { title: '党组织', dataIndex: 'orgName', width: 170, ellipsis: true },
          {
            title: '操作', key: 'ops', width: 160,
            render: (_, r) => (
              <Space size={0}>
                <Popconfirm title="把这条记录移到回收站？" okText="删除" cancelText="取消" onConfirm={() => remove(r.id)}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
                <ChangeHistoryButton entity="duesRemittance" id={r.id} title={`${r.month} 党费${remittanceKindNames[r.kind]}`} />
              </Space>
            )
          }
        ]}
      />
      <RemittanceModal open={adding} orgId={orgId} month={month} onClose={() => setAdding(false)} onDone={async () => { setAdding(false); await load() }} />
    </>
  )
}

function RemittanceModal({ open, orgId, month, onClose, onDone }: { open: boolean; orgId: string; month: string; onClose: () => void; onDone: () => void | Promise<void> }): ReactNode {
  const { message } = App.useApp()
  const { info } = useAppData()
  const { form, error, setError } = useModalForm(open, () => ({ kind: 'remit', month: dayjs(`${month}-01`), date: dayjs(info.today) }), [month, info.today])
  if (!open) return null
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    try {
      await window.api.dues.saveRemittance({
        orgId, kind: v.kind, month: v.month?.format('YYYY-MM') ?? '', date: toIso(v.date) ?? '', amountYuan: v.amountYuan ?? 0,
        counterpart: v.counterpart || null, voucherNo: v.voucherNo || null, note: v.note || null
      })
      message.success('已登记')
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title="登记党费上缴或返还" okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="remittance-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="kind" label="类别"><Select options={remittanceKinds.map((k) => ({ value: k, label: remittanceKindNames[k] }))} /></Form.Item>
        <Form.Item name="month" label="所属月份"><DatePicker picker="month" allowClear={false} /></Form.Item>
        <Form.Item name="date" label="日期"><DateInput allowClear={false} /></Form.Item>
        <Form.Item name="amountYuan" label="金额（元）"><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="counterpart" label="上缴给 / 返还单位"><Input maxLength={60} placeholder="如：嘉州高新区企业综合党委" /></Form.Item>
        <Form.Item name="voucherNo" label="凭证号"><Input maxLength={40} /></Form.Item>
        <Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item>
      </Form>
    </Modal>
  )
}
