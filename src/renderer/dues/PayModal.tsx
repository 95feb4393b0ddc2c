// 登记交纳：一个或几个月（按季、补交、预交）；不填实交按应交；保存后给出补交预交超期、少交的提醒
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { ReactNode } from 'react'
import { yuan } from '../../shared/dues/calc'
import { duesMethodNames, duesMethods } from '../../shared/dues/schemas'
import { useAppData } from '../common/AppData'
import { toIso } from '../common/dateField'
import { useModalForm } from '../common/useModalForm'
import { DateInput } from '../common/DateInput'

export type PayTarget = { memberId: string; name: string; fromMonth: string; toMonth: string; dueFen: number }

export function PayModal({ target, onClose, onDone }: { target: PayTarget | null; onClose: () => void; onDone: () => void | Promise<void> }): ReactNode {
  const { info } = useAppData()
  const { message } = App.useApp()
  const { form, error, setError } = useModalForm(target, () => ({ months: [dayjs(`${target!.fromMonth}-01`), dayjs(`${target!.toMonth}-01`)], paidDate: dayjs(info.today), method: 'cash' }), [info.today])
  if (!target) return null
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    const [from, to] = (v.months ?? []) as Dayjs[]
    try {
      const r = await window.api.dues.pay({
        memberId: target.memberId, fromMonth: from?.format('YYYY-MM') ?? '', toMonth: to?.format('YYYY-MM') ?? '', paidDate: toIso(v.paidDate) ?? '',
        method: v.method, collector: v.collector || null, paidYuan: v.paidYuan ?? null, note: v.note || null
      })
      message.success(`已登记 ${target.name} ${r.ids.length} 个月的党费`)
      for (const w of r.warnings) message.warning(w, 6)
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={`登记交纳：${target.name}`} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="pay-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="months" label="所属月份（可选几个月：按季交纳、补交、预交）"><DatePicker.RangePicker picker="month" style={{ width: '100%' }} allowClear={false} /></Form.Item>
        <Form.Item name="paidDate" label="交纳日期"><DateInput allowClear={false} /></Form.Item>
        <Form.Item name="method" label="交纳方式"><Select options={duesMethods.map((m) => ({ value: m, label: duesMethodNames[m] }))} /></Form.Item>
        <Form.Item name="paidYuan" label={`每月实交（元），不填按应交 ${yuan(target.dueFen)} 元`}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="collector" label="收款人"><Input maxLength={30} /></Form.Item>
        <Form.Item name="note" label="备注"><Input maxLength={200} placeholder="如：委托他人代交、按季交纳" /></Form.Item>
      </Form>
    </Modal>
  )
}
