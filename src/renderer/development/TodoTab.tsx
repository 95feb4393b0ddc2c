// 待办：30 天内到期或已逾期的事项（谈话、半年考察、满一年、审批、预备期满……），逾期的标红；仍在发展中的人已登记记录里标出的问题（如实保存的违规）也列出，待说明或补办
import { App, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DevRules, DevTodo } from '../../shared/development/schemas'
import { stageNames } from '../../shared/development/types'

export function TodoTab({ orgPicker, orgId, rules }: { orgPicker: ReactNode; orgId?: string; rules: DevRules | null }): ReactNode {
  const { message } = App.useApp()
  const nav = useNavigate()
  const [rows, setRows] = useState<DevTodo[]>([])
  useEffect(() => {
    window.api.development.todos({ orgId, days: 30 }).then(setRows, (e: Error) => message.error(e.message))
  }, [orgId, rules, message])
  return (
    <>
      <div className="toolbar">{orgPicker}<span>30 天内到期或已逾期：{rows.filter((r) => !r.flag).length} 项，其中逾期 {rows.filter((r) => r.overdue).length} 项；已标出的问题 {rows.filter((r) => r.flag).length} 项</span></div>
      <Table<DevTodo>
        rowKey={(r) => `${r.personId}-${r.rule}-${r.due}-${r.title}`} size="small" bordered dataSource={rows} pagination={false} locale={{ emptyText: '30 天内没有到期事项' }}
        rowClassName={(r) => (r.overdue || r.flag ? 'row-overdue' : '')}
        onRow={(r) => ({ onClick: () => nav(`/development/${r.personId}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '日期', dataIndex: 'due', width: 130, render: (d: string, r) => <>{d}{r.overdue && <Tag color="red" style={{ marginLeft: 4 }}>逾期</Tag>}{r.earliest && <Tag color="blue" style={{ marginLeft: 4 }}>可办理</Tag>}{r.flag && <Tag color="orange" style={{ marginLeft: 4 }} data-testid="todo-flag">已标出</Tag>}</> },
          { title: '事项', dataIndex: 'title' },
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '阶段', dataIndex: 'stage', width: 110, render: (s: DevTodo['stage']) => stageNames[s] },
          { title: '党组织', dataIndex: 'orgName', ellipsis: true },
          { title: '依据', dataIndex: 'clause', width: 200, render: (c: string, r) => <span title={r.source}>{c}</span> }
        ]}
      />
    </>
  )
}
