// 花名册上的预备党员何时该讨论转正：预备期从入党（支部大会通过）之日起算；
// 转入的预备党员，期满时可推迟讨论，推迟不超过规则集里的月数（domain.md §2 补充规则）。
import { addDays, addMonths } from '../dates'

export type ProbationRules = { probationMonths: number; transferInDelayMonths: number | null }

export type ProbationDue = {
  level: 'soon' | 'overdue'
  /** 预备期满之日（转正时间自此算起） */
  end: string
  /** 最迟应讨论转正的日期：期满之日，转入的再加推迟月数 */
  latest: string
  title: string
}

/** 30 天内期满或已期满未转正时给出提醒，其余返回 null。 */
export function probationDue(m: { joinDate: string; transferredIn: boolean }, rules: ProbationRules, today: string, windowDays = 30): ProbationDue | null {
  const end = addMonths(m.joinDate, rules.probationMonths)
  const delay = m.transferredIn && rules.transferInDelayMonths ? rules.transferInDelayMonths : 0
  const latest = addMonths(end, delay)
  if (end > addDays(today, windowDays)) return null
  if (end >= today) return { level: 'soon', end, latest, title: `预备期 ${end} 期满，请及时讨论转正` }
  if (latest >= today) return { level: 'soon', end, latest, title: `预备期已于 ${end} 期满；转入的预备党员可推迟讨论转正，最迟 ${latest}` }
  return { level: 'overdue', end, latest, title: delay ? `预备期已于 ${end} 期满，推迟讨论转正也已超过 ${delay} 个月` : `预备期已于 ${end} 期满，尚未讨论转正` }
}
