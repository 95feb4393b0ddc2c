// 发展党员的步骤表、规则集和节假日日历：数据在 seeds/rules，这里读入；选用哪套规则集存在 settings 表，
// 各组织对规则的改动（地方规则开关、未核实规则集的调整）存在 rule_overrides，按组织（含上级）取用
import { randomUUID } from 'node:crypto'
import steps from '../../../seeds/rules/development-steps.json'
import rules2014 from '../../../seeds/rules/development-2014.json'
import rules2026 from '../../../seeds/rules/development-2026-draft.json'
import holidays from '../../../seeds/rules/holidays.json'
import regulations from '../../../seeds/rules/regulations.json'
import { invalid, notFound } from '../../shared/errors'
import { ruleSetOf } from '../../shared/development/citations'
import type { EngineData } from '../../shared/development/engine'
import { applyOverrides, checkOverride } from '../../shared/development/rules'
import type { DevRules } from '../../shared/development/schemas'
import type { HolidayCalendar, RegulationDoc, RuleKey, RuleOverride, RuleSet, RuleSetData, StepTable } from '../../shared/development/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgStore } from '../org/store'
import { overridesByOrg, overridesFor } from '../rules/overrides'
import { ruleOverrideStore } from '../rules/store'

export const stepTable = steps as StepTable
export const regulationDocs = regulations.documents as RegulationDoc[]
export const ruleSets: RuleSet[] = [rules2014, rules2026].map((r) => ruleSetOf(r as RuleSetData, regulationDocs))
export const holidayCalendar: HolidayCalendar = holidays
export const RULE_FILE = 'development'
const KEY = 'development.rules'

function chosenSet(ctx: AppContext): RuleSet {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined
  const version = row ? (JSON.parse(row.value) as { version?: string }).version : undefined
  return ruleSets.find((r) => r.version === version) ?? ruleSets[0]
}

const asOverrides = (rows: ReturnType<typeof overridesFor>): RuleOverride[] =>
  [...rows.values()].map((r) => ({ key: r.key as RuleKey, enabled: r.enabled, value: Number(r.value), source: r.source ?? undefined }))

/** The rule set in force for an organisation (null: for all), with the overrides of it and its parents applied. */
export function activeRules(ctx: AppContext, orgId: string | null = null): RuleSet {
  return applyOverrides(chosenSet(ctx), asOverrides(overridesFor(ctx, RULE_FILE, orgId)))
}

export function engineData(ctx: AppContext, orgId: string | null): EngineData {
  return { rules: activeRules(ctx, orgId), steps: stepTable.steps, calendar: holidayCalendar }
}

/** Engine data per organisation, memoised for one request that looks at many people. */
export function engineFor(ctx: AppContext): (orgId: string) => EngineData {
  const base = chosenSet(ctx)
  const byOrg = overridesByOrg(ctx, RULE_FILE)
  const memo = new Map<string, EngineData>()
  return (orgId) => {
    if (!memo.has(orgId)) memo.set(orgId, { rules: applyOverrides(base, asOverrides(byOrg(orgId))), steps: stepTable.steps, calendar: holidayCalendar })
    return memo.get(orgId)!
  }
}

export function developmentRules(ctx: AppContext, orgId: string | null = null): DevRules {
  return {
    steps: stepTable,
    ruleSets,
    active: activeRules(ctx, orgId),
    overrides: asOverrides(overridesFor(ctx, RULE_FILE, orgId)),
    calendar: holidayCalendar,
    documents: regulationDocs
  }
}

/** 选用规则集（2014 现行 / 2026 未核实）：对本机所有组织。 */
export function setDevelopmentRules(ctx: AppContext, input: { version: string }): DevRules {
  const set = ruleSets.find((r) => r.version === input.version)
  if (!set) throw invalid(`没有「${input.version}」这套规则`)
  ctx.db.transaction(() => {
    const before = chosenSet(ctx).version
    ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify({ version: set.version }))
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: KEY, action: 'update', before: { version: before }, after: { version: set.version } })
  })()
  return developmentRules(ctx)
}

/** 改一条发展党员规则（一个组织或所有组织），新的一版；value null 恢复为默认。 */
export function setDevelopmentOverride(ctx: AppContext, input: { orgId: string | null; key: RuleKey; enabled: boolean; value: number | null; source: string | null }): void {
  if (input.orgId && !orgStore.get(ctx.db, input.orgId)) throw notFound('党组织')
  const set = chosenSet(ctx)
  if (input.value !== null) {
    const why = checkOverride(set, { key: input.key, enabled: input.enabled, value: input.value, source: input.source ?? undefined })
    if (why) throw invalid(why)
  } else if (!set.rules[input.key]) throw invalid(`不认识的规则「${input.key}」`)
  ctx.db.transaction(() => {
    const version = (ruleOverrideStore.history(ctx.db, RULE_FILE, input.key, input.orgId)[0]?.version ?? 0) + 1
    const row = { id: randomUUID(), orgId: input.orgId, file: RULE_FILE, key: input.key, version, enabled: input.enabled, value: input.value, source: input.source?.trim() || null, actor: ctx.actor, createdAt: nowStamp() }
    ruleOverrideStore.add(ctx.db, row)
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: `rule-${RULE_FILE}-${input.key}-${input.orgId ?? 'all'}`, action: 'update', after: row })
  })()
}
