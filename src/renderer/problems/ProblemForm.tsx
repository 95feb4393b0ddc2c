// 新增 / 编辑整改问题
import { Alert, App, Col, Divider, Form, Input, Modal, Row, Select, TreeSelect, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useModalForm } from '../common/useModalForm'
import type { Problem } from '../../shared/problems/schemas'
import { useAppData } from '../common/AppData'
import { Attachments } from '../common/Attachments'
import { options } from '../common/codes'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { PROBLEM_FILES_LABEL } from './ProblemFiles'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

type Props = { open: boolean; problem: Problem | null; defaultOrgId?: string; onClose: () => void; onSaved: () => void | Promise<void> }

export function ProblemForm({ open, problem, defaultOrgId, onClose, onSaved }: Props): ReactNode {
  const { codes, orgs } = useAppData()
  const { message } = App.useApp()
  const { form, error, setError } = useModalForm(
    open,
    () => (problem ? { ...problem, deadline: toDay(problem.deadline), foundDate: toDay(problem.foundDate) } : { orgId: defaultOrgId ?? orgs[0]?.id, source: 'self', severity: 'normal' }),
    [problem, defaultOrgId, orgs]
  )

  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      await window.api.problems.save({
        ...v,
        id: problem?.id,
        sourceId: problem?.sourceId ?? null,
        sourceLabel: problem?.sourceLabel ?? null,
        indicatorCode: v.indicatorCode ?? problem?.indicatorCode ?? null,
        deadline: toIso(v.deadline),
        foundDate: toIso(v.foundDate)
      })
      message.success('问题已保存')
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open={open} title={problem ? `编辑问题 ${problem.code}` : '登记问题'} width={760} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={16}>
          <Col span={12}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={6}><Form.Item name="source" label="来源" rules={[{ required: true, message: '请选择来源' }]}><Select options={options(codes.problemSources)} /></Form.Item></Col>
          <Col span={6}><Form.Item name="foundDate" label="发现日期"><DateInput /></Form.Item></Col>
          <Col span={24}><Form.Item name="description" label="问题描述" rules={[{ required: true, message: '请填写问题描述' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
          <Col span={8}><Form.Item name="category" label="问题类别"><Select allowClear options={options(codes.problemCategories)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="severity" label="严重程度" rules={[{ required: true, message: '请选择严重程度' }]}><Select options={options(codes.problemSeverities)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="indicatorCode" label="对应指标编号"><Input maxLength={20} /></Form.Item></Col>
          <Col span={24}><Form.Item name="measure" label="整改措施"><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
          <Col span={12}><Form.Item name="owner" label="责任人"><Input maxLength={30} /></Form.Item></Col>
          <Col span={12}><Form.Item name="deadline" label="整改时限"><DateInput /></Form.Item></Col>
        </Row>
      </Form>
      <Divider titlePlacement="left" plain>整改佐证附件</Divider>
      {problem ? (
        <Attachments owner="problem" ownerId={problem.id} label={PROBLEM_FILES_LABEL} />
      ) : (
        <Typography.Text type="secondary">保存后可以上传整改佐证（照片、扫描件）：在列表中点该问题的「附件」。</Typography.Text>
      )}
    </Modal>
  )
}
