// 年度发展计划对照：每个党组织的计划数与实际接收预备党员数、转正数、新递交申请书人数
import { App, InputNumber, Select, Table } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { DevPlanRow } from '../../shared/development/schemas'
import { useAppData } from '../common/AppData'

export function PlanTab({ orgId }: { orgId?: string }): ReactNode {
  const { info, orgs } = useAppData()
  const { message } = App.useApp()
  const thisYear = Number(info.today.slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [rows, setRows] = useState<DevPlanRow[]>([])
  const load = useCallback(async () => {
    const got = await window.api.development.plan({ orgId, year })
    // 没有计划也没有人的基层支部也列出来，方便填计划
    const seen = new Set(got.map((r) => r.orgId))
    const extra = orgs.filter((o) => !seen.has(o.id) && o.orgType !== 'committee' && (!orgId || o.id === orgId || o.parentId === orgId))
      .map((o) => ({ orgId: o.id, orgName: o.name, planned: 0, developed: 0, full: 0, applicants: 0 }))
    setRows([...got, ...extra])
  }, [orgId, year, orgs])
  useEffect(() => void load().catch((e: Error) => message.error(e.message)), [load, message])
  const save = async (r: DevPlanRow, planned: number | null): Promise<void> => {
    try {
      await window.api.development.savePlan({ orgId: r.orgId, year, planned: planned ?? 0 })
      await load()
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  const total = rows.reduce((t, r) => ({ planned: t.planned + r.planned, developed: t.developed + r.developed }), { planned: 0, developed: 0 })
  return (
    <>
      <div className="toolbar">
        <Select value={year} style={{ width: 110 }} onChange={setYear} options={[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: `${y} 年` }))} />
        <span data-testid="plan-total">合计：计划发展 {total.planned} 名，已接收预备党员 {total.developed} 名{total.planned ? `（完成 ${Math.round((total.developed / total.planned) * 100)}%）` : ''}</span>
      </div>
      <Table<DevPlanRow>
        rowKey="orgId" size="small" bordered dataSource={rows} pagination={false}
        columns={[
          { title: '党组织', dataIndex: 'orgName' },
          { title: '计划发展数', dataIndex: 'planned', width: 120, render: (v: number, r) => <InputNumber size="small" min={0} max={999} defaultValue={v} key={`${r.orgId}-${year}-${v}`} onBlur={(e) => { const n = Number(e.target.value); if (n !== v) void save(r, n) }} /> },
          { title: '已接收预备党员', dataIndex: 'developed', width: 130 },
          { title: '完成情况', key: 'rate', width: 110, render: (_, r) => (r.planned ? `${Math.round((r.developed / r.planned) * 100)}%` : '—') },
          { title: '转正', dataIndex: 'full', width: 80 },
          { title: '新递交申请书', dataIndex: 'applicants', width: 120 }
        ]}
      />
    </>
  )
}
