// 登记 / 编辑入党申请人：受理的党组织与工作单位分开填（企业没有党组织的，由园区青年党支部或联合党支部受理）
import { Alert, App, Col, Form, Input, Modal, Row, Select, TreeSelect } from 'antd'
import type { ReactNode } from 'react'
import { useModalForm } from '../common/useModalForm'
import type { DevPerson } from '../../shared/development/schemas'
import { checkIdNumber } from '../../shared/idcard'
import { useAppData } from '../common/AppData'
import { options, pinnedOptions } from '../common/codes'
import { buildOrgTree } from '../common/orgTree'

type Props = { open: boolean; person: DevPerson | null; onClose: () => void; onSaved: (id: string) => void | Promise<void> }

export function PersonForm({ open, person, onClose, onSaved }: Props): ReactNode {
  const { codes, orgs, info } = useAppData()
  const { message } = App.useApp()
  const { form, error, setError } = useModalForm(open, () => (person ? { ...person } : { ethnicity: '01' }), [person])
  const submit = async (): Promise<void> => {
    const v = await form.validateFields()
    try {
      const r = await window.api.development.savePerson({ ...v, id: person?.id })
      message.success(person ? '已保存' : `已登记入党申请人 ${v.name}`)
      await onSaved(r.id)
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open={open} title={person ? `编辑 ${person.name}` : '登记入党申请人'} width={720} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="person-error" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={16}>
          <Col span={8}><Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}><Input maxLength={30} /></Form.Item></Col>
          <Col span={10}>
            <Form.Item name="idNumber" label="身份证号" validateTrigger="onBlur"
              rules={[{ required: true, message: '请填写身份证号' }, { validator: async (_, v: string) => { if (v) { const r = checkIdNumber(v, info.today); if (!r.ok) throw new Error(r.message) } } }]}
              extra="出生日期和性别从身份证号读出">
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="ethnicity" label="民族" rules={[{ required: true, message: '请选择民族' }]}><Select showSearch optionFilterProp="label" options={pinnedOptions(codes.ethnicity)} /></Form.Item></Col>
          <Col span={14}>
            <Form.Item name="orgId" label="受理党组织" rules={[{ required: true, message: '请选择受理的党组织' }]} extra="企业未建党组织的，选园区青年党支部或联合党支部">
              <TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} />
            </Form.Item>
          </Col>
          <Col span={10}><Form.Item name="enterpriseName" label="工作单位"><Input maxLength={60} /></Form.Item></Col>
          <Col span={8}><Form.Item name="education" label="学历"><Select allowClear options={options(codes.education)} /></Form.Item></Col>
          <Col span={8}><Form.Item name="jobPost" label="工作岗位"><Input maxLength={30} /></Form.Item></Col>
          <Col span={8}><Form.Item name="phone" label="联系电话"><Input maxLength={13} /></Form.Item></Col>
          <Col span={24}><Form.Item name="remark" label="备注"><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>
        </Row>
      </Form>
    </Modal>
  )
}
