// 登记或编辑一对师带徒：师傅从所选组织的花名册里挑；徒弟可以不是党员；出师时填出师日期与取得的证书或等级
import { Alert, App, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, TreeSelect } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { DevPersonRow } from '../../shared/development/schemas'
import type { MemberRow } from '../../shared/members/schemas'
import { type Mentorship, mentorshipStatusNames, mentorshipStatuses } from '../../shared/mentoring/schemas'
import { useAppData } from '../common/AppData'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { useModalForm } from '../common/useModalForm'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

type Target = { row: Mentorship | null } | null

const DATES = ['startDate', 'plannedEndDate', 'endDate', 'certificateDate', 'appliedDate'] as const

export function MentorshipModal({ target, defaultOrgId, onClose, onSaved }: { target: Target; defaultOrgId: string; onClose: () => void; onSaved: () => Promise<void> }): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const row = target?.row ?? null
  const { form, error, setError } = useModalForm(target, () =>
    row
      ? { ...row, savingsYuan: row.savingsFen / 100, ...Object.fromEntries(DATES.map((k) => [k, toDay(row[k])])) }
      : { orgId: defaultOrgId, pairStatus: 'paired', proposalCount: 0, savingsYuan: 0 }
  )
  const orgId = Form.useWatch('orgId', form) as string | undefined
  const pairStatus = Form.useWatch('pairStatus', form) as string | undefined
  const [mentors, setMentors] = useState<MemberRow[]>([])
  const [devPeople, setDevPeople] = useState<DevPersonRow[]>([])
  useEffect(() => {
    if (!target || !orgId) return
    void window.api.members.list({ orgId, limit: 1000 }).then((r) => setMentors(r.rows.filter((m) => m.status !== 'left')), () => setMentors([]))
    void window.api.development.list({ orgId }).then(setDevPeople, () => setDevPeople([]))
  }, [target, orgId])
  if (!target) return null
  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    try {
      const r = await window.api.mentoring.save({
        ...v, id: row?.id, apprenticePhone: v.apprenticePhone || null, devPersonId: v.devPersonId ?? null,
        skillGoal: v.skillGoal || null, thoughtGoal: v.thoughtGoal || null, otherGoal: v.otherGoal || null, certificate: v.certificate || null, note: v.note || null,
        proposalCount: v.proposalCount ?? 0, savingsYuan: v.savingsYuan ?? 0,
        ...Object.fromEntries(DATES.map((k) => [k, toIso(v[k])]))
      })
      for (const w of r.warnings) message.warning(w, 6)
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const ended = pairStatus === 'graduated' ? '出师日期' : pairStatus === 'stopped' ? '中止日期' : null
  return (
    <Modal open title={row ? `编辑师带徒：${row.mentorName} 带 ${row.apprenticeName}` : '登记师带徒结对'} width={860} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="mentorship-error" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={12}>
          <Col span={12}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="mentorId" label="师傅（党员）" rules={[{ required: true, message: '请从花名册里选择师傅' }]}>
              <Select showSearch optionFilterProp="label" placeholder="输入姓名查找" options={mentors.map((m) => ({ value: m.id, label: `${m.name}（${m.orgName}）` }))} />
            </Form.Item>
          </Col>
          <Col span={8}><Form.Item name="apprenticeName" label="徒弟姓名" rules={[{ required: true, message: '请填写徒弟姓名' }]}><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="apprenticeJob" label="徒弟岗位" rules={[{ required: true, message: '请填写徒弟岗位' }]}><Input maxLength={40} /></Form.Item></Col>
          <Col span={8}><Form.Item name="apprenticePhone" label="徒弟联系电话"><Input maxLength={20} /></Form.Item></Col>
          <Col span={8}><Form.Item name="startDate" label="结对日期" rules={[{ required: true, message: '请选择结对日期' }]}><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="plannedEndDate" label="计划出师日期" rules={[{ required: true, message: '请选择计划出师日期' }]}><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="pairStatus" label="状态"><Select options={mentorshipStatuses.map((s) => ({ value: s, label: mentorshipStatusNames[s] }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="skillGoal" label="技能目标"><Input.TextArea rows={2} maxLength={200} /></Form.Item></Col>
          <Col span={8}><Form.Item name="thoughtGoal" label="思想目标"><Input.TextArea rows={2} maxLength={200} /></Form.Item></Col>
          <Col span={8}><Form.Item name="otherGoal" label="其他目标"><Input.TextArea rows={2} maxLength={200} /></Form.Item></Col>
        </Row>
        <Divider titlePlacement="left" plain>成效</Divider>
        <Row gutter={12}>
          {ended && <Col span={8}><Form.Item name="endDate" label={ended}><DateInput /></Form.Item></Col>}
          <Col span={ended ? 8 : 12}><Form.Item name="certificate" label="取得证书或等级"><Input maxLength={60} placeholder="如：电工（高级工）、技师" /></Form.Item></Col>
          <Col span={ended ? 8 : 12}><Form.Item name="certificateDate" label="取证日期"><DateInput /></Form.Item></Col>
          <Col span={6}><Form.Item name="proposalCount" label="技术提案（件）"><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="savingsYuan" label="节约创效（元）"><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="appliedDate" label="递交入党申请书"><DateInput /></Form.Item></Col>
          <Col span={6}>
            <Form.Item name="devPersonId" label="关联发展党员">
              <Select
                allowClear showSearch optionFilterProp="label" options={devPeople.map((p) => ({ value: p.id, label: p.name }))} notFoundContent="本组织没有发展党员记录"
                // 关联后递交入党申请书日期取发展党员记录里的（已填的不改）
                onChange={(id?: string) => { const p = devPeople.find((x) => x.id === id); if (p?.applyDate && !form.getFieldValue('appliedDate')) form.setFieldValue('appliedDate', toDay(p.applyDate)) }}
              />
            </Form.Item>
          </Col>
          <Col span={24}><Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
