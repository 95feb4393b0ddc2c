// 发展党员的步骤表、规则集和节假日日历：数据在 seeds/rules，这里读入；当前规则集与地方规则的改动存在 settings 表
import steps from '../../../seeds/rules/development-steps.json'
import rules2014 from '../../../seeds/rules/development-2014.json'
import rules2026 from '../../../seeds/rules/development-2026-draft.json'
import holidays from '../../../seeds/rules/holidays.json'
import { invalid } from '../../shared/errors'
import type { EngineData } from '../../shared/development/engine'
import { applyOverrides, checkOverride } from '../../shared/development/rules'
import type { DevRules, RulesInput } from '../../shared/development/schemas'
import type { HolidayCalendar, RuleOverride, RuleSet, StepTable } from '../../shared/development/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'

export const stepTable = steps as StepTable
export const ruleSets = [rules2014, rules2026] as RuleSet[]
export const holidayCalendar: HolidayCalendar = holidays
const KEY = 'development.rules'

type Stored = { version: string; overrides: RuleOverride[] }

function stored(ctx: AppContext): Stored {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined
  const s = row ? (JSON.parse(row.value) as Stored) : null
  if (!s || !ruleSets.some((r) => r.version === s.version)) return { version: ruleSets[0].version, overrides: [] }
  return s
}

/** The rule set in force, with the user's local changes applied. */
export function activeRules(ctx: AppContext): RuleSet {
  const s = stored(ctx)
  return applyOverrides(ruleSets.find((r) => r.version === s.version)!, s.overrides)
}

export function engineData(ctx: AppContext): EngineData {
  return { rules: activeRules(ctx), steps: stepTable.steps, calendar: holidayCalendar }
}

export function developmentRules(ctx: AppContext): DevRules {
  const s = stored(ctx)
  return {
    steps: stepTable,
    ruleSets,
    active: activeRules(ctx),
    overrides: s.overrides,
    calendar: holidayCalendar
  }
}

export function setDevelopmentRules(ctx: AppContext, input: RulesInput): DevRules {
  const set = ruleSets.find((r) => r.version === input.version)
  if (!set) throw invalid(`没有「${input.version}」这套规则`)
  for (const o of input.overrides) {
    const why = checkOverride(set, o)
    if (why) throw invalid(why)
  }
  ctx.db.transaction(() => {
    const before = stored(ctx)
    const after: Stored = { version: input.version, overrides: input.overrides }
    ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(after))
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: KEY, action: 'update', before, after })
  })()
  return developmentRules(ctx)
}
