// 登记 / 修改一个步骤：按步骤表里的字段显示表单；票数当场按表决规则判断，公示当场数工作日；硬规则被拒绝时原样显示主进程的中文说明
import { Alert, App, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { DevPersonDetail, DevRules } from '../../shared/development/schemas'
import { type DevRecord, type RecordKind, type StepField, recommendWayNames, recommendWays } from '../../shared/development/types'
import { decideVote } from '../../shared/development/vote'
import { countWorkdays, coverageWarning } from '../../shared/development/workdays'
import type { MemberRow } from '../../shared/members/schemas'
import { toDay, toIso } from '../common/dateField'

export type StepTarget = { kind: RecordKind; record: (DevRecord & { id: string }) | null }
type Props = { target: StepTarget | null; detail: DevPersonDetail; rules: DevRules; onClose: () => void; onSaved: () => void | Promise<void> }

const VOTE_FIELDS: [string, string][] = [
  ['expected', '应到会有表决权的正式党员'], ['present', '实到会有表决权的正式党员'], ['agree', '同意'], ['disagree', '不同意'], ['abstain', '弃权'],
  ['writtenAgree', '书面意见同意'], ['writtenOther', '书面意见不同意或弃权']
]

export function fieldsOf(kind: RecordKind, rules: DevRules): StepField[] {
  if (kind === 'report') return ['date', 'conclusion']
  if (kind === 'extension') return ['date', 'vote', 'conclusion']
  return rules.steps.steps.find((s) => s.key === kind)?.fields ?? ['date']
}

const kindName = (kind: RecordKind, rules: DevRules): string =>
  kind === 'report' ? '思想汇报' : kind === 'extension' ? '延长预备期' : (rules.steps.steps.find((s) => s.key === kind)?.name ?? kind)

export function StepModal({ target, detail, rules, onClose, onSaved }: Props): ReactNode {
  const { modal } = App.useApp()
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  const [members, setMembers] = useState<MemberRow[]>([])
  const fields = target ? fieldsOf(target.kind, rules) : []
  const needsMembers = fields.includes('contacts') || fields.includes('introducers')
  useEffect(() => {
    if (!target) return
    setError(null)
    form.resetFields()
    const r = target.record
    if (r) form.setFieldsValue({ ...r.detail, date: toDay(r.date), endDate: toDay(r.endDate), actor: r.actor, publicityStart: toDay(r.detail.publicityStart), publicityEnd: toDay(r.detail.publicityEnd), vote: r.detail.vote ?? undefined })
    else if (fields.includes('vote')) form.setFieldsValue({ vote: { disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } })
  }, [target, form]) // 只在打开时填一次表单（fields 由 target 决定）
  useEffect(() => {
    if (target && needsMembers) void window.api.members.list({ orgId: detail.person.orgId, limit: 1000 }).then((r) => setMembers(r.rows))
  }, [target, needsMembers, detail.person.orgId])

  const vote = Form.useWatch('vote', form) as Record<string, number | null> | undefined
  const ps = Form.useWatch('publicityStart', form)
  const pe = Form.useWatch('publicityEnd', form)
  const voteResult = vote && VOTE_FIELDS.slice(0, 5).every(([k]) => typeof vote[k] === 'number')
    ? decideVote({ expected: vote.expected!, present: vote.present!, agree: vote.agree!, disagree: vote.disagree!, abstain: vote.abstain!, writtenAgree: vote.writtenAgree ?? 0, writtenOther: vote.writtenOther ?? 0 })
    : null
  const publicity = ps && pe && toIso(ps)! <= toIso(pe)! ? { days: countWorkdays(toIso(ps)!, toIso(pe)!, rules.calendar), warn: coverageWarning(toIso(ps)!, toIso(pe)!, rules.calendar) } : null

  const submit = async (): Promise<void> => {
    if (!target) return
    const v = await form.validateFields()
    try {
      const r = await window.api.development.saveRecord({
        id: target.record?.id, personId: detail.person.id, step: target.kind, date: toIso(v.date)!, endDate: toIso(v.endDate), actor: v.actor ?? null,
        recommendWay: v.recommendWay ?? null, contacts: v.contacts, introducers: v.introducers, conclusion: v.conclusion ?? null, hours: v.hours ?? null,
        bookNo: v.bookNo ?? null, vote: v.vote ?? null, publicityStart: toIso(v.publicityStart), publicityEnd: toIso(v.publicityEnd), months: v.months ?? null
      })
      if (r.warnings.length) modal.warning({ title: '已保存，但有以下预警', content: <ul data-testid="step-warnings">{r.warnings.map((w) => <li key={w}>{w}</li>)}</ul> })
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  const memberOptions = members.map((m) => ({ value: m.id, label: m.category === '正式党员' ? m.name : `${m.name}（${m.category}）` }))
  const title = target ? `${target.record ? '修改' : '登记'}：${kindName(target.kind, rules)}` : ''
  return (
    <Modal open={!!target} title={title} width={680} okText="保存" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="step-error" />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={16}>
          <Col span={8}><Form.Item name="date" label={fields.includes('endDate') ? '开始日期' : '日期'} rules={[{ required: true, message: '请填写日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          {fields.includes('endDate') && <Col span={8}><Form.Item name="endDate" label="结束日期"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>}
          {fields.includes('hours') && <Col span={8}><Form.Item name="hours" label="学时"><InputNumber min={0} max={1000} style={{ width: '100%' }} /></Form.Item></Col>}
          {fields.includes('actor') && <Col span={8}><Form.Item name="actor" label="谈话人"><Input maxLength={30} /></Form.Item></Col>}
          {fields.includes('recommendWay') && <Col span={8}><Form.Item name="recommendWay" label="推荐方式"><Select allowClear options={recommendWays.map((w) => ({ value: w, label: recommendWayNames[w] }))} /></Form.Item></Col>}
          {fields.includes('bookNo') && <Col span={8}><Form.Item name="bookNo" label="志愿书编号"><Input maxLength={30} /></Form.Item></Col>}
          {target?.kind === 'extension' && <Col span={8}><Form.Item name="months" label="延长月数" rules={[{ required: true, message: '请填写延长月数' }]}><InputNumber min={1} max={24} style={{ width: '100%' }} /></Form.Item></Col>}
          {fields.includes('contacts') && (
            <Col span={24}><Form.Item name="contacts" label="培养联系人" extra="1～2 名正式党员" rules={[{ required: true, message: '请选择培养联系人' }]}><Select mode="multiple" showSearch optionFilterProp="label" options={memberOptions} /></Form.Item></Col>
          )}
          {fields.includes('introducers') && (
            <Col span={24}><Form.Item name="introducers" label="入党介绍人" extra="2 名正式党员，一般由培养联系人担任" rules={[{ required: true, message: '请选择入党介绍人' }]}><Select mode="multiple" showSearch optionFilterProp="label" options={memberOptions} /></Form.Item></Col>
          )}
          {fields.includes('publicity') && (
            <>
              <Col span={8}><Form.Item name="publicityStart" label="公示开始"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={8}><Form.Item name="publicityEnd" label="公示结束"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
              <Col span={8} style={{ paddingTop: 34 }}>
                {publicity && <Typography.Text type={publicity.days < rules.active.rules.publicity_workdays.value ? 'danger' : undefined} data-testid="publicity-days">{publicity.days} 个工作日</Typography.Text>}
              </Col>
              {publicity?.warn && <Col span={24}><Alert type="warning" showIcon message={publicity.warn} style={{ marginBottom: 12 }} /></Col>}
            </>
          )}
          {fields.includes('vote') && <Col span={24}><Divider plain style={{ margin: '0 0 12px' }}>表决（无记名投票；因故不能到会的有表决权正式党员，会前提交的书面意见计入）</Divider></Col>}
          {fields.includes('vote') &&
            VOTE_FIELDS.map(([k, label]) => (
              <Col span={k === 'expected' || k === 'present' || k.startsWith('written') ? 12 : 8} key={k}>
                <Form.Item name={['vote', k]} label={label} rules={k.startsWith('written') ? [] : [{ required: true, message: `请填写${label}人数` }]}><InputNumber min={0} max={10000} style={{ width: '100%' }} /></Form.Item>
              </Col>
            ))}
          {voteResult && (
            <Col span={24}>
              <Alert
                data-testid="vote-result"
                style={{ marginBottom: 12 }}
                type={voteResult.errors.length ? 'error' : voteResult.passed ? 'success' : 'warning'}
                message={voteResult.errors.length ? voteResult.errors.join('；') : `${voteResult.quorum ? '到会人数过半' : '到会人数未过半，不能表决'}；赞成 ${voteResult.agreeTotal} 票（含书面），${voteResult.passed ? '超过' : '未超过'}应到会有表决权正式党员的半数：${voteResult.passed ? '通过' : '未通过'}`}
              />
            </Col>
          )}
          {fields.includes('conclusion') && <Col span={24}><Form.Item name="conclusion" label={target?.kind === 'political_review' ? '政审结论' : '考察意见 / 说明'}><Input.TextArea rows={2} maxLength={500} /></Form.Item></Col>}
        </Row>
      </Form>
    </Modal>
  )
}
