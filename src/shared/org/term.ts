// 换届到期：上次换届日期 + 任期（任期缺省取规则表 seeds/rules/org-terms.json）
import { addMonths, addYears } from '../dates'

export type OrgTermRule = { version: string; remindMonthsBefore: number; termYears: Record<string, number> }

export function termYearsFor(orgType: string, explicit: number | null, rule: OrgTermRule): number {
  return explicit ?? rule.termYears[orgType] ?? 3
}

export function electionDueDate(lastElectionDate: string | null, years: number): string | null {
  return lastElectionDate ? addYears(lastElectionDate, years) : null
}

export function electionStatus(due: string | null, today: string, remindMonthsBefore: number): 'overdue' | 'soon' | 'ok' | null {
  if (!due) return null
  if (due <= today) return 'overdue'
  return addMonths(today, remindMonthsBefore) >= due ? 'soon' : 'ok'
}
