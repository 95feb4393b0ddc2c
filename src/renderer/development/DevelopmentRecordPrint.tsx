// 打印版：发展党员全程纪实表（A4 纵向）——基本情况、五个阶段 25 个步骤的日期与经办情况、预备期、预警、材料清单、签字
import { type ReactNode, useEffect, useState } from 'react'
import { paperDate, paperDatesIn } from '../../shared/dates'
import type { DevPersonDetail, DevRules } from '../../shared/development/schemas'
import { stageNames } from '../../shared/development/types'
import { maskIdNumber } from '../../shared/mask'
import { useAppData } from '../common/AppData'
import { nameOf } from '../common/codes'
import type { PrintViewProps } from '../print/views'
import { recordSummary } from './summary'

const NUMERALS = ['一', '二', '三', '四', '五']

export function DevelopmentRecordPrint({ id, render }: PrintViewProps): ReactNode {
  const { codes, info } = useAppData()
  const [d, setD] = useState<DevPersonDetail | null>(null)
  const [rules, setRules] = useState<DevRules | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api.development.get({ id })
      .then(async (a) => { const b = await window.api.development.rules({ orgId: a.person.orgId }); setD(a); setRules(b) })
      .catch((e: Error) => setError(e.message))
  }, [id])
  if (error) return render(true, <p>{error}</p>)
  if (!d || !rules) return render(false, null)
  const p = d.person
  // each date stays whole; the line may break after the 、 between them
  const dates = (kind: string): ReactNode => d.records.filter((r) => r.kind === kind).map((r, i) => [i ? '、' : null, <span key={r.id} className="nowrap">{paperDate(r.date)}</span>])
  const details = (kind: string): string => d.records.filter((r) => r.kind === kind).map((r) => recordSummary(r, d.names, rules.calendar, paperDate)).filter(Boolean).join('；')
  const materials = [...new Set(rules.steps.steps.flatMap((s) => s.materials))]
  return render(
    true,
    <div className="paper dev-paper">
      <h1 className="paper-title">发展党员全程纪实表</h1>
      <table className="paper-table">
        <colgroup><col style={{ width: '15%' }} /><col style={{ width: '18%' }} /><col style={{ width: '13%' }} /><col style={{ width: '20%' }} /><col style={{ width: '14%' }} /><col style={{ width: '20%' }} /></colgroup>
        <tbody>
          <tr><th>姓名</th><td>{p.name}</td><th>性别</th><td>{p.gender === '1' ? '男' : '女'}</td><th>民族</th><td>{nameOf(codes.ethnicity, p.ethnicity)}</td></tr>
          <tr><th>出生日期</th><td className="nowrap">{paperDate(p.birthDate)}</td><th>学历</th><td>{nameOf(codes.education, p.education)}</td><th>工作岗位</th><td>{p.jobPost ?? ''}</td></tr>
          <tr><th>公民身份号码</th><td colSpan={3}>{maskIdNumber(p.idNumber)}</td><th>当前阶段</th><td>{stageNames[d.stage]}</td></tr>
          <tr><th>工作单位</th><td colSpan={2}>{p.enterpriseName ?? ''}</td><th>所在党组织</th><td colSpan={2}>{p.orgName}</td></tr>
          <tr><th>预备期</th><td colSpan={5}>{d.probation ? `${paperDate(d.probation.start)} 至 ${paperDate(d.probation.end)}${d.probation.extendedMonths ? `（延长 ${d.probation.extendedMonths} 个月）` : ''}` : ''}</td></tr>
        </tbody>
      </table>
      <table className="paper-table dev-steps">
        <colgroup><col style={{ width: '6%' }} /><col style={{ width: '27%' }} /><col style={{ width: '18%' }} /><col style={{ width: '49%' }} /></colgroup>
        <thead><tr><th>步骤</th><th>内容</th><th>日期</th><th>经办情况</th></tr></thead>
        <tbody>
          {rules.steps.stages.map((st) => [
            <tr key={`s${st.no}`} className="dev-stage-row"><td colSpan={4}>{NUMERALS[st.no - 1]}、{st.name}</td></tr>,
            ...rules.steps.steps.filter((s) => s.stage === st.no).flatMap((s) => [
              <tr key={s.key}><td style={{ textAlign: 'center' }}>{s.no}</td><td>{s.name}</td><td>{dates(s.key)}</td><td>{details(s.key)}</td></tr>,
              ...(s.key === 'cultivation' && d.records.some((r) => r.kind === 'report') ? [<tr key="report"><td /><td>思想汇报</td><td>{dates('report')}</td><td>{details('report')}</td></tr>] : []),
              ...(s.key === 'full_meeting' && d.records.some((r) => r.kind === 'extension') ? [<tr key="ext"><td /><td>延长预备期</td><td>{dates('extension')}</td><td>{details('extension')}</td></tr>] : [])
            ])
          ])}
          {p.outcome && <tr><td /><td>{stageNames[p.outcome]}</td><td className="nowrap">{p.outcomeDate ? paperDate(p.outcomeDate) : ''}</td><td>{p.outcomeReason}</td></tr>}
        </tbody>
      </table>
      <table className="paper-table dev-steps">
        <colgroup><col style={{ width: '15%' }} /><col style={{ width: '85%' }} /></colgroup>
        <tbody>
          <tr><th>预警</th><td>{d.findings.length ? d.findings.map((f) => paperDatesIn(`${f.message}（${f.clause}）`)).join('；') : '无'}</td></tr>
          <tr><th>材料清单</th><td>{materials.map((m) => `□${m}`).join('　')}</td></tr>
          <tr className="tall"><th>需要特别说明的情况</th><td>{p.remark ?? ''}</td></tr>
        </tbody>
      </table>
      <div className="paper-end">
        <div className="paper-sign"><span>本人签字：</span><span>组织委员：</span><span>支部书记：</span><span>党组织（盖章）</span></div>
        <p className="paper-foot">规则依据：{rules.active.title}　打印日期：{paperDate(info.today)}</p>
      </div>
    </div>
  )
}
