// 打印版：党建体检表（A4 横向，domain.md §1.4 版面）：表头信息、逐项两种得分与扣分原因（跨页重复表头）、合计、加分、否决、等次、主要问题、签字与日期
import { type ReactNode, useEffect, useState } from 'react'
import { evidenceText, mainProblems } from '../../shared/checkups/paper'
import type { CheckupDetail } from '../../shared/checkups/schemas'
import { starsLabel } from '../../shared/checkups/scoring'
import { paperDate } from '../../shared/dates'
import { useAppData } from '../common/AppData'
import { nameOf } from '../common/codes'
import type { PrintViewProps } from '../print/views'

const v = (x: string | number | null | undefined): string => (x === null || x === undefined ? '' : String(x))

export function CheckupFormPrint({ id, render }: PrintViewProps): ReactNode {
  const { codes } = useAppData()
  const [d, setD] = useState<CheckupDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api.checkups.get({ id }).then(setD, (e: Error) => setError(e.message))
  }, [id])
  if (error) return render(true, <p>{error}</p>)
  if (!d) return render(false, null)
  const { header: h, checkup: c, score: s, template } = d
  const body = template.body
  const byCode = new Map(d.items.map((i) => [i.code, i]))
  const sectionName = (code: string): string => body.sections.find((x) => x.code === code)?.name ?? ''
  const vetoes = d.vetoes.map((x) => `${x.code} ${body.vetoes.find((y) => y.code === x.code)?.content ?? ''}${x.note ? `（${x.note}）` : ''}`)
  return render(
    true,
    <div className="paper checkup-paper">
      <h1 className="paper-title">{body.title}</h1>
      <table className="paper-table paper-head">
        {/* room for the labels on one line and for the 18-character 统一社会信用代码, which never breaks */}
        <colgroup>{[8, 10, 8, 10, 10.5, 13, 8.5, 10, 8, 14].map((w, i) => <col key={i} style={{ width: `${w}%` }} />)}</colgroup>
        <tbody>
          <tr><th>企业名称</th><td colSpan={3}>{v(h.enterpriseName)}</td><th>统一社会信用代码</th><td className="nowrap">{v(h.creditCode)}</td><th>党组织名称</th><td colSpan={3}>{h.orgName}</td></tr>
          <tr><th>组织类型</th><td>{nameOf(codes.orgTypes, h.orgType)}</td><th>上级党组织</th><td>{v(h.parentName)}</td><th>书记</th><td>{v(h.secretary)}</td><th>正式/预备党员</th><td>{h.fullMembers}/{h.probationaryMembers}</td><th>职工总数</th><td>{v(h.employees)}</td></tr>
          <tr><th>入党积极分子</th><td>{v(h.activists)}</td><th>体检日期</th><td className="nowrap">{paperDate(c.checkDate)}</td><th>体检人</th><td>{v(c.checker)}</td><th>企业陪同人</th><td>{v(c.companion)}</td><th>模板版本</th><td>{template.version}</td></tr>
        </tbody>
      </table>
      <table className="paper-table paper-items">
        <colgroup>
          {/* 扣分原因 and 佐证材料 get the room: 300 characters take a dozen lines, not a page */}
          <col style={{ width: '4%' }} /><col style={{ width: '6%' }} /><col style={{ width: '7%' }} /><col style={{ width: '13%' }} /><col style={{ width: '3.5%' }} />
          <col style={{ width: '11%' }} /><col style={{ width: '4.5%' }} /><col style={{ width: '3.5%' }} /><col style={{ width: '3.5%' }} /><col style={{ width: '27%' }} /><col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr><th>序号</th><th>一级<br />指标</th><th>二级<br />指标</th><th>检查内容</th><th>标准<br />分</th><th>评分细则</th><th>核查<br />方式</th><th>自评<br />分</th><th>体检<br />得分</th><th>扣分原因/问题描述</th><th>佐证材料</th></tr>
        </thead>
        <tbody>
          {body.items.map((item) => {
            const e = byCode.get(item.code)
            const evidence = evidenceText(e?.evidence, d.files[item.code])
            return (
              <tr key={item.code}>
                <td className="c">{item.code}</td><td className="c">{sectionName(item.section)}</td><td className="c">{item.group}</td><td>{item.content}</td>
                <td className="c">{item.score}</td><td className="small">{item.rule}</td><td className="c small">{item.method}</td>
                <td className="c">{v(e?.selfScore)}</td><td className="c">{v(e?.checkScore)}</td><td>{v(e?.reason)}</td><td className="small">{v(evidence)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <table className="paper-table paper-foot-table">
        <colgroup><col style={{ width: '12%' }} /><col style={{ width: '38%' }} /><col style={{ width: '12%' }} /><col style={{ width: '38%' }} /></colgroup>
        <tbody>
          <tr><th>基础分合计</th><td>{s.base}（{s.sections.map((x) => `${x.name} ${x.score}`).join('，')}；自评 {s.selfBase}）</td><th>加分</th><td>{s.bonus}{d.bonus.length ? `（${d.bonus.map((b) => `${b.code} +${b.score}`).join('，')}）` : ''}</td></tr>
          <tr><th>否决项</th><td>{vetoes.length ? `有：${vetoes.join('；')}` : '无'}</td><th>总分</th><td><b>{s.total}</b></td></tr>
          <tr><th>星级/等次/结论</th><td colSpan={3}>{starsLabel(s.stars)}　{s.level}　{s.conclusion}</td></tr>
          <tr><th>主要问题</th><td colSpan={3}>{mainProblems(d)}</td></tr>
          <tr className="tall"><th>整改要求与时限</th><td colSpan={3}>{v(c.requirements)}</td></tr>
        </tbody>
      </table>
      <div className="paper-end">
        <div className="paper-sign">
          <span>体检人（签字）：</span><span>党组织书记（签字）：</span><span>企业负责人（签字）：</span><span>（盖章）</span>
        </div>
        <p className="paper-foot">日期：　　　　年　　月　　日</p>
      </div>
    </div>
  )
}
