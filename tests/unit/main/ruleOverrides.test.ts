// 规则的按组织调整：一个界面、每个规则文件、每次一版写明依据，引擎按组织用；迁移把原来的设置搬进来
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate } from '../../../src/main/checkups/templates'
import { migrate } from '../../../src/main/db/migrate'
import { migrations } from '../../../src/main/db/migrations'
import { developmentRules } from '../../../src/main/development/rules'
import { meetingCompliance } from '../../../src/main/meetings/reports'
import { saveMeeting } from '../../../src/main/meetings/service'
import { expectedRoster } from '../../../src/main/meetings/roster'
import { deleteOrg, listOrgs, saveOrg } from '../../../src/main/org/service'
import { purgeRecycled } from '../../../src/main/recycle/service'
import { orgInput } from '../../../src/shared/org/schemas'
import { effectiveRuleFile, listRules, setRuleOverride } from '../../../src/main/rules/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import type { TemplateItem } from '../../../src/shared/checkups/template'
import type { FrequencyRuleSet } from '../../../src/shared/meetings/rules'
import { meetingInput } from '../../../src/shared/meetings/schemas'
import { SCENARIO_DAY } from '../../helpers/clock'
import { testContext } from '../../helpers/context'

const PARK = 'd3e0a000-0000-4000-8000-000000000001'
const YOUTH = 'd3e0a000-0000-4000-8000-000000000002'
const OFFICE = 'd3e0a000-0000-4000-8000-000000000005'

function demo() {
  const ctx = testContext(undefined, SCENARIO_DAY) // 按示例数据的 2026 年写的预期
  loadDemo(ctx)
  return ctx
}

describe('一个界面：每个规则文件的可调项，带依据与来源', () => {
  it('发展党员、组织生活频次、民主评议、学时、任期、党费都在；每项都有依据或地方规定的说明', () => {
    const ctx = demo()
    const files = listRules(ctx, null)
    expect(files.map((f) => f.file)).toEqual(['development', 'meeting-frequency', 'democratic-review', 'education-hours', 'org-terms', 'dues'])
    for (const f of files) for (const e of f.entries) expect(e.clause && e.source, `${f.file}.${e.key}`).toBeTruthy()
    const lecture = files.find((f) => f.file === 'meeting-frequency')!.entries.find((e) => e.key === 'lecture.period')!
    expect(lecture).toMatchObject({ value: 'quarter', local: true, adjustable: true, clause: '地方规定' })
    const dev = files[0].entries.find((e) => e.key === 'dev_object_earliest')!
    expect(dev).toMatchObject({ adjustable: false, clause: '细则第三章第十三条' })
  })
})

describe('党课频次按组织调整：写明依据，一版一版存着，频次核对按调整后的算', () => {
  it('园区综合党委把党课改为每年 2 次：下属支部沿用；没写依据、超出范围、不认识的选项被拒绝', () => {
    const ctx = demo()
    expect(() => setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.count', orgId: PARK, enabled: true, value: 2, source: null })).toThrow(/请写明依据/)
    expect(() => setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.count', orgId: PARK, enabled: true, value: 40, source: '某文件' })).toThrow(/应在 1～12 次之间/)
    expect(() => setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.period', orgId: PARK, enabled: true, value: 'week', source: '某文件' })).toThrow(/只能选：每月、每季度、每年/)
    expect(() => setRuleOverride(ctx, { file: 'dues', key: 'roundTo.fen', orgId: PARK, enabled: true, value: 10, source: '某文件' })).toThrow(/没有可调整的「roundTo.fen」/)
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM rule_overrides').get()).toEqual({ n: 0 })
    const source = '嘉州高新区党建工作规范（示例）：党课每年不少于两次'
    setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.period', orgId: PARK, enabled: true, value: 'year', source })
    const list = setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.count', orgId: PARK, enabled: true, value: 2, source })
    expect(list.find((f) => f.file === 'meeting-frequency')!.entries.find((e) => e.key === 'lecture.count')).toMatchObject({ value: 2, override: { orgName: '嘉州高新区企业综合党委', version: 1, source } })
    const lecture = (orgId: string | null) => effectiveRuleFile<FrequencyRuleSet>(ctx, 'meeting-frequency', orgId).rules.find((r) => r.type === 'lecture')
    expect(lecture(OFFICE)).toMatchObject({ period: 'year', count: 2 })
    expect(lecture(null)).toMatchObject({ period: 'quarter', count: 1 })
    const rule = meetingCompliance(ctx, OFFICE, 2026).rules.find((r) => r.type === 'lecture')!
    expect(rule).toMatchObject({ period: 'year', count: 2 })
    expect(rule.periods).toHaveLength(1)
    // 体检 C1.4：模板的一年 4 次与规则文件一致，跟着改为一年 2 次
    const c14 = getTemplate(ctx, 'c4ec0000-0000-4000-8000-000000000002').body.items.find((i) => i.code === 'C1.4')!
    expect(suggestScores(ctx, OFFICE, '2026-11-25', [c14])['C1.4'].explanation).toMatch(/应不少于 2 次/)
    expect(suggestScores(ctx, 'd3e0a000-0000-4000-8000-000000000009', '2026-11-25', [c14])['C1.4'].explanation).toMatch(/应不少于 2 次/)
    // 支部自己再改：以支部的为准；恢复默认后回到上级的
    setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.period', orgId: OFFICE, enabled: true, value: 'quarter', source: '本支部党员大会决定（示例）' })
    expect(lecture(OFFICE)).toMatchObject({ period: 'quarter', count: 2 })
    setRuleOverride(ctx, { file: 'meeting-frequency', key: 'lecture.period', orgId: OFFICE, enabled: true, value: null, source: null })
    expect(lecture(OFFICE)).toMatchObject({ period: 'year' })
    expect(ctx.db.prepare("SELECT version, value_json AS v FROM rule_overrides WHERE org_id = ? AND rule_key = 'lecture.period' ORDER BY version").all(OFFICE)).toEqual([
      { version: 1, v: '"quarter"' }, { version: 2, v: 'null' }
    ])
  })
})

describe('其他规则文件的调整被引擎用上', () => {
  it('换届提前提醒月数：按组织调整后组织列表的换届状态跟着变（上级调整、下级沿用）', () => {
    const ctx = demo()
    // 青年党支部任期 3 年，2027-08-25 到期：离今天（2026-11-25）9 个月
    ctx.db.prepare('UPDATE orgs SET last_election_date = ?, term_years = NULL WHERE id = ?').run('2024-08-25', YOUTH)
    const status = () => listOrgs(ctx).find((o) => o.id === YOUTH)!
    expect(status()).toMatchObject({ electionDue: '2027-08-25', electionStatus: 'ok' })
    setRuleOverride(ctx, { file: 'org-terms', key: 'remindMonthsBefore', orgId: PARK, enabled: true, value: 12, source: '园区要求提前一年准备换届（示例）' })
    expect(status().electionStatus).toBe('soon')
    setRuleOverride(ctx, { file: 'org-terms', key: 'termYears.branch', orgId: YOUTH, enabled: true, value: 5, source: '上级党组织批复的任期（示例）' })
    expect(status()).toMatchObject({ electionDue: '2029-08-25', electionStatus: 'ok' })
  })
  it('民主评议：优秀比例按组织的规则、分母是全体党员；学时标准按组织调整后体检建议分跟着变', () => {
    const ctx = demo()
    const roster = expectedRoster(ctx, OFFICE, '2026-11-20', 'review')
    const full = roster.filter((r) => r.category === 'full')
    const base = { orgId: OFFICE, type: 'review', topic: '2026 年度民主评议党员', date: '2026-11-20', place: null, host: null, recorder: null, lecturer: null, hours: null, content: null, discussion: null, decisions: null, guests: null, present: roster.map((r) => r.id), absent: [], lifeSteps: [], rectifications: [] }
    const max = Math.floor(roster.length / 3)
    const grades = (n: number) => full.map((r, i) => ({ memberId: r.id, grade: i < n ? 'excellent' : 'qualified' }))
    saveMeeting(ctx, meetingInput.parse({ ...base, grades: grades(max) }))
    const item = { code: 'C3.2', score: 2, metric: 'meetings.democraticReview' } as TemplateItem
    expect(suggestScores(ctx, OFFICE, '2026-11-25', [item])['C3.2']).toMatchObject({ score: 2, explanation: expect.stringContaining(`党员总数 ${roster.length} 人，未超过党员总数的 1/3`) })
    setRuleOverride(ctx, { file: 'democratic-review', key: 'excellentMaxDenominator', orgId: OFFICE, enabled: true, value: 5, source: '本地民主评议办法（示例）' })
    expect(suggestScores(ctx, OFFICE, '2026-11-25', [item])['C3.2']).toMatchObject({ score: 1, explanation: expect.stringMatching(/超过党员总数的 1\/5（「一般不超过」，请核实），扣 1/) })
    const hours = { code: 'B1.3', score: 3, metric: 'education.hours' } as TemplateItem
    const before = suggestScores(ctx, OFFICE, '2026-11-25', [hours])['B1.3']!
    setRuleOverride(ctx, { file: 'education-hours', key: 'memberHours', orgId: OFFICE, enabled: true, value: 8, source: '测试用的低标准（示例）' })
    setRuleOverride(ctx, { file: 'education-hours', key: 'leaderHours', orgId: OFFICE, enabled: true, value: 8, source: '测试用的低标准（示例）' })
    const after = suggestScores(ctx, OFFICE, '2026-11-25', [hours])['B1.3']!
    expect(after.explanation).toMatch(/党员 8 学时、书记和委员 8 学时/)
    expect(after.score).toBeGreaterThanOrEqual(before.score)
  })
})

describe('第 14 版迁移：原来存在设置里的发展党员规则改动搬进 rule_overrides（对所有组织），2026 规则集改名「未核实」', () => {
  it('升级前开启的地方规则和选用的规则集都保留', () => {
    const db = new Database(':memory:')
    migrate(db, { migrations: migrations.filter((m) => m.version < 14) })
    db.prepare("INSERT INTO settings (key, value) VALUES ('development.rules', ?)").run(JSON.stringify({ version: '2026.05-待核实', overrides: [{ key: 'activist_min_wait', enabled: true, value: 6 }] }))
    migrate(db)
    expect(db.prepare('SELECT org_id, rule_file, rule_key, version, enabled, value_json, source FROM rule_overrides').all()).toEqual([
      { org_id: null, rule_file: 'development', rule_key: 'activist_min_wait', version: 1, enabled: 1, value_json: '6', source: '升级前「发展党员 · 规则设置」里的改动' }
    ])
    expect(JSON.parse((db.prepare("SELECT value FROM settings WHERE key = 'development.rules'").get() as { value: string }).value)).toEqual({ version: '2026.05-未核实' })
  })
  it('迁移后的改动被引擎用上', () => {
    const ctx = demo()
    ctx.db.prepare("INSERT INTO rule_overrides (id, org_id, rule_file, rule_key, version, enabled, value_json, source, actor, created_at) VALUES ('x', NULL, 'development', 'activist_min_wait', 1, 1, '6', '升级前的改动', '升级', '2026-11-01 10:00:00')").run()
    expect(developmentRules(ctx, YOUTH).active.rules.activist_min_wait).toMatchObject({ enabled: true, value: 6 })
  })
})

describe('组织彻底删除时，它的规则调整一并删除（不挡住彻底删除）', () => {
  it('新设党支部开启过地方规则：删除、彻底删除都成功，调整记录随之删除；所有组织的调整不受影响', () => {
    const ctx = demo()
    const orgId = saveOrg(ctx, orgInput.parse({ name: '新设党支部', orgType: 'branch', setupMode: 'single', parentId: PARK })).id
    setRuleOverride(ctx, { file: 'development', key: 'thought_report_interval', orgId, enabled: true, value: 3, source: '示例' })
    setRuleOverride(ctx, { file: 'org-terms', key: 'remindMonthsBefore', orgId: null, enabled: true, value: 9, source: '示例' })
    deleteOrg(ctx, orgId)
    purgeRecycled(ctx, { entity: 'org', id: orgId })
    expect(ctx.db.prepare('SELECT rule_key, org_id FROM rule_overrides').all()).toEqual([{ rule_key: 'remindMonthsBefore', org_id: null }])
  })
})
