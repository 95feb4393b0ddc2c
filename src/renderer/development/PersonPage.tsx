// 一个人的发展全程：五个阶段 25 个步骤的时间线，每步的日期、经办人、票数；截止日期与预警都写明依据
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { type Deadline, revotable, votePassed } from '../../shared/development/engine'
import type { DevPersonDetail, DevRules } from '../../shared/development/schemas'
import { type RecordKind, type RuleKey, type StepDef, stageNames } from '../../shared/development/types'
import { useAppData } from '../common/AppData'
import { Attachments } from '../common/Attachments'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { nameOf } from '../common/codes'
import { toIso } from '../common/dateField'
import { PrintButtons } from '../print/PrintButtons'
import { PersonForm } from './PersonForm'
import { type StepTarget, StepModal } from './StepModal'
import { recordSummary } from './summary'
import { useDevRules } from './useDevRules'

const NUMERALS = ['一', '二', '三', '四', '五']
/** Which step a deadline is about, to show it on that row. */
const DEADLINE_STEP: Partial<Record<RuleKey, RecordKind>> = {
  talk_deadline: 'talk', activist_min_wait: 'activist', dev_object_earliest: 'dev_object', activist_review_interval: 'cultivation', thought_report_interval: 'report',
  pre_review_to_meeting: 'admission_meeting', approval_normal: 'approval', oath_deadline: 'oath', probation: 'full_meeting', full_approval: 'full_approval'
}

export function PersonPage(): ReactNode {
  const { id } = useParams()
  const nav = useNavigate()
  const { codes, info } = useAppData()
  const { message } = App.useApp()
  const [detail, setDetail] = useState<DevPersonDetail | null>(null)
  const { rules } = useDevRules(detail?.person.orgId)
  const [step, setStep] = useState<StepTarget | null>(null)
  const [editing, setEditing] = useState(false)
  const [outcome, setOutcome] = useState(false)
  const load = useCallback(async () => {
    try {
      setDetail(await window.api.development.get({ id: id! }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [id, message])
  useEffect(() => void load(), [load])
  if (!detail || !rules) return <div className="page">正在读取…</div>
  const { person, records } = detail
  const closed = !!person.outcome
  const open = detail.deadlines.filter((d) => !d.done)

  const remove = async (recordId: string): Promise<void> => {
    try {
      await window.api.development.removeRecord({ id: recordId })
      await load()
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const row = (kind: RecordKind, no: string, name: string, actor: string, repeatable: boolean): ReactNode => {
    const recs = records.filter((r) => r.kind === kind)
    const due = open.filter((d) => DEADLINE_STEP[d.rule] === kind)
    const done = recs.length > 0
    const failed = recs.filter((r) => !votePassed(r))
    const again = revotable.includes(kind) && done && failed.length === recs.length
    const flagged = detail.findings.some((f) => f.kinds[0] === kind)
    return (
      <div key={kind} className={`dev-step${done ? ' done' : ''}`} data-testid={`step-${kind}`}>
        <div className="dev-step-no">{no}</div>
        <div className="dev-step-main">
          <div><b>{name}</b> <span className="dev-step-actor">{actor}</span></div>
          {recs.map((r) => (
            <div key={r.id} className="dev-step-record">
              <Tag color={votePassed(r) ? 'green' : 'orange'}>{r.date}</Tag>
              {!votePassed(r) && <Tag color="orange" data-testid="vote-failed">表决未通过</Tag>}
              <span>{recordSummary(r, detail.names, rules.calendar)}</span>
              {!closed && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setStep({ kind, record: r })}>修改</Button>
                  <Popconfirm title="撤销这条登记？" okText="撤销" cancelText="取消" onConfirm={() => remove(r.id)}><Button type="link" size="small" danger>撤销</Button></Popconfirm>
                </Space>
              )}
            </div>
          ))}
          {due.map((d) => <DueTag key={d.rule + d.due} d={d} today={info.today} />)}
          {flagged && <Tag color="orange" data-testid={`flag-${kind}`}>已标出问题，见上方预警</Tag>}
        </div>
        {!closed && (!done || repeatable || again) && <Button size="small" type={done ? 'default' : 'primary'} ghost={!done} onClick={() => setStep({ kind, record: null })}>{again ? '再次表决' : done ? '再登记' : '登记'}</Button>}
      </div>
    )
  }
  const stepRow = (s: StepDef): ReactNode => row(s.key, String(s.no), s.name, s.actor, s.repeatable)
  return (
    <div className="page">
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => nav('/development')}>返回</Button>
        <h2 className="page-title" style={{ margin: 0 }} data-testid="dev-person-name">{person.name}</h2>
        <Tag color={closed ? 'default' : 'red'} data-testid="dev-stage">{stageNames[detail.stage]}</Tag>
        {person.memberId && <Tag color="blue">已在党员花名册</Tag>}
        <ChangeHistoryButton entity="devPerson" id={person.id} title={person.name} />
      </Space>
      <Card size="small" style={{ marginBottom: 12 }} extra={<Space><Button onClick={() => setEditing(true)}>编辑信息</Button><PrintButtons kind="development-record" id={person.id} fileName={`发展党员全程纪实表-${person.name}`} />{closed ? <Button onClick={() => setOutcome(true)}>撤销结论</Button> : detail.stage !== 'full' && <Button danger onClick={() => setOutcome(true)}>{detail.stage === 'probationary' ? '取消预备党员资格' : '终止培养'}</Button>}</Space>}>
        <Descriptions size="small" column={4}>
          <Descriptions.Item label="性别">{person.gender === '1' ? '男' : '女'}</Descriptions.Item>
          <Descriptions.Item label="出生日期">{person.birthDate}</Descriptions.Item>
          <Descriptions.Item label="民族">{nameOf(codes.ethnicity, person.ethnicity)}</Descriptions.Item>
          <Descriptions.Item label="学历">{nameOf(codes.education, person.education)}</Descriptions.Item>
          <Descriptions.Item label="受理党组织">{person.orgName}</Descriptions.Item>
          <Descriptions.Item label="工作单位">{person.enterpriseName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="工作岗位">{person.jobPost ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="预备期">{detail.probation ? `${detail.probation.start} 至 ${detail.probation.end}${detail.probation.extendedMonths ? `（延长 ${detail.probation.extendedMonths} 个月）` : ''}` : '—'}</Descriptions.Item>
          {closed && <Descriptions.Item label={stageNames[person.outcome!]}>{person.outcomeDate}：{person.outcomeReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <RuleSetBanner rules={rules} />
      {open.some((d) => !d.earliest && d.due < info.today) && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="dev-overdue" message="逾期未办"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{open.filter((d) => !d.earliest && d.due < info.today).map((d) => <li key={d.rule + d.due}>{d.title}：应在 {d.due} 前（依据：{d.clause}）</li>)}</ul>} />
      )}
      {detail.findings.length > 0 && (
        <Alert type={detail.findings.some((f) => f.level === 'hard') ? 'error' : 'warning'} showIcon style={{ marginBottom: 12 }} data-testid="dev-findings"
          message={`预警 ${detail.findings.length} 条（记录照实保存，这里标出问题）`}
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{detail.findings.map((f) => <li key={f.message}>{f.message}（依据：{f.clause}；{f.source}）</li>)}</ul>} />
      )}
      {rules.steps.stages.map((st) => (
        <Card key={st.no} size="small" title={`${NUMERALS[st.no - 1]}、${st.name}`} style={{ marginBottom: 12 }}>
          {rules.steps.steps.filter((s) => s.stage === st.no).map((s) => (
            <div key={s.key}>
              {stepRow(s)}
              {s.key === 'cultivation' && row('report', '', '思想汇报', '入党积极分子、发展对象、预备党员', true)}
              {s.key === 'full_meeting' && (detail.stage === 'probationary' || records.some((r) => r.kind === 'extension')) && row('extension', '', '延长预备期（支部大会决定，仅一次）', '党支部', false)}
            </div>
          ))}
        </Card>
      ))}
      <Card size="small" title="材料（入党申请书、思想汇报、政审材料、志愿书等的扫描件或照片）" style={{ marginBottom: 12 }}>
        <Attachments owner="devPerson" ownerId={person.id} label="上传材料" />
      </Card>
      <StepModal target={step} detail={detail} rules={rules} onClose={() => setStep(null)} onSaved={async () => { setStep(null); await load() }} />
      <PersonForm open={editing} person={person} onClose={() => setEditing(false)} onSaved={async () => { setEditing(false); await load() }} />
      <OutcomeModal open={outcome} detail={detail} onClose={() => setOutcome(false)} onDone={async () => { setOutcome(false); await load() }} />
    </div>
  )
}

function DueTag({ d, today }: { d: Deadline; today: string }): ReactNode {
  const overdue = !d.earliest && d.due < today
  return (
    <div className="dev-step-due">
      <Tag color={overdue ? 'red' : d.earliest ? 'blue' : 'orange'}>{overdue ? '已逾期' : d.earliest ? (d.due <= today ? '已可办理' : '尚未到期') : '待办'}</Tag>
      {d.title}：{d.earliest ? '最早' : '应在'} {d.due}{d.earliest ? '' : ' 前'}
      <Typography.Text type="secondary" style={{ marginLeft: 6 }}>（{d.clause}）</Typography.Text>
    </div>
  )
}

export function RuleSetBanner({ rules }: { rules: DevRules }): ReactNode {
  const a = rules.active
  return (
    <Alert type={a.verified ? 'info' : 'warning'} showIcon style={{ marginBottom: 12 }} data-testid="rule-set-banner"
      message={<>现行规则：{a.title} {!a.verified && <Tag color="orange">未核实</Tag>}</>}
      description={<span style={{ fontSize: 12 }}>{a.source}。{a.note}</span>} />
  )
}

function OutcomeModal({ open, detail, onClose, onDone }: { open: boolean; detail: DevPersonDetail; onClose: () => void; onDone: () => void | Promise<void> }): ReactNode {
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  const undo = !!detail.person.outcome
  useEffect(() => {
    if (!open) return
    setError(null)
    form.resetFields()
  }, [open, form])
  const submit = async (): Promise<void> => {
    const v = undo ? {} : await form.validateFields()
    try {
      await window.api.development.setOutcome({ personId: detail.person.id, outcome: undo ? null : detail.stage === 'probationary' ? 'cancelled' : 'stopped', date: toIso(v.date), reason: v.reason ?? null })
      await onDone()
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open={open} title={undo ? '撤销结论' : detail.stage === 'probationary' ? '取消预备党员资格' : '终止培养'} okText="确定" cancelText="取消" onOk={submit} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {undo ? <p>撤销「{stageNames[detail.person.outcome!]}」结论后可以继续登记。已移到回收站的花名册记录需要到回收站恢复。</p> : (
        <Form form={form} layout="vertical">
          <Form.Item name="date" label="日期" rules={[{ required: true, message: '请填写日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请写明原因' }]}><Input.TextArea rows={3} maxLength={300} /></Form.Item>
          {detail.stage === 'probationary' && <Typography.Text type="warning">取消后，花名册中的这名预备党员移到回收站。</Typography.Text>}
        </Form>
      )}
    </Modal>
  )
}

