// 师带徒结对的规则：日期先后与不能晚于今天；年度成效怎么数（主进程和界面共用）
import type { MentorshipData, MentoringSummary } from './schemas'

type Dates = Pick<MentorshipData, 'startDate' | 'plannedEndDate' | 'pairStatus' | 'endDate' | 'certificate' | 'certificateDate' | 'appliedDate'>

/** 结对登记的问题（中文，逐条）；空数组表示可以保存。 */
export function mentorshipErrors(v: Dates, today: string): string[] {
  const errors: string[] = []
  if (v.startDate > today) errors.push(`结对日期 ${v.startDate} 晚于今天`)
  if (v.plannedEndDate < v.startDate) errors.push('计划出师日期不能早于结对日期')
  const ended = v.pairStatus === 'graduated' ? '出师' : v.pairStatus === 'stopped' ? '中止' : null
  if (ended && !v.endDate) errors.push(`请填写${ended}日期`)
  if (!ended && v.endDate) errors.push('还在结对中，不用填写出师或中止日期')
  if (ended && v.endDate) {
    if (v.endDate < v.startDate) errors.push(`${ended}日期不能早于结对日期`)
    if (v.endDate > today) errors.push(`${ended}日期 ${v.endDate} 晚于今天`)
  }
  if (v.certificateDate && !v.certificate) errors.push('填了取证日期，请填写取得的证书或等级')
  if (v.certificate && !v.certificateDate) errors.push('请填写取证日期')
  if (v.certificateDate && v.certificateDate > today) errors.push(`取证日期 ${v.certificateDate} 晚于今天`)
  if (v.certificateDate && v.certificateDate < v.startDate) errors.push('取证日期不能早于结对日期（结对前取得的证书不算成效）')
  if (v.appliedDate && v.appliedDate > today) errors.push(`递交入党申请书日期 ${v.appliedDate} 晚于今天`)
  return errors
}

type Pair = Pick<MentorshipData, 'startDate' | 'pairStatus' | 'endDate' | 'certificateDate' | 'proposalCount' | 'appliedDate'> & { savingsFen: number }

/** 这一年里结过对的：结对日期不晚于年底，且没有在年初以前出师或中止。 */
export const activeIn = (p: Pick<Pair, 'startDate' | 'endDate'>, year: number): boolean =>
  p.startDate <= `${year}-12-31` && (!p.endDate || p.endDate >= `${year}-01-01`)

/**
 * 年度成效（乐山「红师傅带蓝徒弟」的统计口径）：这一年结过对的对数；这一年出师的、取得证书或等级的、递交入党申请书的人数；
 * 这些结对累计的技术提案与节约创效。
 */
export function mentoringSummary(pairs: Pair[], year: number): MentoringSummary {
  const inYear = (d: string | null): boolean => !!d && d.startsWith(`${year}-`)
  const active = pairs.filter((p) => activeIn(p, year))
  return {
    pairs: active.length,
    graduated: active.filter((p) => p.pairStatus === 'graduated' && inYear(p.endDate)).length,
    certificates: active.filter((p) => inYear(p.certificateDate)).length,
    proposalCount: active.reduce((s, p) => s + p.proposalCount, 0),
    savingsFen: active.reduce((s, p) => s + p.savingsFen, 0),
    applied: active.filter((p) => inYear(p.appliedDate)).length
  }
}
