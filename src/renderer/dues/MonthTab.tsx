// 按月收缴：这个月每名党员的应交、实交；逐人登记或整支部按应交登记；核定基数；导出党费收缴台账
import { ExportOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm, Space, Statistic, Table, Tag } from 'antd'
import { type ReactNode, useState } from 'react'
import { yuan } from '../../shared/dues/calc'
import { type DuesMonth, type DuesMonthRow, duesMethodNames } from '../../shared/dues/schemas'
import { duesCategoryName } from '../../shared/dues/tables'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { useLedgerExport } from '../meetings/useLedgerExport'
import { BaseModal } from './BaseModal'
import { BatchModal } from './BatchModal'
import { PayModal, type PayTarget } from './PayModal'
import { useLoaded } from '../common/useLoaded'

export function MonthTab({ orgId, month }: { orgId: string; month: string }): ReactNode {
  const { message, modal } = App.useApp()
  const exportLedger = useLedgerExport()
  const { data, reload: load } = useLoaded<DuesMonth>(() => window.api.dues.month({ orgId, month }), [orgId, month])
  const [paying, setPaying] = useState<PayTarget | null>(null)
  const [basing, setBasing] = useState<DuesMonthRow | null>(null)
  // 登记交纳 needs a base first: say so and open the base dialog instead of a greyed-out button
  const needBase = (r: DuesMonthRow): void => {
    message.info(`${r.name} 还没有核定党费基数：先核定基数（工资收入、人员类别），再登记交纳`)
    setBasing(r)
  }
  const [batch, setBatch] = useState(false)

  const removePayment = async (id: string): Promise<void> => {
    await window.api.dues.deletePayment({ id }).then(load, (e: Error) => message.error(e.message))
  }
  const fromRoster = (): void => {
    modal.confirm({
      title: '按花名册上的党费基数核定',
      content: `还没有核定基数、花名册上填了党费基数的党员，按「在职（按月领取工资）」从 ${month} 起核定（入党或转入更晚的从那个月起）。离退休、农民、学生等其他类别请逐人核定。`,
      okText: '核定', cancelText: '取消',
      onOk: async () => {
        try {
          const r = await window.api.dues.basesFromRoster({ orgId, fromMonth: month })
          message.success(r.created ? `已核定 ${r.created} 人：${r.names.join('、')}` : '没有可以按花名册核定的党员（都已核定，或花名册上没填党费基数）')
          await load()
        } catch (e) {
          message.error((e as Error).message)
        }
      }
    })
  }
  const year = month.slice(0, 4)
  const t = data?.totals
  return (
    <>
      <div className="toolbar">
        <Space size={32} data-testid="dues-totals">
          <Statistic title="本月应交（元）" value={t ? yuan(t.dueFen) : '—'} />
          <Statistic title="本月实交（元）" value={t ? yuan(t.paidFen) : '—'} />
          <Statistic title="已交人数" value={t ? `${t.paid} / ${t.members}` : '—'} />
          {!!t?.noBase && <Statistic title="未核定基数" value={t.noBase} valueStyle={{ color: '#d46b08' }} />}
        </Space>
        <span style={{ flex: 1 }} />
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.dues.exportLedger({ orgId, fromMonth: month, toMonth: month }))}>导出本月台账</Button>
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.dues.exportLedger({ orgId, fromMonth: `${year}-01`, toMonth: month }))}>导出 {year} 年 1 月至本月台账</Button>
        <Button icon={<ExportOutlined />} onClick={() => exportLedger(() => window.api.dues.exportBases({ orgId }))}>导出基数核定表</Button>
        {!!t?.noBase && <Button onClick={fromRoster}>按花名册基数核定</Button>}
        <Button type="primary" disabled={!data?.rows.some((r) => r.base && !r.payment)} onClick={() => setBatch(true)}>未交的按应交登记</Button>
      </div>
      <Table<DuesMonthRow>
        rowKey="memberId"
        size="small"
        bordered
        dataSource={data?.rows ?? []}
        pagination={(data?.rows.length ?? 0) > 100 ? { pageSize: 100, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` } : false}
        locale={{ emptyText: '这个组织在这个月没有应交党费的党员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100, render: (n: string, r) => (r.left ? <>{n}<Tag style={{ marginLeft: 4 }}>已不在本组织</Tag></> : n) },
          { title: '党组织', dataIndex: 'orgName', width: 130, ellipsis: true },
          { title: '人员类别', key: 'cat', width: 110, ellipsis: true, render: (_, r) => (r.base ? duesCategoryName(r.base.category) : <Tag color="orange">未核定基数</Tag>) },
          { title: '应交依据', key: 'how', ellipsis: true, render: (_, r) => r.base?.how ?? '' },
          { title: '月应交（元）', key: 'due', width: 84, align: 'right', render: (_, r) => (r.base ? yuan(r.dueFen) : '') },
          { title: '月实交（元）', key: 'paid', width: 84, align: 'right', render: (_, r) => (r.payment ? yuan(r.payment.paidFen) : '') },
          {
            title: '交纳', key: 'when', width: 140, ellipsis: true,
            render: (_, r) => r.payment ? `${r.payment.paidDate} ${duesMethodNames[r.payment.method]}${r.payment.collector ? ` · ${r.payment.collector}` : ''}` : r.base ? <Tag color="red">未交</Tag> : null
          },
          { title: '连续欠交', dataIndex: 'arrearsMonths', width: 76, render: (n: number) => (n ? <Tag color={n >= 6 ? 'red' : n >= 3 ? 'gold' : undefined}>{n} 个月</Tag> : '') },
          {
            title: '操作', key: 'ops', width: 210,
            render: (_, r) => (
              <Space size={0}>
                {r.payment ? (
                  <Popconfirm title="把这条交纳记录移到回收站？" okText="删除" cancelText="取消" onConfirm={() => removePayment(r.payment!.id)}>
                    <Button type="link" size="small" danger>删除交纳</Button>
                  </Popconfirm>
                ) : (
                  <Button type="link" size="small" onClick={() => (r.base ? setPaying({ memberId: r.memberId, name: r.name, fromMonth: month, toMonth: month, dueFen: r.dueFen }) : needBase(r))}>登记交纳</Button>
                )}
                {!r.left && <Button type="link" size="small" onClick={() => setBasing(r)}>核定基数</Button>}
                {r.payment && <ChangeHistoryButton entity="duesPayment" id={r.payment.id} title={`${r.name} ${month} 党费`} />}
              </Space>
            )
          }
        ]}
      />
      <PayModal target={paying} onClose={() => setPaying(null)} onDone={async () => { setPaying(null); await load() }} />
      <BaseModal row={basing} month={month} onClose={() => setBasing(null)} onDone={load} />
      <BatchModal open={batch} orgId={orgId} month={month} onClose={() => setBatch(false)} onDone={async () => { setBatch(false); await load() }} />
    </>
  )
}
