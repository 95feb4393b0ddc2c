// 组织生活：会议记录、频次日历、教育学时、指导员走访、议题前置、经营分析会、师带徒、志愿服务（一个入口，分页签）
import { Select, Tabs, TreeSelect } from 'antd'
import { type ReactNode, useEffect, useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { AnalysisTab } from '../analysis/AnalysisTab'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { ConsultationsTab } from '../consultations/ConsultationsTab'
import { MentoringTab } from '../mentoring/MentoringTab'
import { VolunteerTab } from '../volunteer/VolunteerTab'
import { VisitsTab } from '../visits/VisitsTab'
import { ComplianceTab } from './ComplianceTab'
import { HoursTab } from './HoursTab'
import { MeetingList } from './MeetingList'

const BRANCH_TYPES = ['branch', 'joint_branch', 'temporary_branch']
const ORG_KEY = 'meetings.orgId'
const remembered = (ids: string[]): string | undefined => {
  const id = sessionStorage.getItem(ORG_KEY)
  return id && ids.includes(id) ? id : undefined
}

export function MeetingsPage(): ReactNode {
  const { orgs, info } = useAppData()
  const nav = useNavigate()
  const { tab = 'records' } = useParams()
  const thisYear = Number(info.today.slice(0, 4))
  const [orgId, setOrgIdState] = useState<string | undefined>(() => remembered(orgs.map((o) => o.id)) ?? (orgs.find((o) => BRANCH_TYPES.includes(o.orgType)) ?? orgs[0])?.id)
  const setOrgId = (id: string | undefined): void => {
    setOrgIdState(id)
    if (id) sessionStorage.setItem(ORG_KEY, id)
  }
  const [year, setYear] = useState(thisYear)
  const tree = useMemo(() => buildOrgTree(orgs), [orgs])
  // 第一次打开时默认选最近开过会的党组织；之后记住用户选的
  useEffect(() => {
    if (!sessionStorage.getItem(ORG_KEY)) void window.api.meetings.list({ year: thisYear }).then((rows) => rows[0] && setOrgIdState(rows[0].orgId), () => {})
  }, [])
  const scope = { orgId, year }
  const items = [
    { key: 'records', label: '会议记录', children: <MeetingList {...scope} /> },
    { key: 'calendar', label: '频次日历', children: <ComplianceTab {...scope} /> },
    { key: 'hours', label: '教育学时', children: <HoursTab {...scope} /> },
    { key: 'visits', label: '指导员走访', children: <VisitsTab orgId={orgId} /> },
    { key: 'consultations', label: '议题前置', children: <ConsultationsTab {...scope} /> },
    { key: 'analysis', label: '经营分析会', children: <AnalysisTab {...scope} /> },
    { key: 'mentoring', label: '师带徒', children: <MentoringTab {...scope} /> },
    { key: 'volunteer', label: '志愿服务', children: <VolunteerTab {...scope} /> }
  ]
  return (
    <div className="page">
      <h2 className="page-title">组织生活与工作记录</h2>
      <div className="toolbar">
        <span>党组织</span>
        <TreeSelect aria-label="党组织" style={{ width: 300 }} showSearch treeNodeFilterProp="title" treeDefaultExpandAll treeData={tree} value={orgId} onChange={(v) => setOrgId(v)} placeholder="请选择党组织" />
        <span>年度</span>
        <Select aria-label="年度" style={{ width: 110 }} value={year} onChange={setYear} options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }))} />
      </div>
      {orgs.length ? <Tabs activeKey={tab} onChange={(k) => nav(`/meetings/${k}`)} items={items} destroyOnHidden /> : <p>请先在「组织」里建立党组织，或在首页载入示例数据。</p>}
    </div>
  )
}
