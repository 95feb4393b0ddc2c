// 新组织的首页：先做哪几步，做完一步勾上一步；四步都做完就不再显示
import { CheckCircleFilled, RightCircleOutlined } from '@ant-design/icons'
import { Card, List, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import type { FirstSteps as Steps } from '../../shared/dashboard/types'

const STEPS: { key: keyof Steps; title: string; how: string; route: string }[] = [
  { key: 'roster', title: '建花名册', how: '在「党员花名册」逐个新增党员，或下载模板后批量导入', route: '/members' },
  { key: 'committee', title: '填支部委员会', how: '在「组织」里填上书记、副书记和委员，支委会的应到人员就从这里来', route: '/orgs' },
  { key: 'meeting', title: '记第一次会议', how: '在「会议与走访」登记最近开过的支委会、党员大会或主题党日', route: '/meetings' },
  { key: 'duesBase', title: '核定党费基数', how: '在「党费」按花名册上的党费基数一键核定，之后就能登记交纳', route: '/dues' }
]

export function FirstSteps({ steps }: { steps: Steps }): ReactNode {
  const nav = useNavigate()
  const done = STEPS.filter((s) => steps[s.key]).length
  if (done === STEPS.length) return null
  return (
    <Card title={`开始记账：还有 ${STEPS.length - done} 步`} size="small" data-testid="first-steps">
      <List
        size="small"
        dataSource={STEPS}
        renderItem={(s, i) => (
          <List.Item data-testid={`first-step-${s.key}`} data-done={steps[s.key] ? '1' : '0'} style={{ cursor: 'pointer' }} onClick={() => nav(s.route)}>
            <List.Item.Meta
              avatar={steps[s.key] ? <CheckCircleFilled style={{ color: '#389e0d', fontSize: 18 }} /> : <RightCircleOutlined style={{ color: '#c8102e', fontSize: 18 }} />}
              title={<Typography.Text delete={steps[s.key]}>{`${i + 1}. ${s.title}`}</Typography.Text>}
              description={s.how}
            />
          </List.Item>
        )}
      />
    </Card>
  )
}
