// 登记 / 编辑走访：日期、企业、指导员、方式、了解情况、发现问题（一行一条）、指导事项、企业需求、下次计划、企业确认人；附件
import { Alert, App, Col, Form, Input, Modal, Row, Select, TreeSelect } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { meetingCodes } from '../../shared/meetings/tables'
import type { Visit } from '../../shared/visits/schemas'
import { useAppData } from '../common/AppData'
import { Attachments } from '../common/Attachments'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'
import { useFormDraft } from '../common/useFormDraft'

type Props = { visit: Visit | null; defaultOrgId?: string; onClose: () => void; onSaved: () => void | Promise<void> }

export function VisitForm({ visit, defaultOrgId, onClose, onSaved }: Props): ReactNode {
  const { orgs, info } = useAppData()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  const draft = useFormDraft({ key: visit ? `visit:${visit.id}` : `visit:new:${defaultOrgId ?? 'root'}`, form, onClose })
  useEffect(() => {
    if (visit) form.setFieldsValue({ ...visit, date: toDay(visit.date), problems: visit.problems.map((p) => p.description).join('\n') })
    else {
      const org = orgs.find((o) => o.id === defaultOrgId)
      form.setFieldsValue({ orgId: defaultOrgId, date: toDay(info.today), mode: 'onsite', instructor: org?.instructor ?? undefined })
    }
  }, [visit, defaultOrgId, orgs, info.today, form])

  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      await window.api.visits.save({ ...v, id: visit?.id, date: toIso(v.date), problems: String(v.problems ?? '').split('\n').map((s: string) => s.trim()).filter(Boolean) })
      message.success('走访记录已保存')
      await draft.saved()
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={visit ? '编辑走访记录' : '登记走访'} width={820} okText="保存" cancelText="取消" onOk={submit} onCancel={draft.close} destroyOnHidden>
      {draft.offer}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={draft.changed}>
        <Row gutter={12}>
          <Col span={10}><Form.Item name="orgId" label="走访企业（党组织）" rules={[{ required: true, message: '请选择企业党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={5}><Form.Item name="date" label="走访日期" rules={[{ required: true, message: '请选择走访日期' }]}><DateInput /></Form.Item></Col>
          <Col span={5}><Form.Item name="instructor" label="指导员" rules={[{ required: true, message: '请填写指导员' }]}><Input maxLength={30} /></Form.Item></Col>
          <Col span={4}><Form.Item name="mode" label="走访方式" rules={[{ required: true, message: '请选择走访方式' }]}><Select options={meetingCodes.visitModes.map((m) => ({ value: m.code, label: m.name }))} /></Form.Item></Col>
          <Col span={24}><Form.Item name="findings" label="了解情况"><Input.TextArea rows={2} maxLength={2000} /></Form.Item></Col>
          <Col span={24}><Form.Item name="problems" label="发现问题（一行一条，保存后可一键转入问题整改清单）"><Input.TextArea rows={3} /></Form.Item></Col>
          <Col span={12}><Form.Item name="guidance" label="指导事项"><Input.TextArea rows={2} maxLength={2000} /></Form.Item></Col>
          <Col span={12}><Form.Item name="needs" label="企业需求（政企联动事项）"><Input.TextArea rows={2} maxLength={1000} /></Form.Item></Col>
          <Col span={16}><Form.Item name="nextPlan" label="下次计划"><Input maxLength={500} /></Form.Item></Col>
          <Col span={8}><Form.Item name="contact" label="企业确认人"><Input maxLength={30} /></Form.Item></Col>
        </Row>
      </Form>
      {visit && <Attachments owner="visit" ownerId={visit.id} label="上传走访照片、材料" />}
    </Modal>
  )
}
