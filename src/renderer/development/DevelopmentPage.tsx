// 发展党员：按阶段的人员名单、待办、年度计划、规则设置；导出工作台账和四个名册
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Segmented, Table, Tabs, Tag, TreeSelect } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DevPersonRow, ledgerKinds } from '../../shared/development/schemas'
import { type DevStage, stageNames } from '../../shared/development/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { PersonForm } from './PersonForm'
import { RuleSetBanner } from './PersonPage'
import { PlanTab } from './PlanTab'
import { RulesTab } from './RulesTab'
import { TodoTab } from './TodoTab'
import { useDevRules } from './useDevRules'

const STAGE_COLORS: Record<DevStage, string> = { applicant: 'default', activist: 'blue', dev_object: 'purple', probationary: 'orange', full: 'red', cancelled: 'default', stopped: 'default' }
const LEDGERS: { key: (typeof ledgerKinds)[number]; label: string }[] = [
  { key: 'work', label: '发展党员工作台账' }, { key: 'applicant', label: '入党申请人名册' }, { key: 'activist', label: '入党积极分子名册' },
  { key: 'dev_object', label: '发展对象名册' }, { key: 'probationary', label: '预备党员名册' }
]

export function DevelopmentPage(): ReactNode {
  const { orgs } = useAppData()
  const { message, modal } = App.useApp()
  const nav = useNavigate()
  const { rules, setRules } = useDevRules()
  const [orgId, setOrgId] = useState<string | undefined>()
  const [stage, setStage] = useState<DevStage | 'all'>('all')
  const [rows, setRows] = useState<DevPersonRow[]>([])
  const [adding, setAdding] = useState(false)
  const load = useCallback(async () => {
    try {
      setRows(await window.api.development.list({ orgId, stage: stage === 'all' ? undefined : stage }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, stage, message])
  useEffect(() => void load(), [load, rules])
  const exportLedger = async (ledger: (typeof ledgerKinds)[number]): Promise<void> => {
    try {
      const r = await window.api.development.exportLedger({ orgId, ledger })
      if (r) modal.success({ title: `已导出 ${r.rows} 人`, content: <span data-testid="dev-export-path">{r.path}</span> })
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const orgPicker = <TreeSelect allowClear style={{ width: 260 }} placeholder="全部组织" treeDefaultExpandAll treeData={buildOrgTree(orgs)} value={orgId} onChange={(v) => setOrgId(v ?? undefined)} />
  const people = (
    <>
      <div className="toolbar">
        {orgPicker}
        <Segmented value={stage} onChange={(v) => setStage(v as DevStage | 'all')} options={[{ value: 'all', label: '全部' }, ...(['applicant', 'activist', 'dev_object', 'probationary', 'full'] as const).map((s) => ({ value: s, label: stageNames[s] }))]} />
        <span style={{ flex: 1 }} />
        <Dropdown menu={{ items: LEDGERS.map((l) => ({ key: l.key, label: l.label })), onClick: (e) => exportLedger(e.key as (typeof ledgerKinds)[number]) }}>
          <Button icon={<ExportOutlined />}>导出台账</Button>
        </Dropdown>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgs.length} onClick={() => setAdding(true)}>登记入党申请人</Button>
      </div>
      <Table<DevPersonRow>
        rowKey="id" size="small" bordered dataSource={rows} pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人` }} locale={{ emptyText: '还没有登记入党申请人' }}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
        onRow={(r) => ({ onClick: () => nav(`/development/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '性别', dataIndex: 'gender', width: 50, render: (g: string) => (g === '1' ? '男' : '女') },
          { title: '工作单位', dataIndex: 'enterpriseName', ellipsis: true },
          { title: '受理党组织', dataIndex: 'orgName', ellipsis: true },
          { title: '阶段', dataIndex: 'stage', width: 190, render: (s: DevStage, r) => <><Tag color={STAGE_COLORS[s]}>{stageNames[s]}</Tag>{r.stageDate && <span style={{ fontSize: 12, color: '#888', whiteSpace: 'nowrap' }}>{r.stageDate}</span>}</> },
          { title: '递交申请书', dataIndex: 'applyDate', width: 100 },
          { title: '下一事项', key: 'next', render: (_, r) => (r.nextDue ? <span>{r.nextDue.title}：{r.nextDue.due}{r.overdue ? <Tag color="red" style={{ marginLeft: 4 }}>逾期 {r.overdue}</Tag> : null}</span> : '—') },
          { title: '预警', dataIndex: 'warnings', width: 60, render: (n: number) => (n ? <Tag color="orange">{n}</Tag> : '—') }
        ]}
      />
    </>
  )
  return (
    <div className="page">
      <h2 className="page-title">发展党员</h2>
      {rules && <RuleSetBanner rules={rules} />}
      <Tabs
        items={[
          { key: 'people', label: '人员', children: people },
          { key: 'todo', label: '待办', children: <TodoTab orgPicker={orgPicker} orgId={orgId} rules={rules} /> },
          { key: 'plan', label: '年度计划', children: <PlanTab orgId={orgId} /> },
          { key: 'rules', label: '规则设置', children: rules && <RulesTab rules={rules} onChanged={setRules} /> }
        ]}
      />
      <PersonForm open={adding} person={null} onClose={() => setAdding(false)} onSaved={(id) => { setAdding(false); nav(`/development/${id}`) }} />
    </div>
  )
}
