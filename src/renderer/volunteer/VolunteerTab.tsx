// 志愿服务：所选组织（含下级）这一年党员先锋队、应急突击队、志愿服务队的活动，上方是这一年的次数、人次、时长
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Empty, Popconfirm, Space, Statistic, Table, Tag } from 'antd'
import { type ReactNode, useState } from 'react'
import { type VolunteerActivity, type VolunteerYear, volunteerTeamTypeNames } from '../../shared/volunteer/schemas'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { VolunteerModal } from './VolunteerModal'
import { useLoaded } from '../common/useLoaded'

const TYPE_COLORS = { vanguard: 'red', emergency: 'orange', volunteer: 'green' } as const

export function VolunteerTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const { data, reload: load } = useLoaded<VolunteerYear>(() => (orgId ? window.api.volunteer.list({ orgId, year }) : null), [orgId, year])
  const [editing, setEditing] = useState<{ row: VolunteerActivity | null } | null>(null)
  if (!orgId) return <Empty description="请先选择党组织" />
  if (!data) return null
  const s = data.summary
  return (
    <>
      <div className="toolbar" style={{ gap: 40 }} data-testid="volunteer-summary">
        <Statistic title={`${year} 年服务`} value={s.times} suffix="次" />
        <Statistic title="参加" value={s.personTimes} suffix="人次" />
        <Statistic title="服务时长" value={s.hours} suffix="小时" />
        <Statistic title="服务群众" value={s.served} suffix="人" />
      </div>
      <div className="toolbar">
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.volunteer.exportLedger({ orgId, year }))}>导出志愿服务活动台账</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })}>登记活动</Button>
      </div>
      <Table<VolunteerActivity>
        rowKey="id"
        size="small"
        bordered
        dataSource={data.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '这一年还没有志愿服务活动' }}
        columns={[
          { title: '日期', dataIndex: 'activityDate', width: 100 },
          { title: '队伍', key: 'team', width: 190, render: (_, r) => <><Tag color={TYPE_COLORS[r.teamType]}>{volunteerTeamTypeNames[r.teamType]}</Tag>{r.teamName}</> },
          { title: '服务内容', dataIndex: 'serviceContent', ellipsis: true },
          { title: '参加人数', dataIndex: 'headcount', width: 80, align: 'right' },
          { title: '人均时长', dataIndex: 'hoursPerPerson', width: 80, align: 'right', render: (v: number) => `${v} 小时` },
          { title: '服务群众', dataIndex: 'served', width: 80, align: 'right' },
          { title: '参加的党员', dataIndex: 'memberNames', width: 160, ellipsis: true, render: (v: string[]) => v.join('、') },
          {
            title: '操作', key: 'ops', width: 200,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ row: r })}>编辑</Button>
                <ChangeHistoryButton entity="volunteerActivity" id={r.id} title={`${r.activityDate} ${r.teamName}`} />
                <Popconfirm title="移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.volunteer.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <VolunteerModal target={editing} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />
    </>
  )
}
