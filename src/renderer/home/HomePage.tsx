// 首页：首次使用时引导「新建组织」或「载入示例数据」；之后显示概况与换届提醒
import { ApartmentOutlined, DatabaseOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useAppData } from '../common/AppData'
import { OrgForm } from '../org/OrgForm'

export function HomePage(): ReactNode {
  const { orgs, info, reload } = useAppData()
  const { message } = App.useApp()
  const nav = useNavigate()
  const [creating, setCreating] = useState(false)
  const [loading, setLoading] = useState(false)

  const loadDemo = async (): Promise<void> => {
    setLoading(true)
    try {
      const r = await window.api.app.loadDemo()
      await reload()
      message.success(`已载入示例数据：${r.orgs} 个组织，${r.members} 名党员（均为虚构）`)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setLoading(false)
    }
  }

  if (orgs.length === 0)
    return (
      <div className="page" data-testid="first-run">
        <Card style={{ maxWidth: 720, margin: '60px auto' }}>
          <Typography.Title level={3}>欢迎使用红领带 · 非公企业党建台账</Typography.Title>
          <Typography.Paragraph type="secondary">
            所有数据只保存在这台电脑上（{info.dataDir}），不联网。先建立您的党组织，或者载入一套虚构的示例数据看看效果。
          </Typography.Paragraph>
          <Space size="large">
            <Button type="primary" size="large" icon={<ApartmentOutlined />} onClick={() => setCreating(true)}>新建组织</Button>
            <Button size="large" icon={<DatabaseOutlined />} loading={loading} onClick={loadDemo}>载入示例数据</Button>
          </Space>
        </Card>
        <OrgForm open={creating} onClose={() => setCreating(false)} onSaved={async () => { setCreating(false); await reload(); nav('/orgs') }} />
      </div>
    )

  const due = orgs.filter((o) => o.electionStatus === 'overdue' || o.electionStatus === 'soon')
  return (
    <div className="page">
      <h2 className="page-title">首页</h2>
      <Row gutter={16}>
        <Col span={6}><Card><Statistic title="党组织" value={info.orgCount} suffix="个" /></Card></Col>
        <Col span={6}><Card><Statistic title="党员" value={info.memberCount} suffix="名" /></Card></Col>
        <Col span={6}><Card><Statistic title="企业" value={new Set(orgs.map((o) => o.enterpriseName).filter(Boolean)).size} suffix="家" /></Card></Col>
        <Col span={6}><Card><Statistic title="换届提醒" value={due.length} suffix="个" valueStyle={{ color: due.length ? '#c8102e' : undefined }} /></Card></Col>
      </Row>
      <Card title="换届提醒" style={{ marginTop: 16 }}>
        {due.length === 0 ? (
          <Alert type="success" showIcon message="近期没有到期的换届" />
        ) : (
          <List
            dataSource={due}
            renderItem={(o) => (
              <List.Item>
                <Space>
                  {o.electionStatus === 'overdue' ? <Tag color="red">已到期</Tag> : <Tag color="orange">即将到期</Tag>}
                  {o.name}
                  <Typography.Text type="secondary">换届到期日 {o.electionDue}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  )
}
