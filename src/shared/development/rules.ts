// 规则集：默认 2014 版；未核实的 2026 版每条都可调整；地方规则默认不启用，组织开启时写明地方规定的出处
import type { Rule, RuleOverride, RuleSet } from './types'

/** A rule may be changed when it is local, or when its whole set is unverified（未核实）. */
export const adjustable = (set: RuleSet, rule: Rule): boolean => rule.local || !set.verified

export function applyOverrides(set: RuleSet, overrides: RuleOverride[]): RuleSet {
  const rules = { ...set.rules }
  for (const o of overrides) {
    const rule = rules[o.key]
    if (!rule || !adjustable(set, rule)) continue
    const named = o.source?.trim()
    const changed: Rule = { ...rule, enabled: o.enabled, value: o.value }
    if (named && rule.local) Object.assign(changed, { clause: `${rule.citations.length ? rule.clause : '地方规定'}（${named}）`, source: `地方规定：${named}` })
    else if (named) changed.source = `${rule.source}；本组织调整：${named}`
    rules[o.key] = changed
  }
  return { ...set, rules }
}

/** The Chinese reason an override is refused, or null. */
export function checkOverride(set: RuleSet, o: RuleOverride): string | null {
  const rule = set.rules[o.key]
  if (!rule) return `不认识的规则「${o.key}」`
  if (!adjustable(set, rule)) return `「${rule.label}」是全国统一规定（依据：${rule.clause}），不能修改`
  if (o.value < 0 || o.value > 24) return `「${rule.label}」的数值应在 0～24 之间`
  const changed = o.enabled !== rule.enabled || o.value !== rule.value
  if (o.enabled && changed && !o.source?.trim())
    return rule.local ? `开启地方规则「${rule.label}」，请写明地方规定的出处（文件名或文号）` : `调整「${rule.label}」，请写明依据`
  return null
}
