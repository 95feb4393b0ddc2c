// 问题整改：所有来源的问题一张表，逾期标红，按状态一步步推进到销号，导出问题整改台账
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Dropdown, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip, TreeSelect } from 'antd'
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import { type ProblemStatus, nextStatuses, problemStatuses, statusNames } from '../../shared/problems/flow'
import type { Problem, ProblemQuery } from '../../shared/problems/schemas'
import { useAppData } from '../common/AppData'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { nameOf } from '../common/codes'
import { buildOrgTree } from '../common/orgTree'
import { BatchTransitionModal } from './BatchTransitionModal'
import { ProblemFiles } from './ProblemFiles'
import { ProblemForm } from './ProblemForm'
import { TransitionModal } from './TransitionModal'

const STATUS_COLORS: Record<ProblemStatus, string> = { pending: 'red', in_progress: 'orange', awaiting_review: 'blue', closed: 'green', ongoing: 'purple' }

export function ProblemsPage(): ReactNode {
  const { codes, orgs } = useAppData()
  const { message, modal } = App.useApp()
  const [query, setQuery] = useState<ProblemQuery>({})
  const [rows, setRows] = useState<Problem[]>([])
  const [editing, setEditing] = useState<{ problem: Problem | null } | null>(null)
  const [moving, setMoving] = useState<{ problem: Problem; to: ProblemStatus } | null>(null)
  const [selected, setSelected] = useState<string[]>([])
  const [batch, setBatch] = useState<{ problems: Problem[]; to: ProblemStatus } | null>(null)
  // the checkups problems came from, kept from the last list not narrowed to one checkup
  const [checkups, setCheckups] = useState<{ value: string; label: string }[]>([])
  const load = useCallback(async () => {
    try {
      const list = await window.api.problems.list(query)
      setRows(list)
      setSelected((sel) => sel.filter((id) => list.some((p) => p.id === id)))
      if (!query.sourceId) {
        const seen = new Map<string, string>()
        for (const p of list) if (p.source === 'checkup' && p.sourceId && !seen.has(p.sourceId)) seen.set(p.sourceId, `${p.orgName} · ${p.sourceLabel ?? '党建体检'}`)
        setCheckups([...seen].map(([value, label]) => ({ value, label })))
      }
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [query, message])
  useEffect(() => void load(), [load])
  const chosen = useMemo(() => rows.filter((r) => selected.includes(r.id)), [rows, selected])
  // steps every chosen problem can take
  const batchSteps = useMemo(() => (chosen.length ? nextStatuses[chosen[0].status].filter((to) => chosen.every((p) => nextStatuses[p.status].includes(to))) : []), [chosen])

  const exportLedger = async (): Promise<void> => {
    try {
      const r = await window.api.problems.exportLedger(query)
      if (r) modal.success({ title: `已导出 ${r.rows} 条问题`, content: <span data-testid="problems-export-path">{r.path}</span> })
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <div className="page">
      <h2 className="page-title">问题整改</h2>
      <div className="toolbar">
        <TreeSelect allowClear style={{ width: 200 }} placeholder="全部组织" treeDefaultExpandAll treeData={buildOrgTree(orgs)} value={query.orgId} onChange={(v) => setQuery((q) => ({ ...q, orgId: v ?? undefined }))} />
        <Select allowClear style={{ width: 110 }} placeholder="整改状态" value={query.status} options={problemStatuses.map((s) => ({ value: s, label: statusNames[s] }))} onChange={(v) => setQuery((q) => ({ ...q, status: v }))} />
        <Select allowClear style={{ width: 110 }} placeholder="来源" value={query.source} options={codes.problemSources.items.map((i) => ({ value: i.code, label: i.name }))} onChange={(v) => setQuery((q) => ({ ...q, source: v }))} />
        <Select allowClear showSearch optionFilterProp="label" style={{ width: 200 }} placeholder="来自哪次体检" aria-label="来自哪次体检" value={query.sourceId} options={checkups} onChange={(v) => setQuery((q) => ({ ...q, sourceId: v, source: v ? 'checkup' : q.source }))} />
        <Space><Switch checked={!!query.overdueOnly} onChange={(v) => setQuery((q) => ({ ...q, overdueOnly: v || undefined }))} />只看逾期</Space>
        <span style={{ flex: 1 }} />
        {chosen.length > 0 && (
          <Dropdown trigger={['click']} disabled={!batchSteps.length} menu={{ items: batchSteps.map((to) => ({ key: to, label: `改为「${statusNames[to]}」` })), onClick: (e) => setBatch({ problems: chosen, to: e.key as ProblemStatus }) }}>
            <Button type="primary" ghost>批量推进（已选 {chosen.length} 条）{batchSteps.length ? '' : '：状态不同，不能一起推进'}</Button>
          </Dropdown>
        )}
        <Button icon={<ExportOutlined />} onClick={exportLedger}>导出问题整改台账</Button>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgs.length} onClick={() => setEditing({ problem: null })}>登记问题</Button>
      </div>
      <Table<Problem>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        className="compact-table"
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 条` }}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
        locale={{ emptyText: '没有问题记录' }}
        columns={[
          { title: '编号', dataIndex: 'code', width: 112 },
          { title: '党组织', dataIndex: 'orgName', width: 120, ellipsis: { showTitle: true } },
          { title: '来源', dataIndex: 'source', width: 64, render: (v: string, r) => <Tooltip title={r.sourceLabel}>{nameOf(codes.problemSources, v)}</Tooltip> },
          {
            title: '问题描述', dataIndex: 'description', ellipsis: { showTitle: false },
            render: (v: string, r) => (
              <Tooltip title={v} placement="topLeft">
                {r.severity !== 'normal' && <Tag color={r.severity === 'veto' ? 'red' : 'volcano'}>{nameOf(codes.problemSeverities, r.severity)}</Tag>}
                {v}
              </Tooltip>
            )
          },
          { title: '责任人', dataIndex: 'owner', width: 68, ellipsis: true },
          { title: '整改时限', dataIndex: 'deadline', width: 128, render: (v: string | null, r) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? '—'}{r.overdue && <Tag color="red" style={{ marginLeft: 4, marginRight: 0 }}>逾期</Tag>}</span> },
          { title: '状态', dataIndex: 'status', width: 72, render: (v: ProblemStatus) => <Tag color={STATUS_COLORS[v]}>{statusNames[v]}</Tag> },
          {
            title: '操作', key: 'ops', width: 300,
            render: (_, r) => (
              <Space size={0}>
                <Dropdown trigger={['click']} menu={{ items: nextStatuses[r.status].map((to) => ({ key: to, label: r.status === 'closed' ? '重新打开（整改中）' : `改为「${statusNames[to]}」` })), onClick: (e) => setMoving({ problem: r, to: e.key as ProblemStatus }) }}>
                  <Button type="link" size="small">推进</Button>
                </Dropdown>
                <Button type="link" size="small" disabled={r.status === 'closed'} onClick={() => setEditing({ problem: r })}>编辑</Button>
                <ProblemFiles problem={r} onClosed={() => void load()} />
                <Popconfirm title="把这条问题移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.problems.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
                <ChangeHistoryButton entity="problem" id={r.id} title={r.code} />
              </Space>
            )
          }
        ]}
      />
      <ProblemForm open={!!editing} problem={editing?.problem ?? null} defaultOrgId={query.orgId} onClose={async () => { setEditing(null); await load() }} onSaved={async () => { setEditing(null); await load() }} />
      <BatchTransitionModal target={batch} onClose={() => setBatch(null)} onDone={async () => { setBatch(null); await load() }} />
      <TransitionModal target={moving} onClose={async () => { setMoving(null); await load() }} onDone={async () => { setMoving(null); await load() }} />
    </div>
  )
}
