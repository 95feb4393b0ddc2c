// 频次日历：每月一盏灯（绿达标、黄有缺项、红应开未开、蓝本月进行中）；各规则逐期核对；连续未参加组织生活的党员
import { Alert, App, Card, Empty, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { AbsenceRow } from '../../shared/meetings/absence'
import type { MonthLight, PeriodStatus, RuleResult } from '../../shared/meetings/compliance'
import type { ComplianceReport } from '../../shared/meetings/schemas'
import { meetingRules, meetingTypeName } from '../../shared/meetings/tables'

const LIGHT_TEXT: Record<MonthLight, string> = { green: '达标', yellow: '有缺项', red: '应开未开', open: '本月进行中', future: '未到', none: '不要求' }
const STATUS: Record<PeriodStatus, { text: string; color?: string }> = {
  met: { text: '达标', color: 'green' }, missed: { text: '未开', color: 'red' }, open: { text: '进行中', color: 'blue' }, future: { text: '未到' }, not_due: { text: '不要求' }
}
const PERIOD_TEXT = { month: '每月', quarter: '每季度', year: '每年' }

export function ComplianceTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { message } = App.useApp()
  const [report, setReport] = useState<ComplianceReport | null>(null)
  useEffect(() => {
    if (!orgId) return
    window.api.meetings.compliance({ orgId, year }).then(setReport, (e: Error) => message.error(e.message))
  }, [orgId, year, message])
  if (!orgId) return <Empty description="请先选择党组织" />
  if (!report) return null
  const warned = report.absence.filter((a) => a.level)
  return (
    <>
      {!report.applies && <Alert type="info" showIcon message={report.reason} style={{ marginBottom: 12 }} />}
      {report.applies && (
        <>
          <div style={{ marginBottom: 8, color: '#555' }} data-testid="compliance-summary">
            {report.orgName} {report.year} 年：已到期 {report.due} 期，达标 {report.met} 期{report.rate !== null ? `，达标率 ${Math.round(report.rate * 100)}%` : ''}。
            {!report.hasPartyGroups && ' 未设党小组（花名册中没有党小组长），不要求党小组会。'}
            {!report.hasCommittee && ` 正式党员不足 ${meetingRules.frequency.committeeMinFullMembers} 人，不设支委会。`}
            <span style={{ marginLeft: 8, color: '#999' }}>规则版本 {report.ruleVersion}</span>
          </div>
          <div className="month-grid" data-testid="compliance-calendar">
            {report.months.map((m) => (
              <div key={m.month} className={`month-cell light-${m.light}-cell`} data-testid={`month-${m.month}`} data-light={m.light}>
                <div className="month-name"><span className={`light light-${m.light}`} />{m.month} 月<span style={{ fontWeight: 'normal', color: '#888', fontSize: 12 }}>{LIGHT_TEXT[m.light]}</span></div>
                <div className="month-detail">
                  {Object.entries(m.held).map(([t, n]) => <div key={t}>{meetingTypeName(t)}{n > 1 ? ` ×${n}` : ''}</div>)}
                  {m.missing.length > 0 && m.light !== 'future' && <div style={{ color: '#cf1322' }}>缺：{m.missing.map(meetingTypeName).join('、')}</div>}
                </div>
              </div>
            ))}
          </div>
          <Table<RuleResult>
            rowKey="type"
            size="small"
            bordered
            pagination={false}
            dataSource={report.rules}
            style={{ marginBottom: 16 }}
            columns={[
              { title: '会议', dataIndex: 'type', width: 120, render: (t: string) => meetingTypeName(t) },
              { title: '要求', key: 'req', width: 110, render: (_, r) => `${PERIOD_TEXT[r.period]} ${r.count} 次` },
              { title: '逐期核对', key: 'periods', render: (_, r) => (r.notApplicable ? <span style={{ color: '#888' }}>{r.notApplicable}，不要求</span> : r.periods.map((p) => <Tag key={p.label} color={STATUS[p.status].color}>{p.label} {STATUS[p.status].text}{p.held ? ` (${p.held})` : ''}</Tag>)) },
              { title: '达标/到期', key: 'rate', width: 90, render: (_, r) => (r.notApplicable ? '—' : `${r.met} / ${r.due}`) }
            ]}
          />
        </>
      )}
      <Card size="small" title={`连续未参加组织生活的党员（满 ${meetingRules.frequency.absence.yellowMonths} 个月黄灯，满 ${meetingRules.frequency.absence.redMonths} 个月红灯）`} data-testid="absence-card">
        <Table<AbsenceRow>
          rowKey="memberId"
          size="small"
          pagination={false}
          dataSource={warned}
          locale={{ emptyText: '没有连续 3 个月以上未参加组织生活的党员' }}
          columns={[
            { title: '', key: 'light', width: 36, render: (_, r) => <span className={`light light-${r.level === 'red' ? 'red' : 'yellow'}`} /> },
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '所在党组织', dataIndex: 'orgName' },
            { title: '最近参加', dataIndex: 'lastAttended', width: 120, render: (v: string | null) => v ?? '有记录以来未参加' },
            { title: '连续未参加', dataIndex: 'monthsMissed', width: 110, render: (v: number) => `${v} 个月` },
            { title: '提示', key: 'hint', render: (_, r) => (r.level === 'red' ? '已满 6 个月：按党章第九条，支部应核实是否属于自行脱党' : '请支部谈心谈话，督促参加组织生活') }
          ]}
        />
      </Card>
    </>
  )
}
