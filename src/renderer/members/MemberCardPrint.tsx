// 打印版：党员信息卡片（A4 纵向，身份证号与电话脱敏）
import { type ReactNode, useEffect, useState } from 'react'
import { fullYearsBetween, paperDate } from '../../shared/dates'
import { maskIdNumber, maskPhone } from '../../shared/mask'
import type { Member } from '../../shared/members/schemas'
import { useAppData } from '../common/AppData'
import { nameOf } from '../common/codes'
import type { PrintViewProps } from '../print/views'

export function MemberCardPrint({ id, render }: PrintViewProps): ReactNode {
  const { codes, info } = useAppData()
  const [m, setM] = useState<Member | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    window.api.members.get({ id }).then(setM, (e: Error) => setError(e.message))
  }, [id])
  if (error) return render(true, <p>{error}</p>)
  if (!m) return render(false, null)
  const v = (x: string | number | null | undefined): string => (x === null || x === undefined || x === '' ? '' : String(x))
  return render(
    true,
    <div className="paper">
      <h1 className="paper-title">党员信息卡片</h1>
      <table className="paper-table">
        <colgroup><col style={{ width: '17%' }} /><col style={{ width: '18%' }} /><col style={{ width: '14%' }} /><col style={{ width: '18%' }} /><col style={{ width: '15%' }} /><col style={{ width: '18%' }} /></colgroup>
        <tbody>
          <tr><th>姓名</th><td>{m.name}</td><th>性别</th><td>{nameOf(codes.genders, m.gender)}</td><th>民族</th><td>{nameOf(codes.ethnicity, m.ethnicity)}</td></tr>
          <tr><th>出生日期</th><td className="nowrap">{paperDate(m.birthDate)}</td><th>籍贯</th><td>{v(m.nativePlace)}</td><th>学历</th><td>{nameOf(codes.education, m.education)}</td></tr>
          <tr><th>公民身份号码</th><td colSpan={3}>{maskIdNumber(m.idNumber)}</td><th>学位</th><td>{v(m.degree)}</td></tr>
          <tr><th>人员类别</th><td>{nameOf(codes.memberCategories, m.category)}</td><th>入党日期</th><td className="nowrap">{paperDate(m.joinDate)}</td><th>转正日期</th><td className="nowrap">{m.fullDate ? paperDate(m.fullDate) : ''}</td></tr>
          <tr><th>所在党组织</th><td colSpan={3}>{m.orgName}</td><th>党龄</th><td>{m.fullDate ? `${Math.max(0, fullYearsBetween(m.fullDate, info.today))} 年` : ''}</td></tr>
          <tr><th>党内职务</th><td>{nameOf(codes.partyPosts, m.partyPost)}</td><th>工作岗位</th><td>{nameOf(codes.jobCategories, m.jobCategory)}</td><th>行政职务</th><td>{v(m.adminPost)}</td></tr>
          <tr><th>参加工作时间</th><td className="nowrap">{m.workStartDate ? paperDate(m.workStartDate) : ''}</td><th>党员状态</th><td>{nameOf(codes.memberStatuses, m.status)}</td><th>关系转入日期</th><td className="nowrap">{m.transferInDate ? paperDate(m.transferInDate) : ''}</td></tr>
          <tr><th>联系电话</th><td colSpan={3}>{maskPhone(m.phone)}</td><th>党费基数</th><td>{m.duesBaseCents === null ? '' : `${(m.duesBaseCents / 100).toFixed(2)} 元`}</td></tr>
          <tr><th>现居住地</th><td colSpan={5}>{v(m.address)}</td></tr>
          <tr className="tall"><th>备注</th><td colSpan={5}>{v(m.remark)}</td></tr>
        </tbody>
      </table>
      <div className="paper-end">
        <div className="paper-sign">
          <span>填表人：</span><span>审核人：</span><span>党组织（盖章）</span>
        </div>
        <p className="paper-foot">打印日期：{paperDate(info.today)}</p>
      </div>
    </div>
  )
}
