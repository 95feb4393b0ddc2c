// 党费规则表：主进程和界面读同一份
import rules from '../../../seeds/rules/dues.json'
import type { DuesCategory, DuesRules } from './rules'

export const duesRules = rules as DuesRules

export const duesCategory = (code: string): DuesCategory | undefined => duesRules.categories.find((c) => c.code === code)
export const duesCategoryName = (code: string | null | undefined): string => (code && duesCategory(code)?.name) || ''
