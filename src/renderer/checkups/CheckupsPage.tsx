// 党建体检：体检批次、体检记录、指标模板三个标签页
import { Tabs } from 'antd'
import type { ReactNode } from 'react'
import { useSearchParams } from 'react-router-dom'
import { CheckupList } from './CheckupList'
import { RoundList } from './RoundList'
import { TemplateList } from './TemplateList'

export function CheckupsPage(): ReactNode {
  const [params, setParams] = useSearchParams()
  return (
    <div className="page">
      <h2 className="page-title">党建体检</h2>
      <Tabs
        activeKey={params.get('tab') ?? 'rounds'}
        onChange={(tab) => setParams({ tab })}
        items={[
          { key: 'rounds', label: '体检批次', children: <RoundList /> },
          { key: 'records', label: '体检记录', children: <CheckupList /> },
          { key: 'templates', label: '指标模板', children: <TemplateList /> }
        ]}
      />
    </div>
  )
}
