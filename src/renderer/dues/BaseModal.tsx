// 核定基数：人员类别、基数（或固定金额）、少交免交与批准文号；从哪个月起；下方是历次核定，可删除
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Table } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { monthlyDue, toFen, yuan } from '../../shared/dues/calc'
import type { DuesBase, DuesMonthRow } from '../../shared/dues/schemas'
import { duesCategory, duesCategoryName, duesRules } from '../../shared/dues/tables'

type Props = { row: DuesMonthRow | null; month: string; onClose: () => void; onDone: () => void | Promise<void> }

export function BaseModal({ row, month, onClose, onDone }: Props): ReactNode {
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  const [history, setHistory] = useState<DuesBase[]>([])
  /** 正在修改的那一次核定；null 是新核定一次 */
  const [editing, setEditing] = useState<DuesBase | null>(null)
  const values = Form.useWatch([], form) as Record<string, unknown> | undefined
  const loadHistory = useCallback(async () => {
    if (row) setHistory(await window.api.dues.bases({ memberId: row.memberId }).catch(() => []))
  }, [row])
  useEffect(() => {
    if (!row) return
    setError(null)
    setEditing(null)
    form.resetFields()
    const b = row.base
    form.setFieldsValue({ fromMonth: dayjs(`${month}-01`), category: b?.category ?? 'salary', baseYuan: b?.baseYuan ?? (row.rosterBaseFen === null ? null : row.rosterBaseFen / 100), fixedYuan: b?.fixedYuan ?? null, reduced: b?.reducedYuan !== null && b?.reducedYuan !== undefined, reducedYuan: b?.reducedYuan ?? null, reductionDoc: b?.reductionDoc ?? null })
    void loadHistory()
  }, [row, month, form, loadHistory])
  if (!row) return null
  const cat = duesCategory(String(values?.category ?? 'salary'))
  const preview = (() => {
    if (!values || !cat) return null
    const base = typeof values.baseYuan === 'number' ? toFen(values.baseYuan) : null
    const fixed = typeof values.fixedYuan === 'number' ? toFen(values.fixedYuan) : null
    const reduced = values.reduced && typeof values.reducedYuan === 'number' ? toFen(values.reducedYuan) : null
    if (cat.kind === 'brackets' && base === null) return null
    const d = monthlyDue({ category: cat.code, baseFen: base, fixedFen: fixed, reducedFen: reduced }, duesRules)
    return `每月应交 ${yuan(d.dueFen)} 元（${d.how}）`
  })()
  const edit = (b: DuesBase): void => {
    setEditing(b)
    setError(null)
    form.setFieldsValue({ fromMonth: dayjs(`${b.fromMonth}-01`), category: b.category, baseYuan: b.baseYuan, fixedYuan: b.fixedYuan, reduced: b.reducedYuan !== null, reducedYuan: b.reducedYuan, reductionDoc: b.reductionDoc, note: b.note })
  }
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    if (v.reduced && typeof v.reducedYuan !== 'number') return setError('请填写批准后每月交纳的金额（免交填 0）')
    try {
      await window.api.dues.saveBase({
        id: editing?.id,
        memberId: row.memberId, fromMonth: v.fromMonth?.format('YYYY-MM') ?? '', category: v.category,
        baseYuan: cat?.kind === 'brackets' ? (v.baseYuan ?? null) : null, fixedYuan: cat?.kind === 'fixed' ? (v.fixedYuan ?? null) : null,
        reducedYuan: v.reduced ? v.reducedYuan : null, reductionDoc: v.reduced ? v.reductionDoc || null : null, note: v.note || null
      })
      message.success(`已核定 ${row.name} 的党费基数`)
      await loadHistory()
      await onDone()
      onClose()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const remove = async (id: string): Promise<void> => {
    await window.api.dues.deleteBase({ id }).then(async () => { await loadHistory(); await onDone() }, (e: Error) => message.error(e.message))
  }
  return (
    <Modal open width={640} title={`核定党费基数：${row.name}`} okText="保存" cancelText="关闭" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="base-error" />}
      {editing && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`正在修改 ${editing.fromMonth} 起的那次核定`} action={<Button size="small" type="link" onClick={() => { setEditing(null); form.setFieldsValue({ fromMonth: dayjs(`${month}-01`) }) }}>改为新核定一次</Button>} />}
      <Form form={form} layout="vertical">
        <Form.Item name="fromMonth" label="从哪个月起（工资变化时，从按新标准领取工资的当月起）"><DatePicker picker="month" allowClear={false} /></Form.Item>
        <Form.Item name="category" label="人员类别"><Select options={duesRules.categories.map((c) => ({ value: c.code, label: c.name }))} /></Form.Item>
        {cat?.kind === 'brackets' && <Form.Item name="baseYuan" label={`核定基数（元）：${cat.baseNote}`}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>}
        {cat?.kind === 'fixed' && cat.minFen !== cat.maxFen && <Form.Item name="fixedYuan" label={`每月交纳（元）：${yuan(cat.minFen)}–${yuan(cat.maxFen)}，不填按 ${yuan(cat.defaultFen)}`}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>}
        <Form.Item name="reduced" valuePropName="checked"><Checkbox>经批准少交或免交</Checkbox></Form.Item>
        {!!values?.reduced && (
          <>
            <Form.Item name="reducedYuan" label="批准后每月交纳（元），免交填 0"><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="reductionDoc" label="批准文号"><Input maxLength={60} /></Form.Item>
          </>
        )}
        <Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item>
      </Form>
      {preview && <Alert type="info" message={preview} style={{ marginBottom: 12 }} data-testid="base-preview" />}
      <h4 style={{ margin: '4px 0 8px' }}>历次核定</h4>
      <Table<DuesBase> rowKey="id" size="small" pagination={false} dataSource={history} locale={{ emptyText: '还没有核定过基数' }}
        columns={[
          { title: '起始月份', dataIndex: 'fromMonth', width: 90 },
          { title: '人员类别', dataIndex: 'category', render: (c: string) => duesCategoryName(c) },
          { title: '每月应交', key: 'due', render: (_, b) => `${yuan(b.dueFen)} 元（${b.how}）` },
          {
            title: '', key: 'ops', width: 110,
            render: (_, b) => (
              <>
                <Button type="link" size="small" onClick={() => edit(b)}>修改</Button>
                <Popconfirm title="删除这次核定？" okText="删除" cancelText="取消" onConfirm={() => remove(b.id)}><Button type="link" size="small" danger>删除</Button></Popconfirm>
              </>
            )
          }
        ]} />
    </Modal>
  )
}
