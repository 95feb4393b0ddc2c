// 日历上的月与季度：按月序号（年×12+月-1）计算，避免时区
export const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1

export const monthStart = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}-01`

export function monthEnd(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export const quarterOf = (month: number): number => Math.ceil(month / 3)

export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度']
