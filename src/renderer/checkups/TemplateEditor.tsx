// 修改一个未使用的模板副本：版本号、检查项（增删、分值、评分细则）、等次阈值与否决处理；一级指标分值随检查项合计
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Input, InputNumber, Modal, Row, Select, Space, Table } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { type CheckupTemplate, type TemplateBody, type TemplateItem, templateProblems } from '../../shared/checkups/template'

type Props = { template: CheckupTemplate | null; onClose: () => void; onSaved: () => void | Promise<void> }

const withSections = (b: TemplateBody, items: TemplateItem[]): TemplateBody => ({
  ...b,
  items,
  sections: b.sections.map((s) => ({ ...s, score: items.filter((i) => i.section === s.code).reduce((a, i) => a + Math.round(i.score * 100), 0) / 100 }))
})

/** Next free code in a section: after A3.3 comes A3.4. */
function nextCode(b: TemplateBody, section: string): string {
  const last = b.items.filter((i) => i.section === section).map((i) => i.code).pop()
  if (!last) return `${section}1.1`
  const [major, minor] = last.slice(1).split('.').map(Number)
  return `${section}${major}.${minor + 1}`
}

type GradeKey = 'stars' | 'levels' | 'conclusions'

export function TemplateEditor({ template, onClose, onSaved }: Props): ReactNode {
  const { message } = App.useApp()
  const [version, setVersion] = useState('')
  const [body, setBody] = useState<TemplateBody | null>(null)
  useEffect(() => {
    setVersion(template?.version ?? '')
    setBody(template?.body ?? null)
  }, [template])
  if (!template || !body) return null
  const setItem = (code: string, patch: Partial<TemplateItem>): void => setBody((b) => b && withSections(b, b.items.map((i) => (i.code === code ? { ...i, ...patch } : i))))
  const removeItem = (code: string): void => setBody((b) => b && withSections(b, b.items.filter((i) => i.code !== code)))
  const addItem = (section: string): void =>
    setBody((b) => {
      if (!b) return b
      const item: TemplateItem = { code: nextCode(b, section), section, group: '新增指标', content: '检查内容', score: 1, rule: '未达到扣 1', method: '查资料', auto: null, metric: null }
      const at = b.items.map((i) => i.section).lastIndexOf(section)
      const items = [...b.items]
      items.splice(at + 1, 0, item)
      return withSections(b, items)
    })
  const setMin = (key: GradeKey, index: number, min: number): void =>
    setBody((b) => b && { ...b, grades: { ...b.grades, [key]: b.grades[key].map((g, j) => (j === index ? { ...g, min } : g)) } })
  const problems = templateProblems(body)
  const save = async (): Promise<void> => {
    try {
      await window.api.checkupTemplates.save({ id: template.id, version, body })
      message.success('模板已保存')
      await onSaved()
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const thresholds = (key: GradeKey, label: (g: TemplateBody['grades'][GradeKey][number]) => string): ReactNode => (
    <Space direction="vertical" size={4}>
      {body.grades[key].map((g, j) => (
        <span key={j}>{label(g)} ≥ <InputNumber size="small" aria-label={`${label(g)} 最低分`} min={0} max={200} step={0.5} value={g.min} style={{ width: 72 }} onChange={(v) => v !== null && setMin(key, j, v)} /></span>
      ))}
    </Space>
  )
  return (
    <Modal title={`修改模板 ${template.version}`} open width={1150} okText="保存" cancelText="取消" onOk={save} onCancel={onClose}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input addonBefore="版本号" aria-label="版本号" value={version} maxLength={20} onChange={(e) => setVersion(e.target.value)} style={{ width: 280 }} />
        <span>满分：{body.sections.map((s) => `${s.name} ${s.score}`).join('　')}</span>
      </Space>
      <Row gutter={16} style={{ marginBottom: 8 }}>
        <Col span={6}><b>星级</b><br />{thresholds('stars', (g) => `${'★'.repeat((g as { stars: number }).stars)}`)}</Col>
        <Col span={6}><b>等次</b><br />{thresholds('levels', (g) => (g as { name: string }).name)}</Col>
        <Col span={6}><b>体检结论</b><br />{thresholds('conclusions', (g) => (g as { name: string }).name)}</Col>
        <Col span={6}>
          <b>触发否决项时</b><br />
          <Select size="small" style={{ width: 150 }} value={body.grades.onVeto.stars} onChange={(v) => setBody((b) => b && { ...b, grades: { ...b.grades, onVeto: { ...b.grades.onVeto, stars: v } } })}
            options={[{ value: 'none', label: '不评星' }, { value: 'max1', label: '最高一星' }]} />
          <div style={{ marginTop: 6 }}>加分上限 <InputNumber size="small" min={0} max={20} value={body.bonus.cap} style={{ width: 64 }} onChange={(v) => v !== null && setBody((b) => b && { ...b, bonus: { ...b.bonus, cap: v } })} /></div>
        </Col>
      </Row>
      {problems.length > 0 && <Alert type="error" showIcon message={problems.join('；')} style={{ marginBottom: 8 }} />}
      <Space style={{ marginBottom: 6 }}>
        {body.sections.map((s) => <Button key={s.code} size="small" icon={<PlusOutlined />} onClick={() => addItem(s.code)}>在「{s.name}」加一项</Button>)}
      </Space>
      <Table size="small" bordered rowKey="code" pagination={false} scroll={{ y: 400 }} dataSource={body.items}
        columns={[
          { title: '编号', dataIndex: 'code', width: 64 },
          { title: '二级指标', dataIndex: 'group', width: 110, render: (v: string, r) => <Input size="small" value={v} maxLength={30} onChange={(e) => setItem(r.code, { group: e.target.value })} /> },
          { title: '检查内容', dataIndex: 'content', render: (v: string, r) => <Input.TextArea size="small" autoSize value={v} maxLength={300} onChange={(e) => setItem(r.code, { content: e.target.value })} /> },
          { title: '分值', dataIndex: 'score', width: 80, render: (v: number, r) => <InputNumber size="small" min={0.25} max={100} step={0.5} value={v} style={{ width: 64 }} onChange={(x) => x !== null && setItem(r.code, { score: x })} /> },
          { title: '评分细则', dataIndex: 'rule', width: 260, render: (v: string, r) => <Input.TextArea size="small" autoSize value={v} maxLength={300} onChange={(e) => setItem(r.code, { rule: e.target.value })} /> },
          { title: '核查方式', dataIndex: 'method', width: 100, render: (v: string, r) => <Input size="small" value={v} maxLength={20} onChange={(e) => setItem(r.code, { method: e.target.value })} /> },
          { title: '', key: 'del', width: 40, render: (_, r) => <Button size="small" type="text" danger aria-label={`删除 ${r.code}`} icon={<DeleteOutlined />} onClick={() => removeItem(r.code)} /> }
        ]} />
    </Modal>
  )
}
