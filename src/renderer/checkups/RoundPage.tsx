// 体检批次：进度（未开始 / 已自评 / 已复核）、等次分布、全园区失分最多的指标（共性问题）、各企业的体检
import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Empty, Result, Row, Spin, Statistic, Table } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { Checkup, RoundSummary } from '../../shared/checkups/schemas'
import { progressNames } from '../../shared/checkups/schemas'
import { starsName } from '../../shared/checkups/scoring'
import { ConclusionTag, ProgressTag, StarsTag } from './gradeTags'
import { ProblemCount } from './ProblemCount'

function Bars({ data }: { data: { label: string; count: number }[] }): ReactNode {
  const max = Math.max(1, ...data.map((d) => d.count))
  return (
    <div className="bars">
      {data.map((d) => (
        <div key={d.label} className="bar-row">
          <span className="bar-label">{d.label}</span>
          <span className="bar-track"><span className="bar-fill" style={{ width: `${(d.count / max) * 100}%` }} /></span>
          <span className="bar-count">{d.count}</span>
        </div>
      ))}
    </div>
  )
}

export function RoundPage(): ReactNode {
  const { id } = useParams()
  const nav = useNavigate()
  const { message, modal } = App.useApp()
  const [data, setData] = useState<RoundSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    try {
      setData(await window.api.checkupRounds.get({ id: id! }))
    } catch (e) {
      setError((e as Error).message)
    }
  }, [id])
  useEffect(() => void load(), [load])
  if (error) return <Result status="warning" title={error} />
  if (!data) return <Spin style={{ margin: 60 }} />
  const { round, progress } = data
  const exportSummary = async (): Promise<void> => {
    try {
      const r = await window.api.checkups.exportSummary({ roundId: round.id })
      if (r) modal.success({ title: `已导出 ${r.rows} 次体检`, content: <span data-testid="summary-export-path">{r.path}</span> })
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  return (
    <div className="page" data-testid="round-page">
      <div className="toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => nav('/checkups?tab=rounds')}>返回</Button>
        <h2 className="page-title" style={{ margin: 0 }}>{round.name}</h2>
        <span style={{ color: '#888' }}>{round.parkOrgName} · 模板 {round.templateVersion} · {round.startDate} 开始</span>
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={exportSummary}>导出体检结果汇总表</Button>
      </div>
      <Row gutter={16}>
        {(['not_started', 'self_assessed', 'reviewed'] as const).map((k) => (
          <Col span={4} key={k}><Card size="small"><Statistic title={progressNames[k]} value={progress[k]} suffix="家" /></Card></Col>
        ))}
        <Col span={6}>
          <Card size="small" title="等次分布（已复核）">
            <Bars data={data.levels.map((l) => ({ label: l.name, count: l.count }))} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small" title="星级分布（已复核）">
            {data.stars.length ? <Bars data={data.stars.map((s) => ({ label: starsName(s.stars), count: s.count }))} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无" />}
          </Card>
        </Col>
      </Row>
      <Card size="small" title="失分最多的指标（共性问题）" style={{ marginTop: 16 }}>
        <Table size="small" rowKey="code" pagination={false} dataSource={data.commonLosses} locale={{ emptyText: '还没有已复核的扣分' }}
          columns={[
            { title: '编号', dataIndex: 'code', width: 70 },
            { title: '一级指标', dataIndex: 'section', width: 90 },
            { title: '检查内容', dataIndex: 'content' },
            { title: '合计失分', dataIndex: 'lost', width: 90, align: 'right' },
            { title: '失分企业', dataIndex: 'orgs', width: 90, align: 'right' }
          ]} />
      </Card>
      <Card size="small" title="参加体检的党组织" style={{ marginTop: 16 }}>
        <Table<Checkup> size="small" rowKey="id" bordered pagination={false} dataSource={data.checkups}
          columns={[
            { title: '党组织', dataIndex: 'orgName' },
            { title: '企业', dataIndex: 'enterpriseName', width: 220 },
            { title: '体检人', dataIndex: 'checker', width: 90 },
            { title: '进度', dataIndex: 'progress', width: 90, render: (v: Checkup['progress']) => <ProgressTag value={v} /> },
            { title: '总分', dataIndex: 'total', width: 70, align: 'right', render: (v: number | null, r) => (r.progress === 'not_started' ? '' : v) },
            { title: '星级', dataIndex: 'stars', width: 120, render: (v: number | null, r) => (r.progress === 'not_started' ? null : <StarsTag stars={v} />) },
            { title: '结论', dataIndex: 'conclusion', width: 80, render: (v: string | null, r) => (r.progress === 'not_started' ? null : <ConclusionTag value={v} />) },
          { title: '未销号问题', key: 'problems', width: 110, render: (_: unknown, r: Checkup) => <ProblemCount c={r} /> },
            { title: '操作', key: 'ops', width: 90, render: (_, r) => <Button type="link" size="small" onClick={() => nav(`/checkups/${r.id}`)}>{r.progress === 'reviewed' ? '查看' : '评分'}</Button> }
          ]} />
      </Card>
    </div>
  )
}
