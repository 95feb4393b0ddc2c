// 数据与设置：数据保存位置、备份与恢复、报送包、版本、在用的规则版本、按组织调整规则
import { Card, Descriptions, Table, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useAppData } from '../common/AppData'
import { BackupCard } from './BackupCard'
import { RulesCard } from './RulesCard'
import { SubmitCard } from './SubmitCard'
import { SubmitConfigCard } from './SubmitConfigCard'

export function SettingsPage(): ReactNode {
  const { info } = useAppData()
  return (
    <div className="page">
      <h2 className="page-title">数据与设置</h2>
      <Card title="数据">
        <Descriptions bordered size="small" column={1}>
          <Descriptions.Item label="数据文件夹"><Typography.Text copyable>{info.dataDir}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label="数据库文件"><Typography.Text copyable>{info.dbPath}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label="组织 / 党员">{info.orgCount} 个 / {info.memberCount} 名</Descriptions.Item>
          <Descriptions.Item label="程序版本">{info.version}</Descriptions.Item>
        </Descriptions>
      </Card>
      <BackupCard />
      <SubmitCard />
      <SubmitConfigCard />
      <Card title="在用的规则版本" style={{ marginTop: 16 }}>
        <Table rowKey="key" size="small" pagination={false} dataSource={info.rules} columns={[{ title: '规则', dataIndex: 'title' }, { title: '版本', dataIndex: 'version' }, { title: '依据', dataIndex: 'source' }]} />
      </Card>
      <RulesCard />
    </div>
  )
}
