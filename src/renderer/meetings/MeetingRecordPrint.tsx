// 打印版：会议记录（A4 纵向）——类型、时间地点、主持记录、应到实到、缺席及原因、内容、讨论、决议、签名
import { type ReactNode, useEffect, useState } from 'react'
import { paperDate } from '../../shared/dates'
import type { Meeting } from '../../shared/meetings/schemas'
import { lifeStepName, meetingTypeName, reviewGradeName } from '../../shared/meetings/tables'
import { useAppData } from '../common/AppData'
import type { PrintViewProps } from '../print/views'

export function MeetingRecordPrint({ id, render }: PrintViewProps): ReactNode {
  const { info } = useAppData()
  const [m, setM] = useState<Meeting | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api.meetings.get({ id }).then(setM, (e: Error) => setError(e.message))
  }, [id])
  if (error) return render(true, <p>{error}</p>)
  if (!m) return render(false, null)
  const present = m.attendees.filter((a) => a.present)
  const absent = m.attendees.filter((a) => !a.present)
  const graded = m.attendees.filter((a) => a.grade)
  return render(
    true,
    <div className="paper">
      <h1 className="paper-title">{m.orgName}</h1>
      <h2 className="paper-subtitle">{meetingTypeName(m.type)}记录</h2>
      <table className="paper-table">
        <colgroup><col style={{ width: '15%' }} /><col style={{ width: '35%' }} /><col style={{ width: '15%' }} /><col style={{ width: '35%' }} /></colgroup>
        <tbody>
          <tr><th>会议主题</th><td colSpan={3}>{m.topic}</td></tr>
          <tr><th>时间</th><td className="nowrap">{paperDate(m.date)}</td><th>地点</th><td>{m.place ?? ''}</td></tr>
          <tr><th>主持人</th><td>{m.host ?? ''}</td><th>记录人</th><td>{m.recorder ?? ''}</td></tr>
          {m.type === 'lecture' && <tr><th>授课人</th><td>{m.lecturer ?? ''}</td><th>学时</th><td>{m.hours ?? ''}</td></tr>}
          <tr><th>应到人数</th><td>{m.expected} 人</td><th>实到人数</th><td>{m.presentCount} 人</td></tr>
          <tr><th>到会人员</th><td colSpan={3}>{present.map((a) => (a.voting ? a.name : `${a.name}（预备）`)).join('、')}</td></tr>
          <tr><th>缺席人员及原因</th><td colSpan={3}>{absent.length ? absent.map((a) => `${a.name}（${a.reason ?? ''}）`).join('；') : '无'}</td></tr>
          <tr><th>列席人员</th><td colSpan={3}>{m.guests ?? '无'}</td></tr>
          {m.type === 'life' && <tr><th>会前准备</th><td colSpan={3}>{m.lifeSteps.map(lifeStepName).join('、') || '无'}</td></tr>}
          <tr className="paper-long"><th>议程 / 学习内容</th><td colSpan={3}>{m.content ?? ''}</td></tr>
          <tr className="paper-long"><th>讨论情况</th><td colSpan={3}>{m.discussion ?? ''}</td></tr>
          <tr className="tall"><th>决议事项</th><td colSpan={3}>{m.decisions ?? ''}</td></tr>
          {m.type === 'review' && <tr><th>评议等次</th><td colSpan={3}>{graded.map((a) => `${a.name}：${reviewGradeName(a.grade)}`).join('；')}</td></tr>}
          {m.type === 'life' && <tr><th>整改清单</th><td colSpan={3}>{m.rectifications.map((r, i) => <div key={r.problemId}>{i + 1}. {r.description}（{r.code}）</div>)}</td></tr>}
        </tbody>
      </table>
      <div className="paper-end">
        <div className="paper-sign">
          <span>主持人签名：</span><span>记录人签名：</span><span>党组织（盖章）</span>
        </div>
        <p className="paper-foot">打印日期：{paperDate(info.today)}</p>
      </div>
    </div>
  )
}
