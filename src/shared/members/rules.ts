// 党员信息的规则（界面表单与主进程共用）：身份证校验与出生日期、性别交叉核对，日期先后，入党年龄
import { addYears, fullYearsBetween } from '../dates'
import { checkIdNumber } from '../idcard'

export type MemberDates = {
  idNumber: string
  gender: string
  birthDate: string
  category: 'full' | 'probationary'
  joinDate: string
  fullDate: string | null
  workStartDate: string | null
  transferInDate: string | null
}

export type RuleCheck = { errors: string[]; warnings: string[]; idNumber: string }

/** Hard rules go to errors (nothing is saved), soft ones to warnings. */
export function checkMemberRules(m: MemberDates, today: string): RuleCheck {
  const errors: string[] = []
  const warnings: string[] = []
  const id = checkIdNumber(m.idNumber, today)
  if (!id.ok) {
    errors.push(id.message.startsWith('身份证号') ? id.message : `身份证号：${id.message}`)
  } else {
    if (id.info.birthDate !== m.birthDate)
      errors.push(`出生日期 ${m.birthDate} 与身份证号中的出生日期 ${id.info.birthDate} 不一致`)
    if (String(id.info.gender) !== m.gender)
      errors.push(`性别与身份证号不一致：身份证号第 17 位表示${id.info.gender === 1 ? '男' : '女'}`)
  }
  if (m.birthDate > today) errors.push(`出生日期 ${m.birthDate} 晚于今天`)
  if (m.joinDate > today) errors.push(`入党日期 ${m.joinDate} 晚于今天`)
  if (m.joinDate <= m.birthDate) errors.push('入党日期应晚于出生日期')
  else if (fullYearsBetween(m.birthDate, m.joinDate) < 18)
    errors.push(`入党时须年满 18 周岁（党章第一条）：入党日期 ${m.joinDate} 时只有 ${fullYearsBetween(m.birthDate, m.joinDate)} 岁`)
  if (m.category === 'probationary' && m.fullDate) errors.push('预备党员不应有转正日期；已转正的请把人员类别改为正式党员')
  if (m.fullDate) {
    if (m.fullDate <= m.joinDate) errors.push(`转正日期 ${m.fullDate} 应晚于入党日期 ${m.joinDate}`)
    else if (m.fullDate < addYears(m.joinDate, 1)) warnings.push('转正日期距入党日期不足一年（预备期一般为一年），请核对')
    if (m.fullDate > today) errors.push(`转正日期 ${m.fullDate} 晚于今天`)
  } else if (m.category === 'full') {
    warnings.push('正式党员未填写转正日期')
  }
  if (m.workStartDate) {
    if (m.workStartDate > today) errors.push(`参加工作时间 ${m.workStartDate} 晚于今天`)
    if (m.workStartDate <= m.birthDate) errors.push('参加工作时间应晚于出生日期')
  }
  if (m.transferInDate && m.transferInDate > today) errors.push(`组织关系转入日期 ${m.transferInDate} 晚于今天`)
  return { errors, warnings, idNumber: id.ok ? id.value : m.idNumber }
}
