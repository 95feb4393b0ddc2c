// 代码表 → 下拉选项
import type { CodeTable } from '../../shared/app/types'

export const options = (t: CodeTable): { value: string; label: string }[] => t.items.map((i) => ({ value: i.code, label: i.name }))

export const nameOf = (t: CodeTable, code: string | null | undefined): string =>
  (code && t.items.find((i) => i.code === code)?.name) || ''

/** Pinned codes first (汉族、彝族 … for Leshan), then the rest in standard order. */
export function pinnedOptions(t: CodeTable & { pinned: string[] }): { value: string; label: string }[] {
  const pinned = t.pinned.map((c) => t.items.find((i) => i.code === c)).filter((i) => !!i)
  const rest = t.items.filter((i) => !t.pinned.includes(i.code))
  return [...pinned, ...rest].map((i) => ({ value: i.code, label: i.name }))
}
