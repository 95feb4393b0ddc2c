// 会议记录列表：登记、编辑、删除；导出三会一课与主题党日台账
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm, Select, Space, Table, Tag } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { MeetingRow, MeetingType } from '../../shared/meetings/schemas'
import { meetingCodes, meetingTypeName } from '../../shared/meetings/tables'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { MeetingForm } from './MeetingForm'
import { useLedgerExport } from './useLedgerExport'

type Props = { orgId?: string; year: number }

export function MeetingList({ orgId, year }: Props): ReactNode {
  const { message } = App.useApp()
  const [type, setType] = useState<MeetingType | undefined>()
  const [rows, setRows] = useState<MeetingRow[]>([])
  const [editing, setEditing] = useState<{ id: string | null } | null>(null)
  const exportLedger = useLedgerExport()
  const load = useCallback(async () => {
    try {
      setRows(await window.api.meetings.list({ orgId, year, type }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, year, type, message])
  useEffect(() => void load(), [load])

  return (
    <>
      <div className="toolbar">
        <Select allowClear aria-label="按会议类型筛选" placeholder="全部会议类型" style={{ width: 160 }} value={type} onChange={setType} options={meetingCodes.meetingTypes.map((t) => ({ value: t.code, label: t.name }))} />
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} disabled={!orgId} onClick={() => exportLedger(() => window.api.meetings.exportLedger({ orgId: orgId!, year, ledger: 'three' }))}>导出三会一课记录台账</Button>
        <Button icon={<ExportOutlined />} disabled={!orgId} onClick={() => exportLedger(() => window.api.meetings.exportLedger({ orgId: orgId!, year, ledger: 'theme_day' }))}>导出主题党日台账</Button>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgId} onClick={() => setEditing({ id: null })}>登记会议</Button>
      </div>
      <Table<MeetingRow>
        rowKey="id"
        size="small"
        bordered
        dataSource={rows}
        pagination={{ pageSize: 30, showTotal: (n) => `共 ${n} 次` }}
        locale={{ emptyText: '这一年还没有会议记录' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 110 },
          { title: '会议类型', dataIndex: 'type', width: 120, render: (v: string) => <Tag color="red">{meetingTypeName(v)}</Tag> },
          { title: '主题', dataIndex: 'topic' },
          { title: '党组织', dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: '主持人', dataIndex: 'host', width: 90 },
          { title: '应到/实到', key: 'att', width: 100, render: (_, r) => `${r.expected} / ${r.presentCount}` },
          { title: '学时', dataIndex: 'hours', width: 70, render: (v: number | null) => v ?? '' },
          {
            title: '操作', key: 'ops', width: 220,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ id: r.id })}>查看/编辑</Button>
                <ChangeHistoryButton entity="meeting" id={r.id} title={r.topic} />
                <Popconfirm title="把这条会议记录移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.meetings.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      {editing && orgId && <MeetingForm id={editing.id} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={load} />}
    </>
  )
}
