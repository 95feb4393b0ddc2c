// 指导员走访（园区端）：本月走访覆盖（哪些企业还没走访）、走访记录、发现的问题一键转入问题整改
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, DatePicker, Popconfirm, Space, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { visitModeName } from '../../shared/meetings/tables'
import type { CoverageRow, Visit } from '../../shared/visits/schemas'
import { useAppData } from '../common/AppData'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { VisitForm } from './VisitForm'

export function VisitsTab({ orgId }: { orgId?: string }): ReactNode {
  const { info } = useAppData()
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const [month, setMonth] = useState(info.today.slice(0, 7))
  const [rows, setRows] = useState<Visit[]>([])
  const [coverage, setCoverage] = useState<CoverageRow[]>([])
  const [editing, setEditing] = useState<{ visit: Visit | null } | null>(null)
  const load = useCallback(async () => {
    try {
      const [v, c] = await Promise.all([window.api.visits.list({ orgId, month }), window.api.visits.coverage({ month })])
      setRows(v)
      setCoverage(c)
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, month, message])
  useEffect(() => void load(), [load])

  const toProblems = async (v: Visit): Promise<void> => {
    try {
      const r = await window.api.visits.toProblems({ id: v.id })
      message.success(r.created ? `已转入问题整改清单：${r.codes.join('、')}` : '这些问题都已在问题整改清单中')
      await load()
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const missing = coverage.filter((c) => !c.visits)
  return (
    <>
      <div className="toolbar">
        <span>月份</span>
        <DatePicker picker="month" aria-label="走访月份" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.visits.exportLedger({ orgId, month }))}>导出指导员走访记录</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ visit: null })}>登记走访</Button>
      </div>
      <Card size="small" style={{ marginBottom: 12 }} title={`${month.replace('-', ' 年 ')} 月走访覆盖：${coverage.length - missing.length} / ${coverage.length} 家`} data-testid="visit-coverage">
        {missing.length ? (
          <>本月还没有走访：<Space wrap size={4}>{missing.map((c) => <Tag key={c.orgId} color="red">{c.enterpriseName ?? c.orgName}{c.instructor ? `（${c.instructor}）` : ''}</Tag>)}</Space></>
        ) : (
          '本月所有企业都已走访'
        )}
      </Card>
      <Table<Visit>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={{ pageSize: 30 }}
        locale={{ emptyText: '这个月还没有走访记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '企业 / 党组织', key: 'org', width: 220, render: (_, v) => <>{v.enterpriseName ?? v.orgName}{v.enterpriseName && <div style={{ color: '#888', fontSize: 12 }}>{v.orgName}</div>}</> },
          { title: '指导员', dataIndex: 'instructor', width: 90 },
          { title: '方式', dataIndex: 'mode', width: 70, render: (m: string) => visitModeName(m) },
          { title: '了解情况', dataIndex: 'findings', ellipsis: true },
          { title: '发现问题', key: 'problems', width: 280, render: (_, v) => v.problems.map((p) => <div key={p.description}>{p.code ? <Tag color="green">{p.code}</Tag> : <Tag color="orange">未转入</Tag>}{p.description}</div>) },
          {
            title: '操作', key: 'ops', width: 280,
            render: (_, v) => (
              <Space size={0}>
                {v.problems.some((p) => !p.problemId) && <Button type="link" size="small" onClick={() => toProblems(v)}>转入问题清单</Button>}
                <Button type="link" size="small" onClick={() => setEditing({ visit: v })}>编辑</Button>
                <ChangeHistoryButton entity="visit" id={v.id} title={`${v.date} 走访`} />
                <Popconfirm title="把这条走访记录移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.visits.delete({ id: v.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      {editing && <VisitForm visit={editing.visit} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />}
    </>
  )
}
