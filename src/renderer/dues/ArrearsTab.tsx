// 欠交名单：截至上个月没交的党员，连续 3 个月黄、6 个月红；一键补交
import { Button, Table, Tag } from 'antd'
import { type ReactNode, useState } from 'react'
import { yuan } from '../../shared/dues/calc'
import type { DuesArrearsRow } from '../../shared/dues/schemas'
import { duesRules } from '../../shared/dues/tables'
import { PayModal, type PayTarget } from './PayModal'
import { useLoaded } from '../common/useLoaded'

/** 补交最近一段连续未交的月份（中间交过的月份不能重复登记）；没有连续欠交时补最早的一个月。 */
const lastRun = (r: DuesArrearsRow): PayTarget => {
  const run = r.consecutive ? r.unpaid.slice(-r.consecutive) : r.unpaid.slice(0, 1)
  return { memberId: r.memberId, name: r.name, fromMonth: run[0], toMonth: run.at(-1)!, dueFen: Math.round(r.owedFen / r.unpaid.length) }
}

export function ArrearsTab({ orgId }: { orgId: string }): ReactNode {
  const { data, reload: load } = useLoaded<DuesArrearsRow[]>(() => window.api.dues.arrears({ orgId }), [orgId])
  const rows = data ?? []
  const [paying, setPaying] = useState<PayTarget | null>(null)
  const { yellowMonths, redMonths } = duesRules.arrears
  return (
    <>
      <p style={{ color: '#666' }}>截至上个月有未交月份的党员。连续 {yellowMonths} 个月未交标黄，连续 {redMonths} 个月标红：无正当理由连续 6 个月不交纳党费的，按自行脱党处理，请及时谈话核实。</p>
      <Table<DuesArrearsRow>
        rowKey="memberId"
        size="small"
        bordered
        dataSource={rows}
        pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false, showTotal: (n) => `共 ${n} 人` } : false}
        locale={{ emptyText: '没有欠交党费的党员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '党组织', dataIndex: 'orgName', width: 200, ellipsis: true },
          { title: '连续欠交', dataIndex: 'consecutive', width: 100, render: (n: number, r) => (n ? <Tag color={r.level === 'red' ? 'red' : r.level === 'yellow' ? 'gold' : undefined}>{n} 个月</Tag> : '') },
          { title: '未交月份', dataIndex: 'unpaid', render: (m: string[]) => m.join('、') },
          { title: '欠交金额（元）', dataIndex: 'owedFen', width: 120, align: 'right', render: (f: number) => yuan(f) },
          { title: '操作', key: 'ops', width: 90, render: (_, r) => <Button type="link" size="small" onClick={() => setPaying(lastRun(r))}>补交</Button> }
        ]}
      />
      <PayModal target={paying} onClose={() => setPaying(null)} onDone={async () => { setPaying(null); await load() }} />
    </>
  )
}
