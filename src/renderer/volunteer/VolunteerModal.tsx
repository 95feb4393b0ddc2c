// 登记或编辑一次志愿服务活动：队伍类型 + 队伍名称、日期、内容、参加人数（可从花名册挑党员）、人均时长、服务群众人数
import { Alert, Col, Form, Input, InputNumber, Modal, Row, Select, TreeSelect } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { MemberRow } from '../../shared/members/schemas'
import { type VolunteerActivity, volunteerTeamTypeNames, volunteerTeamTypes } from '../../shared/volunteer/schemas'
import { useAppData } from '../common/AppData'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { useModalForm } from '../common/useModalForm'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

type Target = { row: VolunteerActivity | null } | null

export function VolunteerModal({ target, defaultOrgId, onClose, onSaved }: { target: Target; defaultOrgId: string; onClose: () => void; onSaved: () => Promise<void> }): ReactNode {
  const { orgs } = useAppData()
  const row = target?.row ?? null
  const { form, error, setError } = useModalForm(target, () =>
    row ? { ...row, activityDate: toDay(row.activityDate) } : { orgId: defaultOrgId, teamType: 'volunteer', memberIds: [], served: 0 }
  )
  const orgId = Form.useWatch('orgId', form) as string | undefined
  const [members, setMembers] = useState<MemberRow[]>([])
  useEffect(() => {
    if (!target || !orgId) return
    void window.api.members.list({ orgId, limit: 1000 }).then((r) => setMembers(r.rows.filter((m) => m.status !== 'left')), () => setMembers([]))
  }, [target, orgId])
  if (!target) return null
  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      await window.api.volunteer.save({ ...v, id: row?.id, activityDate: toIso(v.activityDate), memberIds: v.memberIds ?? [], served: v.served ?? 0, note: v.note || null })
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open title={row ? '编辑志愿服务活动' : '登记志愿服务活动'} width={760} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="volunteer-error" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={12}>
          <Col span={12}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={12}><Form.Item name="activityDate" label="活动日期" rules={[{ required: true, message: '请选择活动日期' }]}><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="teamType" label="队伍类型"><Select options={volunteerTeamTypes.map((t) => ({ value: t, label: volunteerTeamTypeNames[t] }))} /></Form.Item></Col>
          <Col span={16}><Form.Item name="teamName" label="队伍名称" rules={[{ required: true, message: '请填写队伍名称' }]}><Input maxLength={40} placeholder="如：轧钢车间党员先锋队" /></Form.Item></Col>
          <Col span={24}><Form.Item name="serviceContent" label="服务内容" rules={[{ required: true, message: '请填写服务内容' }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
          <Col span={8}><Form.Item name="headcount" label="参加人数" rules={[{ required: true, message: '请填写参加人数' }]}><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={8}><Form.Item name="hoursPerPerson" label="人均时长（小时）" rules={[{ required: true, message: '请填写人均时长' }]}><InputNumber min={0.5} max={24} step={0.5} precision={1} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={8}><Form.Item name="served" label="服务群众人数"><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}>
            <Form.Item name="memberIds" label="参加的党员（从花名册挑，可不挑）">
              <Select mode="multiple" showSearch optionFilterProp="label" options={members.map((m) => ({ value: m.id, label: m.name }))} />
            </Form.Item>
          </Col>
          <Col span={24}><Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
