// 红师傅带蓝徒弟：所选组织（含下级）这一年结过对的师带徒，上方是这一年的成效
import { ExportOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Empty, Popconfirm, Space, Statistic, Table, Tag } from 'antd'
import { type ReactNode, useState } from 'react'
import { yuan } from '../../shared/dues/calc'
import { type MentoringYear, type Mentorship, mentorshipStatusNames } from '../../shared/mentoring/schemas'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { MentorshipModal } from './MentorshipModal'
import { useLoaded } from '../common/useLoaded'

/** 单元格里的第二行：小一号的灰字 */
const Sub = ({ children }: { children: ReactNode }): ReactNode => <div style={{ color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 }}>{children}</div>

const STATUS_COLORS = { paired: 'blue', graduated: 'green', stopped: 'default' } as const

export function MentoringTab({ orgId, year }: { orgId?: string; year: number }): ReactNode {
  const { message } = App.useApp()
  const exportLedger = useLedgerExport()
  const { data, reload: load } = useLoaded<MentoringYear>(() => (orgId ? window.api.mentoring.list({ orgId, year }) : null), [orgId, year])
  const [editing, setEditing] = useState<{ row: Mentorship | null } | null>(null)
  if (!orgId) return <Empty description="请先选择党组织" />
  if (!data) return null
  const s = data.summary
  return (
    <>
      <div className="toolbar" style={{ gap: 40 }} data-testid="mentoring-summary" aria-label={`${year} 年师带徒成效`}>
        <Statistic title={`${year} 年结对`} value={s.pairs} suffix="对" />
        <Statistic title="出师" value={s.graduated} suffix="人" />
        <Statistic title="取得证书或等级" value={s.certificates} suffix="人" />
        <Statistic title="技术提案" value={s.proposalCount} suffix="件" />
        <Statistic title="节约创效" value={yuan(s.savingsFen)} suffix="元" />
        <Statistic title="徒弟递交入党申请书" value={s.applied} suffix="人" />
      </div>
      <div className="toolbar">
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.mentoring.exportLedger({ orgId, year }))}>导出师带徒结对台账</Button>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ row: null })}>登记结对</Button>
      </div>
      <Table<Mentorship>
        rowKey="id"
        size="small"
        bordered
        dataSource={data.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '这一年还没有师带徒结对' }}
        columns={[
          { title: '师傅', dataIndex: 'mentorName', width: 76 },
          { title: '徒弟', key: 'apprentice', width: 110, render: (_, r) => <>{r.apprenticeName}<Sub>{r.apprenticeJob}</Sub></> },
          { title: '所在党组织', dataIndex: 'orgName', width: 110, ellipsis: true },
          { title: '结对期', key: 'period', width: 120, render: (_, r) => <>{r.startDate}<Sub>至 {r.endDate ?? r.plannedEndDate}{r.endDate ? '' : '（计划）'}</Sub></> },
          { title: '状态', dataIndex: 'pairStatus', width: 72, render: (v: Mentorship['pairStatus']) => <Tag color={STATUS_COLORS[v]}>{mentorshipStatusNames[v]}</Tag> },
          { title: '取得证书或等级', key: 'cert', render: (_, r) => (r.certificate ? <>{r.certificate}<Sub>{r.certificateDate}</Sub></> : null) },
          { title: '提案', dataIndex: 'proposalCount', width: 52, align: 'right' },
          { title: '节约创效（元）', dataIndex: 'savingsFen', width: 110, align: 'right', render: (v: number) => (v / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) },
          { title: '入党申请书', dataIndex: 'appliedDate', width: 100, render: (v: string | null, r) => (v ? <>{v}{r.devPersonName && <Sub>已列入发展党员</Sub>}</> : <Sub>未递交</Sub>) },
          {
            title: '操作', key: 'ops', width: 200,
            render: (_, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ row: r })}>编辑</Button>
                <ChangeHistoryButton entity="mentorship" id={r.id} title={`${r.mentorName} 带 ${r.apprenticeName}`} />
                <Popconfirm title="移到回收站？" okText="删除" cancelText="取消" onConfirm={async () => { await window.api.mentoring.delete({ id: r.id }).then(load, (e: Error) => message.error(e.message)) }}>
                  <Button type="link" size="small" danger>删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
      <MentorshipModal target={editing} defaultOrgId={orgId} onClose={() => setEditing(null)} onSaved={async () => { setEditing(null); await load() }} />
    </>
  )
}
