// 党费：按月收缴表、欠交名单、比例表（一个入口，分页签；党组织与月份在页签间共用）
import { DatePicker, Tabs, TreeSelect } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useMemo, useState } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { ArrearsTab } from './ArrearsTab'
import { MonthTab } from './MonthTab'
import { RatesTab } from './RatesTab'
import { RemittanceTab } from './RemittanceTab'

const BRANCH_TYPES = ['branch', 'joint_branch', 'temporary_branch']
const ORG_KEY = 'dues.orgId'

export function DuesPage(): ReactNode {
  const { orgs, info } = useAppData()
  const nav = useNavigate()
  const { tab = 'month' } = useParams()
  const tree = useMemo(() => buildOrgTree(orgs), [orgs])
  const [params] = useSearchParams()
  const [orgId, setOrgIdState] = useState<string | undefined>(() => {
    // 从首页待办点进来时带着党员所在的组织；否则用上次选的
    const asked = params.get('org')
    if (asked && orgs.some((o) => o.id === asked)) return asked
    const kept = sessionStorage.getItem(ORG_KEY)
    return kept && orgs.some((o) => o.id === kept) ? kept : (orgs.find((o) => BRANCH_TYPES.includes(o.orgType)) ?? orgs[0])?.id
  })
  const setOrgId = (id: string | undefined): void => {
    setOrgIdState(id)
    if (id) sessionStorage.setItem(ORG_KEY, id)
  }
  const [month, setMonth] = useState(info.today.slice(0, 7))
  const items = [
    { key: 'month', label: '按月收缴', children: orgId && <MonthTab orgId={orgId} month={month} /> },
    { key: 'arrears', label: '欠交名单', children: orgId && <ArrearsTab orgId={orgId} /> },
    { key: 'remittances', label: '上缴与返还', children: orgId && <RemittanceTab orgId={orgId} month={month} /> },
    { key: 'rates', label: '交纳比例', children: <RatesTab /> }
  ]
  return (
    <div className="page">
      <h2 className="page-title">党费收缴</h2>
      <div className="toolbar">
        <span>党组织</span>
        <TreeSelect aria-label="党组织" style={{ width: 300 }} showSearch treeNodeFilterProp="title" treeDefaultExpandAll treeData={tree} value={orgId} onChange={(v) => setOrgId(v)} placeholder="请选择党组织" />
        <span>月份</span>
        <DatePicker picker="month" aria-label="月份" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} />
      </div>
      {orgs.length ? <Tabs activeKey={tab} onChange={(k) => nav(`/dues/${k}`)} items={items} destroyOnHidden /> : <p>请先在「组织」里建立党组织，或在首页载入示例数据。</p>}
    </div>
  )
}
