// 首页概况：选一个党组织（含下级）或全部，看计数、党员结构、整改情况和到期/逾期的待办
import { Alert, Card, Col, Empty, List, Row, Space, Statistic, Tag, TreeSelect, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DashboardSummary } from '../../shared/dashboard/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { SliceBars } from './Charts'
import { FirstSteps } from './FirstSteps'

export function Dashboard(): ReactNode {
  const { orgs } = useAppData()
  const nav = useNavigate()
  const [orgId, setOrgId] = useState<string | undefined>(undefined)
  const [data, setData] = useState<DashboardSummary | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api.dashboard.summary({ orgId }).then(setData, (e: Error) => setError(e.message))
  }, [orgId, orgs])

  if (error) return <Alert type="error" showIcon message={error} />
  if (!data) return null
  const { counts, todos } = data
  const overdue = todos.filter((t) => t.level === 'overdue').length
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Space>
        <Typography.Text>范围</Typography.Text>
        <TreeSelect
          style={{ width: 320 }}
          allowClear
          placeholder="全部党组织"
          treeDefaultExpandAll
          treeData={buildOrgTree(orgs)}
          value={orgId}
          onChange={(v) => setOrgId(v ?? undefined)}
          aria-label="范围"
        />
        <Typography.Text type="secondary">今天 {data.today}</Typography.Text>
      </Space>
      <FirstSteps steps={data.firstSteps} />
      <Row gutter={16}>
        <Col span={4}><Card><Statistic title="党组织" value={counts.orgs} suffix="个" /></Card></Col>
        <Col span={4}><Card><Statistic title="企业" value={counts.enterprises} suffix="家" /></Card></Col>
        <Col span={4}><Card><Statistic title="正式党员" value={counts.fullMembers} suffix="名" /></Card></Col>
        <Col span={4}><Card><Statistic title="预备党员" value={counts.probationary} suffix="名" /></Card></Col>
        <Col span={4}><Card><Statistic title="待整改问题" value={data.problems.open} suffix="条" /></Card></Col>
        <Col span={4}><Card><Statistic title="逾期待办" value={overdue} suffix="项" valueStyle={{ color: overdue ? '#c8102e' : undefined }} /></Card></Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Card title={`待办（${todos.length}）`} styles={{ body: { maxHeight: 420, overflow: 'auto' } }}>
            {todos.length === 0 ? (
              <Alert type="success" showIcon message="没有到期或逾期的事项" />
            ) : (
              <List
                size="small"
                dataSource={todos}
                data-testid="todos"
                renderItem={(t) => (
                  <List.Item style={{ cursor: 'pointer' }} onClick={() => nav(t.route)}>
                    <Space align="start">
                      <Tag color={t.level === 'overdue' ? 'red' : 'orange'}>{t.level === 'overdue' ? '逾期' : '将到期'}</Tag>
                      <Tag>{t.kind}</Tag>
                      <span>
                        {t.title}
                        <br />
                        <Typography.Text type="secondary">
                          {t.orgName}
                          {t.date ? ` · ${t.date}` : ''}
                        </Typography.Text>
                      </span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title="党员学历" size="small">{counts.members ? <SliceBars data={data.education} unit="名" /> : <Empty description="还没有党员" />}</Card>
            <Card title="党员年龄" size="small">{counts.members ? <SliceBars data={data.age} unit="名" color="#d4380d" /> : <Empty description="还没有党员" />}</Card>
            <Card title="整改问题状态" size="small">
              {data.problems.byStatus.some((s) => s.value) ? <SliceBars data={data.problems.byStatus} unit="条" color="#1677ff" /> : <Empty description="还没有整改问题" />}
              {data.problems.overdue > 0 && <Typography.Text type="danger">其中逾期 {data.problems.overdue} 条</Typography.Text>}
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  )
}
