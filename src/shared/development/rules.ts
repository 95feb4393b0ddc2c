// 规则集：默认 2014 版，用户可切换到待核实的 2026 版，并开关或改写地方规则（只有 local 的规则能改）
import type { RuleOverride, RuleSet } from './types'

export function applyOverrides(set: RuleSet, overrides: RuleOverride[]): RuleSet {
  const rules = { ...set.rules }
  for (const o of overrides) {
    const rule = rules[o.key]
    if (rule?.local) rules[o.key] = { ...rule, enabled: o.enabled, value: o.value }
  }
  return { ...set, rules }
}

/** The Chinese reason an override is refused, or null. */
export function checkOverride(set: RuleSet, o: RuleOverride): string | null {
  const rule = set.rules[o.key]
  if (!rule) return `不认识的规则「${o.key}」`
  if (!rule.local) return `「${rule.label}」是全国统一规定，不能修改`
  if (o.value < 0 || o.value > 24) return `「${rule.label}」的数值应在 0～24 之间`
  return null
}
