// 教育学时：每名党员本年度参加会议与培训的学时，对照 32 学时（书记、委员 56 学时）
import { ExportOutlined } from '@ant-design/icons'
import { App, Button, Empty, Progress, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { HoursRow } from '../../shared/meetings/hours'
import type { HoursReport } from '../../shared/meetings/schemas'
import { useAppData } from '../common/AppData'
import { nameOf } from '../common/codes'
import { useLedgerExport } from './useLedgerExport'

export function HoursTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { codes } = useAppData()
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const [report, setReport] = useState<HoursReport | null>(null)
  useEffect(() => {
    if (!orgId) return
    window.api.meetings.hours({ orgId, year }).then(setReport, (e: Error) => message.error(e.message))
  }, [orgId, year, message])
  if (!orgId) return <Empty description="请先选择党组织" />
  if (!report) return null
  return (
    <>
      <div className="toolbar">
        <span data-testid="hours-summary">{year} 年：{report.rows.length} 名党员，已达标 {report.attained} 人{report.rate !== null ? `（${Math.round(report.rate * 100)}%）` : ''}</span>
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.meetings.exportLedger({ orgId, year, ledger: 'hours' }))}>导出党员教育培训学时登记</Button>
      </div>
      <Table<HoursRow>
        rowKey="memberId"
        size="small"
        bordered
        dataSource={report.rows}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '党内职务', dataIndex: 'partyPost', width: 100, render: (v: string | null) => nameOf(codes.partyPosts, v) },
          { title: '所在党组织', dataIndex: 'orgName', width: 220, ellipsis: true },
          { title: '已完成 / 应完成', key: 'h', width: 140, render: (_, r) => `${r.hours} / ${r.target} 学时` },
          { title: '进度', key: 'p', render: (_, r) => <Progress size="small" percent={Math.min(100, Math.round((r.hours / r.target) * 100))} status={r.attained ? 'success' : 'normal'} /> },
          { title: '', key: 'ok', width: 80, render: (_, r) => (r.attained ? <Tag color="green">已达标</Tag> : <Tag>未达标</Tag>) }
        ]}
      />
    </>
  )
}
