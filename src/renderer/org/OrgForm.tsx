// 新建 / 编辑组织：企业信息与党组织信息；信用代码校验只警告
import { Alert, App, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, TreeSelect } from 'antd'
import { type ReactNode, useEffect, useMemo, useState } from 'react'
import { checkCreditCode } from '../../shared/creditCode'
import type { Org } from '../../shared/org/schemas'
import { termYearsFor } from '../../shared/org/term'
import { useAppData } from '../common/AppData'
import { options } from '../common/codes'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree, descendantIds } from '../common/orgTree'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

type Props = { open: boolean; org?: Org | null; parentId?: string | null; onClose: () => void; onSaved: (id: string) => void | Promise<void> }

export function OrgForm({ open, org, parentId, onClose, onSaved }: Props): ReactNode {
  const { codes, orgs } = useAppData()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const creditCode = Form.useWatch('creditCode', form) as string | undefined
  const orgType = Form.useWatch('orgType', form) as string | undefined
  const creditWarning = useMemo(() => {
    if (!creditCode?.trim()) return null
    const c = checkCreditCode(creditCode)
    return c.ok ? null : c.warning
  }, [creditCode])
  const parentChoices = useMemo(() => {
    const banned = org ? descendantIds(orgs, org.id) : new Set<string>()
    return buildOrgTree(orgs.filter((o) => !banned.has(o.id)))
  }, [orgs, org])

  useEffect(() => {
    if (!open) return
    setError(null)
    form.resetFields()
    if (org)
      form.setFieldsValue({ ...org, establishedDate: toDay(org.establishedDate), lastElectionDate: toDay(org.lastElectionDate) })
    else form.setFieldsValue({ parentId: parentId ?? null, orgType: parentId ? 'branch' : 'committee', setupMode: 'single', committeeMembers: [] })
  }, [open, org, parentId, form])

  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    setSaving(true)
    setError(null)
    try {
      const r = await window.api.org.save({
        ...v,
        id: org?.id,
        parentId: v.parentId ?? null,
        establishedDate: toIso(v.establishedDate),
        lastElectionDate: toIso(v.lastElectionDate)
      })
      message.success(org ? '组织已保存' : '组织已建立')
      for (const w of r.warnings) message.warning(w)
      await onSaved(r.id)
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  const defaultTerm = termYearsFor(orgType ?? 'branch', null, codes.orgTermRule)
  return (
    <Modal open={open} title={org ? `编辑组织：${org.name}` : '新建组织'} width={820} okText="保存" cancelText="取消" onOk={submit} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Divider titlePlacement="left" plain>党组织</Divider>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="name" label="党组织名称" rules={[{ required: true, message: '请填写党组织名称' }]}><Input placeholder="如：某某有限公司党支部" maxLength={100} /></Form.Item></Col>
          <Col span={12}><Form.Item name="parentId" label="上级党组织"><TreeSelect allowClear treeDefaultExpandAll treeData={parentChoices} placeholder="无（顶级组织）" /></Form.Item></Col>
          <Col span={8}><Form.Item name="orgType" label="党组织类型" rules={[{ required: true, message: '请选择党组织类型' }]}><Select options={options(codes.orgTypes)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="setupMode" label="组建方式" rules={[{ required: true, message: '请选择组建方式' }]}><Select options={options(codes.setupModes)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="instructor" label="党建指导员"><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="secretary" label="书记"><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="deputySecretary" label="副书记"><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="committeeMembers" label="委员"><Select mode="tags" placeholder="输入姓名后回车" tokenSeparators={['、', ',', '，']} /></Form.Item></Col>
          <Col span={8}><Form.Item name="establishedDate" label="成立日期"><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="lastElectionDate" label="上次换届日期"><DateInput /></Form.Item></Col>
          <Col span={8}><Form.Item name="termYears" label="任期（年）" extra={`不填按规则表：本类型 ${defaultTerm} 年`}><InputNumber min={1} max={5} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="redStation" label="红色驿站"><Input maxLength={100} /></Form.Item></Col>
        </Row>
        <Divider titlePlacement="left" plain>所在企业</Divider>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="enterpriseName" label="企业名称"><Input maxLength={100} /></Form.Item></Col>
          <Col span={12}>
            <Form.Item name="creditCode" label="统一社会信用代码" validateStatus={creditWarning ? 'warning' : undefined} help={creditWarning ?? undefined}>
              <Input maxLength={30} placeholder="18 位" />
            </Form.Item>
          </Col>
          <Col span={8}><Form.Item name="industry" label="所属行业"><Input maxLength={50} /></Form.Item></Col>
          <Col span={8}><Form.Item name="park" label="所在园区"><Input maxLength={50} /></Form.Item></Col>
          <Col span={8}><Form.Item name="employees" label="职工人数"><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}><Form.Item name="remark" label="备注"><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
