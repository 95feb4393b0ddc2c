// 登记 / 查看会议：类型、日期、主题与内容；到会从花名册点选（缺席要写原因）；党课授课人与学时；民主评议等次；组织生活会会前步骤与整改清单；附件与打印
import { Alert, App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, TreeSelect } from 'antd'
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import type { Meeting, MeetingType, RosterEntry } from '../../shared/meetings/schemas'
import { meetingCodes, meetingRules } from '../../shared/meetings/tables'
import { useAppData } from '../common/AppData'
import { Attachments } from '../common/Attachments'
import { toDay, toIso } from '../common/dateField'
import { buildOrgTree } from '../common/orgTree'
import { useFormDraft } from '../common/useFormDraft'
import { PrintButtons } from '../print/PrintButtons'
import { validated } from '../common/validated'
import { DateInput } from '../common/DateInput'

type Props = { id: string | null; defaultOrgId: string; onClose: () => void; onSaved: () => void | Promise<void> }
type Mark = { present: boolean; reason: string; grade: string | null }

const options = (items: { code: string; name: string }[]) => items.map((i) => ({ value: i.code, label: i.name }))

export function MeetingForm({ id: initialId, defaultOrgId, onClose, onSaved }: Props): ReactNode {
  const { orgs, info } = useAppData()
  const { message } = App.useApp()
  const [form] = Form.useForm()
  const [id, setId] = useState(initialId)
  const [meeting, setMeeting] = useState<Meeting | null>(null)
  const [roster, setRoster] = useState<RosterEntry[]>([])
  const [marks, setMarks] = useState<Record<string, Mark>>({})
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const orgId = Form.useWatch('orgId', form) as string | undefined
  const type = Form.useWatch('type', form) as MeetingType | undefined
  const date = toIso(Form.useWatch('date', form))
  // marks restored from a draft, applied again once the roster for the restored org/date/type has been fetched
  const restoredMarks = useRef<Record<string, Mark> | null>(null)
  const draft = useFormDraft({
    key: id ? `meeting:${id}` : `meeting:new:${defaultOrgId}`,
    form,
    onClose,
    extra: { marks },
    restoreExtra: (e) => {
      restoredMarks.current = e.marks as Record<string, Mark>
      setMarks((m) => ({ ...m, ...(e.marks as Record<string, Mark>) }))
    }
  })

  useEffect(() => {
    if (!initialId) {
      form.setFieldsValue({ orgId: defaultOrgId, type: 'theme_day', date: toDay(info.today) })
      return
    }
    window.api.meetings.get({ id: initialId }).then(
      (m) => {
        setMeeting(m)
        form.setFieldsValue({ ...m, date: toDay(m.date), rectifications: m.rectifications.map((r) => r.description).join('\n') })
        setRoster(m.attendees.map((a) => ({ id: a.memberId, name: a.name, category: a.category as RosterEntry['category'], partyPost: null, voting: a.voting })))
        setMarks(Object.fromEntries(m.attendees.map((a) => [a.memberId, { present: a.present, reason: a.reason ?? '', grade: a.grade }])))
      },
      (e: Error) => setError(e.message)
    )
  }, [initialId, defaultOrgId, info.today, form])

  // 组织、日期或类型变了：按那天的花名册重新列应到名单（默认全部到会）
  const refreshRoster = useCallback(async () => {
    if (!orgId || !date || !type) return
    if (meeting && meeting.orgId === orgId && meeting.date === date && meeting.type === type) return
    try {
      const list = await window.api.meetings.roster({ orgId, date, type })
      setRoster(list)
      const restored = restoredMarks.current
      setMarks(Object.fromEntries(list.map((r) => [r.id, restored?.[r.id] ?? { present: true, reason: '', grade: null }])))
    } catch (e) {
      setError((e as Error).message)
    }
  }, [orgId, date, type, meeting])
  useEffect(() => void refreshRoster(), [refreshRoster])

  const mark = (memberId: string, patch: Partial<Mark>): void => {
    setMarks((m) => ({ ...m, [memberId]: { ...m[memberId], ...patch } }))
    draft.changed()
  }
  const presentCount = roster.filter((r) => marks[r.id]?.present).length

  const submit = async (): Promise<void> => {
    const v = await validated(form)
    if (!v) return
    setError(null)
    setSaving(true)
    try {
      const r = await window.api.meetings.save({
        ...v,
        id: id ?? undefined,
        date: toIso(v.date),
        hours: v.hours ?? null,
        present: roster.filter((m) => marks[m.id]?.present).map((m) => m.id),
        absent: roster.filter((m) => !marks[m.id]?.present).map((m) => ({ memberId: m.id, reason: marks[m.id]?.reason || null })),
        grades: v.type === 'review' ? roster.filter((m) => marks[m.id]?.grade).map((m) => ({ memberId: m.id, grade: marks[m.id].grade as 'excellent' })) : [],
        lifeSteps: v.lifeSteps ?? [],
        rectifications: v.type === 'life' ? String(v.rectifications ?? '').split('\n').map((s: string) => s.trim()).filter(Boolean) : []
      })
      for (const w of r.warnings) message.warning(w)
      message.success(id ? '会议记录已保存' : '会议已登记，可以继续上传签到表和照片')
      await draft.saved()
      restoredMarks.current = null
      const saved = await window.api.meetings.get({ id: r.id })
      setMeeting(saved)
      setId(r.id)
      await onSaved()
    } catch (e) {
      setError((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal open title={id ? '会议记录' : '登记会议'} width={980} style={{ top: 16 }} styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', paddingRight: 4 } }} okText="保存" cancelText="关闭" onOk={submit} confirmLoading={saving} onCancel={draft.close} destroyOnHidden>
      {draft.offer}
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="meeting-error" />}
      <Form form={form} layout="vertical" requiredMark="optional" onValuesChange={draft.changed}>
        <Row gutter={12}>
          <Col span={9}><Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><TreeSelect treeDefaultExpandAll treeData={buildOrgTree(orgs)} /></Form.Item></Col>
          <Col span={5}><Form.Item name="type" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}><Select options={options(meetingCodes.meetingTypes)} /></Form.Item></Col>
          <Col span={5}><Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}><DateInput /></Form.Item></Col>
          <Col span={5}><Form.Item name="place" label="地点"><Input maxLength={60} /></Form.Item></Col>
          <Col span={14}><Form.Item name="topic" label="会议主题" rules={[{ required: true, message: '请填写会议主题' }]}><Input maxLength={100} /></Form.Item></Col>
          <Col span={5}><Form.Item name="host" label="主持人"><Input maxLength={30} /></Form.Item></Col>
          <Col span={5}><Form.Item name="recorder" label="记录人"><Input maxLength={30} /></Form.Item></Col>
          {type === 'lecture' && <Col span={5}><Form.Item name="lecturer" label="授课人" rules={[{ required: true, message: '党课请填写授课人' }]}><Input maxLength={30} /></Form.Item></Col>}
          <Col span={5}><Form.Item name="hours" label="学时" rules={type === 'lecture' ? [{ required: true, message: '党课请填写学时' }] : []}><InputNumber min={0} max={24} step={0.5} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={type === 'lecture' ? 14 : 19}><Form.Item name="guests" label="列席人员"><Input maxLength={200} /></Form.Item></Col>
          <Col span={24}><Form.Item name="content" label="议程 / 学习内容"><Input.TextArea rows={3} maxLength={5000} /></Form.Item></Col>
          <Col span={12}><Form.Item name="discussion" label="讨论情况"><Input.TextArea rows={2} maxLength={5000} /></Form.Item></Col>
          <Col span={12}><Form.Item name="decisions" label="决议事项"><Input.TextArea rows={2} maxLength={2000} /></Form.Item></Col>
          {type === 'life' && (
            <>
              <Col span={24}><Form.Item name="lifeSteps" label="会前准备"><Checkbox.Group options={options(meetingCodes.lifeSteps)} /></Form.Item></Col>
              <Col span={24}>
                <Form.Item name="rectifications" label="整改清单（一行一条，保存后转入问题整改）"><Input.TextArea rows={3} /></Form.Item>
                {meeting?.rectifications.length ? <Space wrap style={{ marginTop: -12, marginBottom: 12 }}>{meeting.rectifications.map((r) => <Tag key={r.problemId} color="blue">{r.code} {r.description}</Tag>)}</Space> : null}
              </Col>
            </>
          )}
        </Row>
      </Form>
      <h4 style={{ margin: '4px 0 8px' }} data-testid="attendance-summary">
        到会情况：应到 {roster.length} 人，实到 {presentCount} 人{roster.length - presentCount ? `，缺席 ${roster.length - presentCount} 人` : ''}
        {type === 'committee' && <span style={{ fontWeight: 'normal', color: '#888' }}>（支委会应到为书记、副书记和委员）</span>}
        {type === 'review' && <ReviewCounter roster={roster} marks={marks} />}
      </h4>
      {meeting?.quorumWarning && <Alert type="warning" showIcon message={meeting.quorumWarning} style={{ marginBottom: 8 }} />}
      <Table<RosterEntry>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        scroll={{ y: 260 }}
        dataSource={roster}
        locale={{ emptyText: '这一天本组织没有应到的党员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '身份', key: 'cat', width: 140, render: (_, r) => (r.category === 'probationary' ? <Tag>预备党员 · 无表决权</Tag> : '正式党员') },
          { title: '到会', key: 'present', width: 70, render: (_, r) => <Checkbox aria-label={`${r.name}到会`} checked={!!marks[r.id]?.present} onChange={(e) => mark(r.id, { present: e.target.checked })} /> },
          { title: '缺席原因', key: 'reason', render: (_, r) => (marks[r.id]?.present ? null : <Input size="small" aria-label={`${r.name}缺席原因`} placeholder="请填写缺席原因" maxLength={100} value={marks[r.id]?.reason} onChange={(e) => mark(r.id, { reason: e.target.value })} />) },
          ...(type === 'review'
            ? [{ title: '评议等次', key: 'grade', width: 140, render: (_: unknown, r: RosterEntry) => (r.category === 'full' ? <Select size="small" allowClear style={{ width: 120 }} aria-label={`${r.name}评议等次`} value={marks[r.id]?.grade ?? undefined} onChange={(g) => mark(r.id, { grade: g ?? null })} options={options(meetingCodes.reviewGrades)} /> : <span style={{ color: '#888' }}>不评定等次</span>) }]
            : [])
        ]}
      />
      {id && (
        <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 16 }}>
          <div style={{ flex: 1 }}><Attachments owner="meeting" ownerId={id} label="上传签到表、照片" /></div>
          <PrintButtons kind="meeting-record" id={id} fileName={`会议记录-${meeting?.date ?? ''}`} />
        </div>
      )}
    </Modal>
  )
}

/** 民主评议：已评优秀人数与「一般不超过」的人数（党员总数 × 1/3），超了标橙色提示核实，照样能保存 */
function ReviewCounter({ roster, marks }: { roster: RosterEntry[]; marks: Record<string, Mark> }): ReactNode {
  const { excellentMaxNumerator: n, excellentMaxDenominator: d } = meetingRules.review
  const max = Math.floor((roster.length * n) / d)
  const excellent = roster.filter((r) => marks[r.id]?.grade === 'excellent').length
  return <span style={{ fontWeight: 'normal', marginLeft: 12, color: excellent > max ? '#d46b08' : '#888' }} data-testid="review-counter">评为优秀 {excellent} 人，一般不超过 {max} 人（党员总数 {roster.length} 人的 {n}/{d}）</span>
}
