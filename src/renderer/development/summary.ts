// 一条登记在时间线、纪实表上的文字：经办人、推荐方式、联系人/介绍人、结论、培训、票数、公示
import type { DevRecord, HolidayCalendar } from '../../shared/development/types'
import { recommendWayNames } from '../../shared/development/types'
import { voteSummary } from '../../shared/development/vote'
import { countWorkdays } from '../../shared/development/workdays'

/** `date` writes a date: as stored on screen, the paper way on the 纪实表. */
export function recordSummary(r: DevRecord, names: Record<string, string>, cal: HolidayCalendar, date: (iso: string) => string = (iso) => iso): string {
  const d = r.detail
  const parts: string[] = []
  if (r.actor) parts.push(`经办/谈话人：${r.actor}`)
  if (d.recommendWay) parts.push(`推荐方式：${recommendWayNames[d.recommendWay]}`)
  if (d.contacts?.length) parts.push(`培养联系人：${d.contacts.map((id) => names[id] ?? '（已删除）').join('、')}`)
  if (d.introducers?.length) parts.push(`入党介绍人：${d.introducers.map((id) => names[id] ?? '（已删除）').join('、')}`)
  if (r.endDate) parts.push(`至 ${date(r.endDate)}`)
  if (d.hours) parts.push(`${d.hours} 学时`)
  if (d.bookNo) parts.push(`志愿书编号：${d.bookNo}`)
  if (d.months) parts.push(`延长 ${d.months} 个月`)
  if (d.publicityStart && d.publicityEnd) parts.push(`公示 ${date(d.publicityStart)} 至 ${date(d.publicityEnd)}（${countWorkdays(d.publicityStart, d.publicityEnd, cal)} 个工作日）`)
  if (d.vote) parts.push(voteSummary(d.vote))
  if (d.conclusion) parts.push(d.conclusion)
  return parts.join('；')
}
