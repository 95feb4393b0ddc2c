// 党员信息卡片：仿全国党员管理信息系统的卡片版式，附变更记录
import { Button, Modal, Space, Spin, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { fullYearsBetween } from '../../shared/dates'
import { maskIdNumber, maskPhone } from '../../shared/mask'
import type { Member } from '../../shared/members/schemas'
import { useAppData } from '../common/AppData'
import { ChangeHistory } from '../common/ChangeHistory'
import { nameOf } from '../common/codes'
import { PrintButtons } from '../print/PrintButtons'
import { Masked } from './Masked'

type Props = { memberId: string | null; onClose: () => void; onEdit: (id: string) => void }

export function MemberCard({ memberId, onClose, onEdit }: Props): ReactNode {
  const { codes, info } = useAppData()
  const [m, setM] = useState<Member | null>(null)
  useEffect(() => {
    setM(null)
    if (!memberId) return
    void window.api.members.get({ id: memberId }).then(setM)
  }, [memberId])

  const v = (x: string | number | null | undefined): ReactNode => (x === null || x === undefined || x === '' ? '—' : x)
  const standing = m?.fullDate ? `${Math.max(0, fullYearsBetween(m.fullDate, info.today))} 年` : '—'
  return (
    <Modal open={!!memberId} width={860} onCancel={onClose} title="党员信息" footer={<Space>{m && <PrintButtons kind="member-card" id={m.id} fileName={`党员信息卡片-${m.name}`} />}<Button onClick={onClose}>关闭</Button>{m && <Button type="primary" onClick={() => onEdit(m.id)}>编辑</Button>}</Space>}>
      {!m ? (
        <Spin />
      ) : (
        <>
          <table className="member-card" data-testid="member-card">
            <caption>党员信息卡片</caption>
            <tbody>
              <tr><th>姓名</th><td>{m.name}</td><th>性别</th><td>{nameOf(codes.genders, m.gender)}</td><th>民族</th><td>{nameOf(codes.ethnicity, m.ethnicity)}</td></tr>
              <tr><th>出生日期</th><td>{m.birthDate}</td><th>籍贯</th><td>{v(m.nativePlace)}</td><th>学历</th><td>{v(nameOf(codes.education, m.education))}</td></tr>
              <tr><th>公民身份号码</th><td colSpan={3}><Masked memberId={m.id} field="idNumber" masked={maskIdNumber(m.idNumber)} /></td><th>学位</th><td>{v(m.degree)}</td></tr>
              <tr><th>人员类别</th><td>{nameOf(codes.memberCategories, m.category)}</td><th>入党日期</th><td>{m.joinDate}</td><th>转正日期</th><td>{v(m.fullDate)}</td></tr>
              <tr><th>所在党组织</th><td colSpan={3}>{m.orgName}</td><th>党龄</th><td>{standing}</td></tr>
              <tr><th>党内职务</th><td>{v(nameOf(codes.partyPosts, m.partyPost))}</td><th>工作岗位</th><td>{v(nameOf(codes.jobCategories, m.jobCategory))}</td><th>行政职务</th><td>{v(m.adminPost)}</td></tr>
              <tr><th>参加工作时间</th><td>{v(m.workStartDate)}</td><th>党员状态</th><td>{nameOf(codes.memberStatuses, m.status)}</td><th>关系转入日期</th><td>{v(m.transferInDate)}</td></tr>
              <tr><th>联系电话</th><td colSpan={3}><Masked memberId={m.id} field="phone" masked={maskPhone(m.phone)} /></td><th>党费基数</th><td>{m.duesBaseCents === null ? '—' : `${(m.duesBaseCents / 100).toFixed(2)} 元`}</td></tr>
              <tr><th>现居住地</th><td colSpan={5}>{v(m.address)}</td></tr>
              <tr><th>备注</th><td colSpan={5}>{v(m.remark)}</td></tr>
            </tbody>
          </table>
          <Typography.Title level={5} style={{ marginTop: 20 }}>变更记录</Typography.Title>
          <ChangeHistory entity="member" id={m.id} />
        </>
      )}
    </Modal>
  )
}
