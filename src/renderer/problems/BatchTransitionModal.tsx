// 批量推进：勾选的几条问题走同一步，共用一份完成日期、佐证说明或复核意见；一条走不了就都不动
import { Alert, App, Form, Input, Modal } from 'antd'
import type { ReactNode } from 'react'
import { type ProblemStatus, statusNames } from '../../shared/problems/flow'
import type { Problem } from '../../shared/problems/schemas'
import { DateInput } from '../common/DateInput'
import { toDay, toIso } from '../common/dateField'
import { useToday } from '../common/clock'
import { useModalForm } from '../common/useModalForm'

type Props = { target: { problems: Problem[]; to: ProblemStatus } | null; onClose: () => void; onDone: () => void | Promise<void> }

export function BatchTransitionModal({ target, onClose, onDone }: Props): ReactNode {
  const { message } = App.useApp()
  const today = useToday()
  const { form, error, setError } = useModalForm(target, () => ({ completedDate: toDay(today) }), [today])
  if (!target) return null
  const { problems, to } = target
  const reopening = problems.some((p) => p.status === 'closed')
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    try {
      const r = await window.api.problems.transitionMany({ ids: problems.map((p) => p.id), to, ...v, completedDate: toIso(v.completedDate) })
      message.success(`${r.moved} 条问题已改为「${statusNames[to]}」`)
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={`${problems.length} 条问题 → ${statusNames[to]}`} okText="确定" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="batch-error" />}
      <p style={{ maxHeight: 120, overflowY: 'auto' }}>{problems.map((p) => p.code).join('、')}</p>
      <Form form={form} layout="vertical">
        {to === 'awaiting_review' && (
          <>
            <Form.Item name="completedDate" label="整改完成日期"><DateInput /></Form.Item>
            <Form.Item name="evidence" label="佐证材料（每条共用；照片、扫描件请在各条的附件里上传）"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          </>
        )}
        {(to === 'closed' || to === 'in_progress') && problems.some((p) => p.status === 'awaiting_review') && (
          <>
            <Form.Item name="reviewer" label="复核人"><Input maxLength={30} /></Form.Item>
            <Form.Item name="reviewOpinion" label="复核意见"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          </>
        )}
        {reopening && <Form.Item name="reason" label="重新打开的原因"><Input.TextArea rows={2} maxLength={200} /></Form.Item>}
      </Form>
    </Modal>
  )
}
