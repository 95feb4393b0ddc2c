// 整改状态流转：按目标状态要求填写（完成日期与佐证、复核人与意见、重新打开的原因）
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useModalForm } from '../common/useModalForm'
import { type ProblemStatus, statusNames } from '../../shared/problems/flow'
import type { Problem } from '../../shared/problems/schemas'
import { Attachments } from '../common/Attachments'
import { toDay, toIso } from '../common/dateField'
import { PROBLEM_FILES_LABEL } from './ProblemFiles'
import { DateInput } from '../common/DateInput'

type Props = { target: { problem: Problem; to: ProblemStatus } | null; onClose: () => void; onDone: () => void | Promise<void> }

export function TransitionModal({ target, onClose, onDone }: Props): ReactNode {
  const { message } = App.useApp()
  const { form, error, setError } = useModalForm(target, () => ({ completedDate: toDay(target!.problem.completedDate), evidence: target!.problem.evidence }))
  if (!target) return null
  const { problem, to } = target
  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue()
    try {
      await window.api.problems.transition({ id: problem.id, to, ...v, completedDate: toIso(v.completedDate) })
      message.success(`${problem.code} 已改为「${statusNames[to]}」`)
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={`${problem.code}：${statusNames[problem.status]} → ${statusNames[to]}`} okText="确定" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="transition-error" />}
      <p>{problem.description}</p>
      <Form form={form} layout="vertical">
        {to === 'awaiting_review' && (
          <>
            <Form.Item name="completedDate" label="整改完成日期"><DateInput /></Form.Item>
            <Form.Item name="evidence" label="佐证材料"><Input.TextArea rows={2} maxLength={500} placeholder="如：补齐的会议记录、制度文件；照片、扫描件可在下方上传" /></Form.Item>
          </>
        )}
        {(to === 'closed' || (problem.status === 'awaiting_review' && to === 'in_progress')) && (
          <>
            <Form.Item name="reviewer" label="复核人"><Input maxLength={30} /></Form.Item>
            <Form.Item name="reviewOpinion" label="复核意见"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
          </>
        )}
        {problem.status === 'closed' && <Form.Item name="reason" label="重新打开的原因"><Input.TextArea rows={2} maxLength={200} /></Form.Item>}
      </Form>
      {(to === 'awaiting_review' || problem.status === 'awaiting_review') && (
        <div data-testid="transition-files">
          <Typography.Text strong>整改佐证附件</Typography.Text>
          {/* the reviewer looks at the files before 销号 or 退回; the rectifier adds them when submitting for review */}
          <Attachments owner="problem" ownerId={problem.id} readOnly={to !== 'awaiting_review'} label={PROBLEM_FILES_LABEL} />
        </div>
      )}
    </Modal>
  )
}
