// 首页：首次使用时引导「新建组织」或「载入示例数据」；之后显示概况与待办
import { ApartmentOutlined, DatabaseOutlined } from '@ant-design/icons'
import { App, Button, Card, Space, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useAppData } from '../common/AppData'
import { OrgForm } from '../org/OrgForm'
import { Dashboard } from './Dashboard'

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

  return (
    <div className="page">
      <h2 className="page-title">首页</h2>
      <Dashboard />
    </div>
  )
}
