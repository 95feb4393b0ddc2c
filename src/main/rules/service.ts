// 规则的按组织改动：seeds/rules 里每个规则文件的可调项，一个界面改；每次改动一版、写明依据；引擎按组织取生效的规则
import { randomUUID } from 'node:crypto'
import democraticReview from '../../../seeds/rules/democratic-review.json'
import dues from '../../../seeds/rules/dues.json'
import educationHours from '../../../seeds/rules/education-hours.json'
import meetingFrequency from '../../../seeds/rules/meeting-frequency.json'
import orgTerms from '../../../seeds/rules/org-terms.json'
import { ruleOf } from '../../shared/development/citations'
import { adjustable } from '../../shared/development/rules'
import { type RuleKey, ruleKeys } from '../../shared/development/types'
import { invalid, notFound } from '../../shared/errors'
import { getAt, setAt } from '../../shared/rules/path'
import type { AdjustableDef, RuleEntry, RuleFileKey, RuleFileView, RuleOverrideInfo, RuleOverrideInput } from '../../shared/rules/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { RULE_FILE, developmentRules, regulationDocs, setDevelopmentOverride } from '../development/rules'
import { orgStore } from '../org/store'
import { overridesByOrg, overridesFor } from './overrides'
import { type OverrideRow, ruleOverrideStore } from './store'

type RuleFileData = { key: string; version: string; title: string; source: string; adjustable: AdjustableDef[] }
type GenericFile = Exclude<RuleFileKey, 'development'>

const FILES: Record<GenericFile, RuleFileData> = {
  'meeting-frequency': meetingFrequency as RuleFileData,
  'democratic-review': democraticReview as RuleFileData,
  'education-hours': educationHours as RuleFileData,
  'org-terms': orgTerms as RuleFileData,
  dues: dues as RuleFileData
}

function applyRows<T>(file: GenericFile, rows: Map<string, OverrideRow>): T {
  const data = FILES[file]
  let out = data as unknown as T
  for (const row of rows.values()) {
    const def = data.adjustable.find((d) => d.key === row.key)
    if (def && row.value !== null) out = setAt(out, def.path, row.value)
  }
  return out
}

/** The rule file as an organisation uses it: the seed file with the overrides in force (its own, its parents', all organisations'). */
export function effectiveRuleFile<T>(ctx: AppContext, file: GenericFile, orgId: string | null): T {
  return applyRows<T>(file, overridesFor(ctx, file, orgId))
}

/** The same, memoised per organisation for one request over many organisations. */
export function effectiveRuleFiles<T>(ctx: AppContext, file: GenericFile): (orgId: string | null) => T {
  const byOrg = overridesByOrg(ctx, file)
  const memo = new Map<string | null, T>()
  return (orgId) => {
    if (!memo.has(orgId)) memo.set(orgId, applyRows<T>(file, byOrg(orgId)))
    return memo.get(orgId)!
  }
}

function info(ctx: AppContext, row: OverrideRow | undefined): RuleOverrideInfo | null {
  if (!row) return null
  const orgName = row.orgId ? (orgStore.get(ctx.db, row.orgId, true)?.name ?? '（已删除的组织）') : '所有组织'
  return { orgId: row.orgId, orgName, version: row.version, source: row.source, actor: row.actor, createdAt: row.createdAt }
}

const history = (ctx: AppContext, file: string, key: string, orgId: string | null): RuleOverrideInfo[] =>
  ruleOverrideStore.history(ctx.db, file, key, orgId).map((r) => info(ctx, r)!)

function genericView(ctx: AppContext, file: GenericFile, orgId: string | null): RuleFileView {
  const data = FILES[file]
  const inForce = overridesFor(ctx, file, orgId)
  const entries: RuleEntry[] = data.adjustable.map((def) => {
    const rule = ruleOf({ label: def.label, value: 0, unit: 'rule', level: 'soft', enabled: true, local: def.local, confidence: '', citations: def.citations, localNote: def.localNote }, regulationDocs)
    const row = inForce.get(def.key)
    const defaultValue = getAt(data, def.path) as number | string
    return {
      file, key: def.key, label: def.label, unit: def.unit, local: def.local, adjustable: true, switchable: false,
      defaultValue, defaultEnabled: true, value: row?.value ?? defaultValue, enabled: true, min: def.min, max: def.max, options: def.options,
      clause: rule.clause, source: row?.source ? `${rule.source}；调整依据：${row.source}` : rule.source, links: rule.links,
      override: info(ctx, row), history: history(ctx, file, def.key, orgId)
    }
  })
  return { file, title: data.title, version: data.version, source: data.source, verified: true, note: null, entries }
}

const UNITS: Record<string, string> = { years: '周岁', months: '个月', days: '天', workdays: '个工作日', people: '名', rule: '' }

function developmentView(ctx: AppContext, orgId: string | null): RuleFileView {
  const { active } = developmentRules(ctx, orgId)
  const base = developmentRules(ctx).ruleSets.find((s) => s.version === active.version)!
  const inForce = overridesFor(ctx, RULE_FILE, orgId)
  const entries: RuleEntry[] = ruleKeys.map((key) => {
    const rule = active.rules[key]
    const row = inForce.get(key)
    return {
      file: 'development', key, label: rule.label, unit: UNITS[rule.unit] ?? '', local: rule.local, adjustable: adjustable(base, base.rules[key]), switchable: true,
      defaultValue: base.rules[key].value, defaultEnabled: base.rules[key].enabled, value: rule.value, enabled: rule.enabled, min: 0, max: 24,
      clause: rule.clause, source: rule.source, links: rule.links, override: info(ctx, row), history: history(ctx, RULE_FILE, key, orgId)
    }
  })
  return { file: 'development', title: `发展党员：${active.title}`, version: active.version, source: active.source, verified: active.verified, note: active.note, entries }
}

/** 全部规则文件的可调项，按一个组织（不给：所有组织）看生效值。 */
export function listRules(ctx: AppContext, orgId: string | null): RuleFileView[] {
  if (orgId && !orgStore.get(ctx.db, orgId)) throw notFound('党组织')
  return [developmentView(ctx, orgId), ...(Object.keys(FILES) as GenericFile[]).map((f) => genericView(ctx, f, orgId))]
}

function checkGeneric(def: AdjustableDef, value: number | string, data: RuleFileData): number | string {
  const current = getAt(data, def.path)
  if (def.options) {
    if (!def.options.some((o) => o.value === String(value))) throw invalid(`「${def.label}」只能选：${def.options.map((o) => o.label).join('、')}`)
    return typeof current === 'number' ? Number(value) : String(value)
  }
  const n = Number(value)
  if (!Number.isInteger(n)) throw invalid(`「${def.label}」应为整数`)
  if ((def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max)) throw invalid(`「${def.label}」应在 ${def.min}～${def.max} ${def.unit}之间`)
  return n
}

/** 改一条规则（一个组织，或 orgId 为 null 时对所有组织），新的一版；value 为 null 时恢复默认。 */
export function setRuleOverride(ctx: AppContext, input: RuleOverrideInput): RuleFileView[] {
  if (input.orgId && !orgStore.get(ctx.db, input.orgId)) throw notFound('党组织')
  const source = input.source?.trim() || null
  if (input.file === 'development') {
    if (!(ruleKeys as readonly string[]).includes(input.key)) throw invalid(`不认识的规则「${input.key}」`)
    if (input.value !== null && typeof input.value !== 'number') throw invalid('请填写数值')
    setDevelopmentOverride(ctx, { orgId: input.orgId, key: input.key as RuleKey, enabled: input.enabled, value: input.value, source })
    return listRules(ctx, input.orgId)
  }
  const data = FILES[input.file]
  const def = data.adjustable.find((d) => d.key === input.key)
  if (!def) throw invalid(`「${data.title}」里没有可调整的「${input.key}」`)
  const value = input.value === null ? null : checkGeneric(def, input.value, data)
  if (value !== null && !source) throw invalid(`调整「${def.label}」，请写明依据（地方规定的文件名或文号、本组织的决定）`)
  ctx.db.transaction(() => {
    const version = (ruleOverrideStore.history(ctx.db, input.file, def.key, input.orgId)[0]?.version ?? 0) + 1
    const row: OverrideRow = { id: randomUUID(), orgId: input.orgId, file: input.file, key: def.key, version, enabled: true, value, source, actor: ctx.actor, createdAt: nowStamp() }
    ruleOverrideStore.add(ctx.db, row)
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: `rule-${input.file}-${def.key}-${input.orgId ?? 'all'}`, action: 'update', after: row })
  })()
  return listRules(ctx, input.orgId)
}

