// 打印版：问题清单及整改通知（A4 纵向）：体检发现的问题、整改措施、责任人与时限，逾期标出
import { type ReactNode, useEffect, useState } from 'react'
import type { CheckupDetail } from '../../shared/checkups/schemas'
import { paperDate } from '../../shared/dates'
import { statusNames, type ProblemStatus } from '../../shared/problems/flow'
import type { Problem } from '../../shared/problems/schemas'
import { useAppData } from '../common/AppData'
import { nameOf } from '../common/codes'
import type { PrintViewProps } from '../print/views'

export function CheckupNoticePrint({ id, render }: PrintViewProps): ReactNode {
  const { codes } = useAppData()
  const [d, setD] = useState<{ detail: CheckupDetail; problems: Problem[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    Promise.all([window.api.checkups.get({ id }), window.api.problems.list({ source: 'checkup', sourceId: id })]).then(
      ([detail, problems]) => setD({ detail, problems }),
      (e: Error) => setError(e.message)
    )
  }, [id])
  if (error) return render(true, <p>{error}</p>)
  if (!d) return render(false, null)
  const { checkup: c, header: h, score: s } = d.detail
  // the notice goes out when the problems were found and registered, whenever it is printed
  const issued = d.problems.map((p) => p.foundDate).sort()[0] ?? c.checkDate
  return render(
    true,
    <div className="paper">
      <h1 className="paper-title">党建体检问题清单及整改通知</h1>
      <p className="notice-to">{h.orgName}：</p>
      <p className="notice-text">
        <span className="nowrap">{paperDate(c.checkDate)}</span>，{c.checker ?? '党建指导员'}对{h.enterpriseName ?? h.orgName}党建工作进行了体检{c.roundName ? `（${c.roundName}）` : ''}，
        总分 {s.total} 分，结论为「{s.conclusion}」。现将发现的问题通知如下，请按期整改，整改完成后提交佐证材料申请复核销号。
      </p>
      <table className="paper-table notice-table">
        {/* the two texts get the room; the code, 指标, 严重程度 and 责任人 are short */}
        <colgroup><col style={{ width: '14%' }} /><col style={{ width: '5.5%' }} /><col style={{ width: '25%' }} /><col style={{ width: '5.5%' }} /><col style={{ width: '29%' }} /><col style={{ width: '7%' }} /><col style={{ width: '14%' }} /></colgroup>
        <thead><tr><th>问题编号</th><th>指标</th><th>问题描述</th><th>严重程度</th><th>整改措施</th><th>责任人</th><th>整改时限</th></tr></thead>
        <tbody>
          {d.problems.length === 0 && <tr><td colSpan={7} className="c">本次体检没有登记整改问题</td></tr>}
          {d.problems.map((p) => (
            <tr key={p.id}>
              <td className="c nowrap">{p.code}</td><td className="c">{p.indicatorCode}</td><td>{p.description}</td><td className="c">{nameOf(codes.problemSeverities, p.severity)}</td>
              <td>{p.measure}</td><td className="c">{p.owner}</td>
              <td className="c"><span className="nowrap">{p.deadline ? paperDate(p.deadline) : ''}</span>{p.overdue ? '（已逾期）' : ''}{p.status !== 'pending' ? `　${statusNames[p.status as ProblemStatus]}` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.requirements && <p className="notice-text">整改要求：{c.requirements}</p>}
      <div className="paper-end">
        <div className="paper-sign">
          <span>体检人（签字）：</span><span>接收人（签字）：</span>
        </div>
        <p className="paper-foot">{h.parentName ?? ''}　　<span className="nowrap">{paperDate(issued)}</span></p>
      </div>
    </div>
  )
}
