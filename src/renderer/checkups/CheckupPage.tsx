// 体检评分页：基本信息、逐项评分（合计与等次即时更新）、加分与否决、签字确认与「重新打开」、整改问题、打印与导出
import { ArrowLeftOutlined, CheckCircleOutlined, ExportOutlined, SaveOutlined, UnlockOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Checkbox, Col, Input, InputNumber, Modal, Result, Row, Space, Spin, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { ChangeEntry } from '../../shared/app/types'
import type { CheckupData, CheckupDetail } from '../../shared/checkups/schemas'
import { checkScores, scoreCheckup } from '../../shared/checkups/scoring'
import { statusNames, type ProblemStatus } from '../../shared/problems/flow'
import { useAppData } from '../common/AppData'
import { Attachments } from '../common/Attachments'
import { nameOf } from '../common/codes'
import { toDay, toIso } from '../common/dateField'
import { PrintButtons } from '../print/PrintButtons'
import { CompareModal } from './CompareModal'
import { ItemFiles } from './ItemFiles'
import { type Entry, ItemsTable } from './ItemsTable'
import { ProposalModal } from './ProposalModal'
import { ScoreBar } from './ScoreBar'
import { DateInput } from '../common/DateInput'

type Draft = {
  checkDate: string
  checker: string | null
  companion: string | null
  requirements: string | null
  entries: Record<string, Entry>
  bonus: CheckupData['bonus']
  vetoes: CheckupData['vetoes']
}

const EMPTY: Entry = { selfScore: null, checkScore: null, reason: null, evidence: null }

const draftOf = (d: CheckupDetail): Draft => ({
  checkDate: d.checkup.checkDate,
  checker: d.checkup.checker,
  companion: d.checkup.companion,
  requirements: d.checkup.requirements,
  entries: Object.fromEntries(d.items.map((i) => [i.code, { selfScore: i.selfScore, checkScore: i.checkScore, reason: i.reason, evidence: i.evidence }])),
  bonus: d.bonus,
  vetoes: d.vetoes
})

export function CheckupPage(): ReactNode {
  const { id } = useParams()
  const nav = useNavigate()
  const { codes, info } = useAppData()
  const { message, modal } = App.useApp()
  const [detail, setDetail] = useState<CheckupDetail | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [dirty, setDirty] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [proposing, setProposing] = useState(false)
  const [comparing, setComparing] = useState(false)
  const [signing, setSigning] = useState<'sign' | 'reopen' | null>(null)
  const [signText, setSignText] = useState('')
  const [history, setHistory] = useState<ChangeEntry[]>([])
  // the scores as they were before 「全部采用建议分」, for its undo; gone once anything else is changed
  const [beforeAdopt, setBeforeAdopt] = useState<Draft['entries'] | null>(null)
  const load = useCallback(async () => {
    try {
      const [d, h] = await Promise.all([window.api.checkups.get({ id: id! }), window.api.changes.forRecord({ entity: 'checkup', id: id! })])
      setDetail(d)
      setHistory(h)
      setDraft(draftOf(d))
      setDirty(false)
    } catch (e) {
      setError((e as Error).message)
    }
  }, [id])
  useEffect(() => void load(), [load])
  // attachment counts change without touching the scores being typed
  const refreshFiles = useCallback(async () => {
    const d = await window.api.checkups.get({ id: id! })
    setDetail((old) => old && { ...old, files: d.files })
  }, [id])

  const scoreInput = useMemo(
    () => draft && { items: draft.entries, bonus: draft.bonus, vetoes: draft.vetoes.map((v) => v.code) },
    [draft]
  )
  const score = useMemo(() => detail && scoreInput && scoreCheckup(detail.template.body, scoreInput), [detail, scoreInput])
  const problems = useMemo(() => (detail && scoreInput ? checkScores(detail.template.body, scoreInput) : []), [detail, scoreInput])
  if (error) return <Result status="warning" title={error} extra={<Button onClick={() => nav('/checkups')}>返回</Button>} />
  if (!detail || !draft || !score) return <Spin style={{ margin: 60 }} />
  const { checkup, template, header } = detail
  const locked = checkup.status === 'signed'
  const body = template.body
  const patch = (p: Partial<Draft>): void => {
    setDraft((d) => d && { ...d, ...p })
    setDirty(true)
    setBeforeAdopt(null)
  }
  const setEntry = (code: string, p: Partial<Entry>): void =>
    patch({ entries: { ...draft.entries, [code]: { ...(draft.entries[code] as Entry | undefined ?? EMPTY), ...p } } })

  const save = async (): Promise<boolean> => {
    try {
      await window.api.checkups.save({
        id: checkup.id, orgId: checkup.orgId, templateId: checkup.templateId, roundId: checkup.roundId, checkDate: draft.checkDate,
        checker: draft.checker, companion: draft.companion, requirements: draft.requirements, bonus: draft.bonus, vetoes: draft.vetoes,
        items: Object.entries(draft.entries).map(([code, e]) => ({ code, ...e }))
      })
      message.success('体检已保存')
      await load()
      return true
    } catch (e) {
      message.error((e as Error).message)
      return false
    }
  }
  const suggested = body.items.filter((i) => detail.suggestions[i.code])
  const adoptAll = (): void => {
    const entries = { ...draft.entries }
    for (const i of suggested) {
      const sug = detail.suggestions[i.code]
      const e = (entries[i.code] as Entry | undefined) ?? EMPTY
      entries[i.code] = { ...e, checkScore: sug.score, reason: sug.score < i.score ? (sug.finding ?? e.reason) : e.reason }
    }
    const before = draft.entries
    patch({ entries })
    setBeforeAdopt(before)
  }
  const undoAdopt = (): void => {
    if (!beforeAdopt) return
    setDraft((d) => d && { ...d, entries: beforeAdopt })
    setBeforeAdopt(null)
  }
  const fillFull = (): void =>
    patch({ entries: Object.fromEntries(body.items.map((i) => { const e = draft.entries[i.code]; return [i.code, { selfScore: e?.selfScore ?? null, checkScore: e?.checkScore ?? i.score, reason: e?.reason ?? null, evidence: e?.evidence ?? null }] })) })
  const signOrReopen = async (): Promise<void> => {
    try {
      if (signing === 'sign') await window.api.checkups.signOff({ id: checkup.id, signer: signText })
      else await window.api.checkups.reopen({ id: checkup.id, reason: signText })
      message.success(signing === 'sign' ? '已签字确认' : '已重新打开，可以修改')
      setSigning(null)
      await load()
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const exportForm = async (): Promise<void> => {
    try {
      const r = await window.api.checkups.exportForm({ id: checkup.id })
      if (r) modal.success({ title: '体检表已导出', content: <span data-testid="form-export-path">{r.path}</span> })
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const toggleVeto = (code: string, on: boolean): void =>
    patch({ vetoes: on ? [...draft.vetoes, { code, note: null }] : draft.vetoes.filter((v) => v.code !== code) })
  const setBonus = (code: string, v: number | null): void =>
    patch({ bonus: v ? [...draft.bonus.filter((b) => b.code !== code), { code, score: v, note: null }].sort((a, b) => a.code.localeCompare(b.code)) : draft.bonus.filter((b) => b.code !== code) })

  return (
    <div className="page" data-testid="checkup-page">
      <div className="toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => nav(checkup.roundId ? `/checkups/rounds/${checkup.roundId}` : '/checkups?tab=records')}>返回</Button>
        <h2 className="page-title" style={{ margin: 0 }}>{header.enterpriseName ?? header.orgName} 党建体检</h2>
        {locked ? <Tag color="green" icon={<CheckCircleOutlined />}>已签字确认：{checkup.signedBy}（{checkup.signedAt}）</Tag> : <Tag color="blue">填写中</Tag>}
        {dirty && <Tag color="orange">有未保存的修改</Tag>}
        <span style={{ flex: 1 }} />
        {!locked && suggested.length > 0 && <Button onClick={adoptAll}>全部采用建议分（{suggested.length} 项）</Button>}
        {!locked && beforeAdopt && <Tag color="blue">已采用 {suggested.length} 项建议分，其余 {body.items.length - suggested.length} 项请逐项评分</Tag>}
        {!locked && beforeAdopt && <Button onClick={undoAdopt}>撤销采用</Button>}
        {!locked && <Button onClick={fillFull}>未填的体检得分按满分填入</Button>}
        {!locked && <Button type="primary" icon={<SaveOutlined />} onClick={save}>保存</Button>}
        {!locked && <Button icon={<CheckCircleOutlined />} disabled={dirty} onClick={() => { setSignText(draft.checker ?? ''); setSigning('sign') }}>签字确认</Button>}
        {locked && <Button icon={<UnlockOutlined />} onClick={() => { setSignText(''); setSigning('reopen') }}>重新打开</Button>}
      </div>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Row gutter={16}>
          <Col span={8}>党组织：{header.orgName}（{nameOf(codes.orgTypes, header.orgType)}）</Col>
          <Col span={6}>上级：{header.parentName ?? '—'}</Col>
          <Col span={4}>书记：{header.secretary ?? '—'}</Col>
          <Col span={6}>正式/预备党员：{header.fullMembers}/{header.probationaryMembers}　模板 {template.version}</Col>
        </Row>
        <Space style={{ marginTop: 8 }} wrap>
          <span>体检日期 <DateInput aria-label="体检日期" disabled={locked} value={toDay(draft.checkDate)} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(info.today), 'day')} onChange={(d) => d && patch({ checkDate: toIso(d)! })} /></span>
          <span>体检人（党建指导员） <Input aria-label="体检人" style={{ width: 120 }} disabled={locked} maxLength={30} value={draft.checker ?? ''} onChange={(e) => patch({ checker: e.target.value || null })} /></span>
          <span>企业陪同人 <Input aria-label="企业陪同人" style={{ width: 160 }} disabled={locked} maxLength={30} value={draft.companion ?? ''} onChange={(e) => patch({ companion: e.target.value || null })} /></span>
          {checkup.roundName && <span style={{ color: '#888' }}>批次：{checkup.roundName}</span>}
        </Space>
      </Card>
      <ScoreBar score={score} itemCount={body.items.length} />
      {problems.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`保存前请改正：${problems.slice(0, 4).join('；')}${problems.length > 4 ? ` 等 ${problems.length} 处` : ''}`} />}
      <ItemsTable body={body} entries={draft.entries} suggestions={detail.suggestions} locked={locked} onChange={setEntry}
        evidenceExtra={(code) => <ItemFiles code={code} itemId={detail.items.find((i) => i.code === code)?.id} files={detail.files[code] ?? []} locked={locked} onClosed={refreshFiles} />} />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col span={12}>
          <Card size="small" title={`加分项（合计不超过 ${body.bonus.cap} 分）`}>
            {body.bonus.items.map((b) => (
              <div key={b.code} style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 6 }}>
                <InputNumber size="small" aria-label={`${b.code} 加分`} min={0} max={b.max} step={1} disabled={locked} style={{ width: 70 }} value={draft.bonus.find((x) => x.code === b.code)?.score ?? null} onChange={(v) => setBonus(b.code, v)} />
                <span>{b.code} {b.content}（最高 {b.max} 分）</span>
              </div>
            ))}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="否决项（红灯）：触发任一项，本次不评星，结论为需整改">
            {body.vetoes.map((v) => (
              <div key={v.code} style={{ marginBottom: 6 }}>
                <Checkbox disabled={locked} checked={draft.vetoes.some((x) => x.code === v.code)} onChange={(e) => toggleVeto(v.code, e.target.checked)}>{v.code} {v.content}</Checkbox>
              </div>
            ))}
          </Card>
        </Col>
      </Row>
      <Card size="small" title="整改要求与时限" style={{ marginTop: 12 }}>
        <Input.TextArea aria-label="整改要求与时限" autoSize={{ minRows: 2 }} maxLength={500} disabled={locked} value={draft.requirements ?? ''} onChange={(e) => patch({ requirements: e.target.value || null })} />
      </Card>
      <Card
        size="small"
        title={`整改问题（${detail.problems.length} 条）`}
        style={{ marginTop: 12 }}
        extra={
          <Space>
            <Button disabled={dirty} onClick={() => setProposing(true)}>由扣分项生成整改问题</Button>
            <Button onClick={() => nav('/problems')}>到问题整改</Button>
          </Space>
        }
      >
        <Table size="small" rowKey="id" pagination={false} dataSource={detail.problems} data-testid="checkup-problems" locale={{ emptyText: '还没有登记问题' }}
          rowClassName={(p) => (p.overdue ? 'row-overdue' : '')}
          columns={[
            { title: '编号', dataIndex: 'code', width: 120 },
            { title: '指标', dataIndex: 'indicatorCode', width: 64 },
            { title: '问题描述', dataIndex: 'description' },
            { title: '严重程度', dataIndex: 'severity', width: 80, render: (v: string) => <Tag color={v === 'veto' ? 'red' : undefined}>{nameOf(codes.problemSeverities, v)}</Tag> },
            { title: '整改时限', dataIndex: 'deadline', width: 130, render: (v: string | null, p) => <>{v ?? '—'}{p.overdue && <Tag color="red" style={{ marginLeft: 4 }}>逾期</Tag>}</> },
            { title: '状态', dataIndex: 'status', width: 90, render: (v: ProblemStatus) => statusNames[v] }
          ]} />
      </Card>
      <div className="toolbar" style={{ marginTop: 12 }}>
        <Button onClick={() => setComparing(true)}>与上次体检比较</Button>
        <Button icon={<ExportOutlined />} onClick={exportForm}>导出体检表（Excel）</Button>
        <span style={{ color: '#888' }}>体检表（A4 横向）：</span>
        <PrintButtons kind="checkup-form" id={checkup.id} fileName={`党建体检表-${header.enterpriseName ?? header.orgName}`} />
        <span style={{ color: '#888' }}>问题清单 / 整改通知（A4 纵向）：</span>
        <PrintButtons kind="checkup-notice" id={checkup.id} fileName={`整改通知-${header.enterpriseName ?? header.orgName}`} />
        {dirty && <span style={{ color: '#d46b08' }}>打印与导出用的是已保存的内容</span>}
      </div>
      <Card size="small" title="签字版扫描件与其他材料" style={{ marginTop: 12 }}>
        <Attachments owner="checkup" ownerId={checkup.id} label="上传签字盖章的体检表扫描件" />
      </Card>
      <Card size="small" title="变更记录（签字确认、重新打开及原因都记在这里）" style={{ marginTop: 12 }}>
        <Table size="small" rowKey="id" pagination={{ pageSize: 5 }} dataSource={history} data-testid="checkup-history"
          columns={[
            { title: '时间', dataIndex: 'at', width: 170 },
            { title: '操作人', dataIndex: 'actor', width: 100 },
            { title: '操作', dataIndex: 'action', width: 120 },
            { title: '内容', dataIndex: 'summary' }
          ]} />
      </Card>
      <ProposalModal checkupId={proposing ? checkup.id : null} onClose={() => setProposing(false)} onDone={async () => { setProposing(false); await load() }} />
      <CompareModal checkupId={comparing ? checkup.id : null} onClose={() => setComparing(false)} />
      <Modal title={signing === 'sign' ? '签字确认' : '重新打开'} open={!!signing} okText={signing === 'sign' ? '确认' : '重新打开'} cancelText="取消" onOk={signOrReopen} onCancel={() => setSigning(null)}>
        {signing === 'reopen' && <Alert type="info" showIcon style={{ marginBottom: 8 }} message="重新打开后可以修改得分；原因会记入变更记录。" />}
        <Input aria-label={signing === 'sign' ? '签字人' : '重新打开的原因'} placeholder={signing === 'sign' ? '签字人（体检人）' : '请写明重新打开的原因'} value={signText} maxLength={signing === 'sign' ? 30 : 200} onChange={(e) => setSignText(e.target.value)} />
      </Modal>
    </div>
  )
}
