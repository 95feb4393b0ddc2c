// 新增 / 编辑党员：身份证号校验并自动带出出生日期与性别；日期先后、入党年龄由共用规则检查
import { Alert, App, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, TreeSelect } from 'antd'
import type { Dayjs } from 'dayjs'
import { type ReactNode, useEffect, useState } from 'react'
import { checkIdNumber } from '../../shared/idcard'
import { checkMemberRules } from '../../shared/members/rules'
import { useAppData } from '../common/AppData'
import { useToday } from '../common/clock'
import { options, pinnedOptions } from '../common/codes'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { useFormDraft } from '../common/useFormDraft'
import { DateInput } from '../common/DateInput'

type Props = { open: boolean; memberId: string | null; defaultOrgId?: string; onClose: () => void; onSaved: () => void | Promise<void> }

const DATE_FIELDS = ['birthDate', 'joinDate', 'fullDate', 'workStartDate', 'transferInDate'] as const

export function MemberForm({ open, memberId, defaultOrgId, onClose, onSaved }: Props): ReactNode {
  const { codes, orgs } = useAppData()
  const today = useToday()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const draft = useFormDraft({ key: open ? (memberId ? `member:${memberId}` : `member:new:${defaultOrgId ?? 'root'}`) : null, form, onClose })

  useEffect(() => {
    if (!open) return
    setErrors([])
    form.resetFields()
    if (!memberId) {
      form.setFieldsValue({ orgId: defaultOrgId ?? orgs[0]?.id, ethnicity: '01', category: 'full', status: 'normal', partyPost: '99' })
      return
    }
    window.api.members
      .get({ id: memberId })
      .then((m) => {
        const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, toDay(m[f])]))
        form.setFieldsValue({ ...m, ...dates, duesBase: m.duesBaseCents === null ? null : m.duesBaseCents / 100 })
      })
      .catch((e: Error) => setErrors([e.message]))
  }, [open, memberId, defaultOrgId, orgs, form])

  const onIdChange = (raw: string): void => {
    if (raw.includes('*')) return
    const r = checkIdNumber(raw, today)
    if (r.ok) form.setFieldsValue({ birthDate: toDay(r.info.birthDate), gender: String(r.info.gender) })
  }

  const submit = async (): Promise<void> => {
    let v: Record<string, unknown>
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, toIso(v[f] as Dayjs | null)]))
    const { duesBase, ...rest } = v
    const payload = {
      ...rest,
      ...dates,
      id: memberId ?? undefined,
      duesBaseCents: typeof duesBase === 'number' ? Math.round(duesBase * 100) : null
    } as Parameters<typeof window.api.members.save>[0]
    const local = checkMemberRules(payload as Parameters<typeof checkMemberRules>[0], today)
    const masked = String(payload.idNumber).includes('*')
    if (local.errors.length && !masked) return setErrors(local.errors)
    setSaving(true)
    try {
      const r = await window.api.members.save(payload)
      message.success(memberId ? '已保存' : `已添加党员 ${String(v.name)}`)
      await draft.saved()
      for (const w of r.warnings) message.warning(w)
      await onSaved()
    } catch (e) {
      setErrors((e as Error).message.split('；'))
    } finally {
      setSaving(false)
    }
  }

  const idRule = {
    required: true,
    validator: async (_: unknown, value: string) => {
      if (!value) throw new Error('请填写身份证号')
      if (memberId && value.includes('*')) return // 未改动的已存号码（脱敏显示）
      const r = checkIdNumber(value, today)
      if (!r.ok) throw new Error(r.message)
    }
  }
  const date = <DateInput />
  return (
    <Drawer
      open={open}
      title={memberId ? '编辑党员信息' : '新增党员'}
      size={820}
      onClose={draft.close}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={draft.close}>取消</Button>
          <Button type="primary" loading={saving} onClick={submit}>保存</Button>
        </Space>
      }
    >
      {draft.offer}
      {errors.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="form-error" message="未保存，请修改以下内容" description={<ul style={{ margin: 0, paddingLeft: 18 }}>{errors.map((e) => <li key={e}>{e}</li>)}</ul>} />
      )}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={draft.changed}>
        <Row gutter={16}>
          <Col span={8}><Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input maxLength={30} /></Form.Item></Col>
          <Col span={10}><Form.Item name="idNumber" label="身份证号" rules={[idRule]} validateTrigger="onBlur"><Input maxLength={18} onChange={(e) => onIdChange(e.target.value)} placeholder="18 位，填好后自动带出出生日期和性别" /></Form.Item></Col>
          <Col span={6}><Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}><Select options={options(codes.genders)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="birthDate" label="出生日期" rules={[{ required: true, message: '请填写出生日期' }]}>{date}</Form.Item></Col>
          <Col span={8}><Form.Item name="ethnicity" label="民族" rules={[{ required: true, message: '请选择民族' }]}><Select showSearch={{ optionFilterProp: 'label' }} options={pinnedOptions(codes.ethnicity)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="nativePlace" label="籍贯"><Input maxLength={50} placeholder="如：四川乐山" /></Form.Item></Col>
          <Col span={8}><Form.Item name="education" label="学历"><Select allowClear showSearch={{ optionFilterProp: 'label' }} options={options(codes.education)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="degree" label="学位"><Input maxLength={20} placeholder="如：学士" /></Form.Item></Col>
          <Col span={8}><Form.Item name="phone" label="联系电话"><Input maxLength={13} /></Form.Item></Col>
          <Col span={16}><Form.Item name="orgId" label="所在党组织" rules={[{ required: true, message: '请选择所在党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="category" label="人员类别" rules={[{ required: true, message: '请选择人员类别' }]}><Select options={options(codes.memberCategories)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="joinDate" label="入党日期（支部大会通过日）" rules={[{ required: true, message: '请填写入党日期' }]}>{date}</Form.Item></Col>
          <Col span={8}><Form.Item name="fullDate" label="转正日期">{date}</Form.Item></Col>
          <Col span={8}><Form.Item name="status" label="党员状态" rules={[{ required: true, message: '请选择党员状态' }]}><Select options={options(codes.memberStatuses)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="partyPost" label="党内职务"><Select allowClear options={options(codes.partyPosts)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="jobCategory" label="工作岗位"><Select allowClear options={options(codes.jobCategories)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="adminPost" label="行政职务"><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="workStartDate" label="参加工作时间">{date}</Form.Item></Col>
          <Col span={8}><Form.Item name="transferInDate" label="组织关系转入日期">{date}</Form.Item></Col>
          <Col span={8}><Form.Item name="duesBase" label="党费基数（元/月）"><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}><Form.Item name="address" label="现居住地"><Input maxLength={100} /></Form.Item></Col>
          <Col span={24}><Form.Item name="remark" label="备注"><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Drawer>
  )
}
