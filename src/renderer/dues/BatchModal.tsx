// 整支部按当月应交登记：常见做法是收款人当天收齐，一次登记；没有核定基数的人列出来
import { Alert, App, Form, Input, Modal, Select } from 'antd'
import dayjs from 'dayjs'
import type { ReactNode } from 'react'
import { duesMethodNames, duesMethods } from '../../shared/dues/schemas'
import { useAppData } from '../common/AppData'
import { toIso } from '../common/dateField'
import { useModalForm } from '../common/useModalForm'
import { DateInput } from '../common/DateInput'

type Props = { open: boolean; orgId: string; month: string; onClose: () => void; onDone: () => void | Promise<void> }

export function BatchModal({ open, orgId, month, onClose, onDone }: Props): ReactNode {
  const { info } = useAppData()
  const { message } = App.useApp()
  const { form, error, setError } = useModalForm(open, () => ({ paidDate: dayjs(info.today), method: 'cash' }), [info.today])
  if (!open) return null
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    try {
      const r = await window.api.dues.payMonth({ orgId, month, paidDate: toIso(v.paidDate) ?? '', method: v.method, collector: v.collector || null })
      message.success(`已按应交登记 ${r.created} 人`)
      if (r.skipped.length) message.warning(`未核定基数、没有登记：${r.skipped.join('、')}`, 6)
      for (const w of r.warnings) message.warning(w, 6)
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={`${month} 未交的按应交登记`} okText="登记" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <p>这个月已核定基数、还没登记交纳的党员，都按各自的应交金额登记为已交。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="paidDate" label="交纳日期"><DateInput allowClear={false} /></Form.Item>
        <Form.Item name="method" label="交纳方式"><Select options={duesMethods.map((m) => ({ value: m, label: duesMethodNames[m] }))} /></Form.Item>
        <Form.Item name="collector" label="收款人"><Input maxLength={30} /></Form.Item>
      </Form>
    </Modal>
  )
}
