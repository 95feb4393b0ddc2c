// 党员花名册：虚拟滚动表格，姓名 / 拼音首字母 / 身份证尾号 / 电话搜索，按组织、类别、状态、学历、年龄段筛选
import { ExportOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Input, Popconfirm, Select, Space, Table, type TableColumnsType, Tag, TreeSelect, Typography } from 'antd'
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { type MemberQuery, type MemberRow, ageBandNames, ageBands } from '../../shared/members/schemas'
import { useAppData } from '../common/AppData'
import { options } from '../common/codes'
import { buildOrgTree } from '../common/orgTree'
import { useWindowHeight } from '../common/useWindowHeight'
import { ExportRosterModal } from './ExportRosterModal'
import { ImportRosterModal } from './ImportRosterModal'
import { Masked } from './Masked'
import { MemberCard } from './MemberCard'
import { MemberForm } from './MemberForm'

const PAGE = 100

export function RosterPage(): ReactNode {
  const { codes, orgs, reload: reloadApp } = useAppData()
  const { message } = App.useApp()
  const [params] = useSearchParams()
  const [filter, setFilter] = useState<MemberQuery>({ orgId: params.get('org') ?? undefined })
  const [search, setSearch] = useState('')
  const [rows, setRows] = useState<MemberRow[]>([])
  const [total, setTotal] = useState(0)
  const [loading, setLoading] = useState(false)
  const [editing, setEditing] = useState<{ id: string | null } | null>(null)
  const [carding, setCarding] = useState<string | null>(params.get('card')) // 首页待办点进来时直接打开这名党员的卡片
  const [exporting, setExporting] = useState(false)
  const [importing, setImporting] = useState(false)
  const query = useMemo(() => ({ ...filter, search: search.trim() || undefined }), [filter, search])
  const seq = useRef(0)
  const height = useWindowHeight()

  const load = useCallback(async (offset: number) => {
    const mine = ++seq.current
    setLoading(true)
    try {
      const r = await window.api.members.list({ ...query, offset, limit: PAGE })
      if (mine !== seq.current) return
      setTotal(r.total)
      setRows((prev) => (offset === 0 ? r.rows : [...prev, ...r.rows]))
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [query, message])

  // 第一次立即载入；之后输入搜索词时等 150 毫秒再查，免得每敲一个字查一次
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      void load(0)
      return
    }
    const t = setTimeout(() => void load(0), 150)
    return () => clearTimeout(t)
  }, [load])

  const refresh = async (): Promise<void> => {
    await Promise.all([load(0), reloadApp()])
  }

  const remove = async (r: MemberRow): Promise<void> => {
    try {
      await window.api.members.delete({ id: r.id })
      message.success(`${r.name} 已移到回收站，可在回收站恢复`)
      await refresh()
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  const columns: TableColumnsType<MemberRow> = [
    { title: '姓名', dataIndex: 'name', width: 90, fixed: 'left', render: (v: string, r) => <a onClick={() => setCarding(r.id)}>{v}</a> },
    { title: '性别', dataIndex: 'gender', width: 56 },
    { title: '民族', dataIndex: 'ethnicityName', width: 70 },
    { title: '出生日期', dataIndex: 'birthDate', width: 104 },
    { title: '年龄', dataIndex: 'age', width: 56 },
    { title: '身份证号', dataIndex: 'idMasked', width: 220, render: (v: string, r) => <Masked key={r.id} memberId={r.id} field="idNumber" masked={v} /> },
    { title: '学历', dataIndex: 'educationName', width: 120 },
    { title: '人员类别', dataIndex: 'category', width: 90, render: (v: string) => <Tag color={v === '预备党员' ? 'orange' : 'red'}>{v}</Tag> },
    { title: '入党日期', dataIndex: 'joinDate', width: 104 },
    { title: '党内职务', dataIndex: 'partyPostName', width: 90 },
    { title: '所在党组织', dataIndex: 'orgName', width: 220, ellipsis: true },
    { title: '党员状态', dataIndex: 'status', width: 80 },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 160, render: (v: string, r) => <Masked key={r.id} memberId={r.id} field="phone" masked={v} /> },
    {
      title: '操作', key: 'ops', width: 150, fixed: 'right',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setCarding(r.id)}>卡片</Button>
          <Button type="link" size="small" onClick={() => setEditing({ id: r.id })}>编辑</Button>
          <Popconfirm title={`把 ${r.name} 移到回收站？`} okText="删除" cancelText="取消" onConfirm={() => remove(r)}>
            <Button type="link" size="small" danger>删除</Button>
          </Popconfirm>
        </Space>
      )
    }
  ]

  return (
    <div className="page">
      <h2 className="page-title">党员花名册</h2>
      <div className="toolbar">
        <Input.Search
          allowClear
          style={{ width: 300 }}
          placeholder="姓名 / 拼音首字母 / 身份证后几位 / 电话"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="搜索党员"
        />
        <TreeSelect
          allowClear
          style={{ width: 260 }}
          placeholder="全部组织"
          treeDefaultExpandAll
          treeData={buildOrgTree(orgs)}
          value={filter.orgId}
          onChange={(v) => setFilter((f) => ({ ...f, orgId: v ?? undefined }))}
        />
        <Select allowClear style={{ width: 120 }} placeholder="人员类别" value={filter.category} options={options(codes.memberCategories)} onChange={(v) => setFilter((f) => ({ ...f, category: v }))} />
        <Select allowClear style={{ width: 110 }} placeholder="党员状态" value={filter.status} options={options(codes.memberStatuses)} onChange={(v) => setFilter((f) => ({ ...f, status: v }))} />
        <Select allowClear style={{ width: 120 }} placeholder="学历" value={filter.educationGroup} options={codes.education.groups.map((g) => ({ value: g.name, label: g.name }))} onChange={(v) => setFilter((f) => ({ ...f, educationGroup: v }))} />
        <Select allowClear style={{ width: 130 }} placeholder="年龄段" value={filter.ageBand} options={ageBands.map((b) => ({ value: b, label: ageBandNames[b] }))} onChange={(v) => setFilter((f) => ({ ...f, ageBand: v }))} />
        <span style={{ flex: 1 }} />
        <Button icon={<ImportOutlined />} disabled={!orgs.length} onClick={() => setImporting(true)}>导入</Button>
        <Button icon={<ExportOutlined />} onClick={() => setExporting(true)}>导出花名册</Button>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgs.length} onClick={() => setEditing({ id: null })}>新增党员</Button>
      </div>
      <Typography.Text type="secondary" data-testid="roster-total">
        共 {total} 名{rows.length < total ? `，已显示 ${rows.length} 名，向下滚动加载更多` : ''}
      </Typography.Text>
      <Table<MemberRow>
        data-wide-ok
        data-testid="roster-table"
        style={{ marginTop: 8 }}
        virtual
        size="small"
        bordered
        rowKey="id"
        loading={loading && rows.length === 0}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1700, y: Math.max(240, height - 250) }}
        locale={{ emptyText: orgs.length ? '没有符合条件的党员' : '请先在「组织」里建立党组织' }}
        onScroll={(e) => {
          const el = e.currentTarget
          if (!loading && rows.length < total && el.scrollTop + el.clientHeight > el.scrollHeight - 400) void load(rows.length)
        }}
      />
      <MemberForm
        open={!!editing}
        memberId={editing?.id ?? null}
        defaultOrgId={filter.orgId}
        onClose={() => setEditing(null)}
        onSaved={async () => {
          setEditing(null)
          await refresh()
        }}
      />
      <MemberCard memberId={carding} onClose={() => setCarding(null)} onEdit={(id) => { setCarding(null); setEditing({ id }) }} />
      <ImportRosterModal open={importing} defaultOrgId={filter.orgId} onClose={() => setImporting(false)} onImported={refresh} />
      <ExportRosterModal open={exporting} orgId={filter.orgId} onClose={() => setExporting(false)} />
    </div>
  )
}
