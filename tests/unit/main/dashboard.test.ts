import { describe, expect, it } from 'vitest'
import { dashboardSummary } from '../../../src/main/dashboard/service'
import { createProblems } from '../../../src/main/problems/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import demo from '../../../seeds/demo/demo.json'
import { problemInput } from '../../../src/shared/problems/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const orgByName = (name: string): string => demo.orgs.find((o) => o.name === name)!.id

describe('首页概况', () => {
  it('示例数据：计数与党员结构加起来等于党员数；换届到期的组织出现在待办里，逾期在前', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const s = dashboardSummary(ctx, {})
    expect(s.counts.orgs).toBe(demo.orgs.length)
    expect(s.counts.fullMembers + s.counts.probationary).toBe(s.counts.members)
    expect(s.education.reduce((a, b) => a + b.value, 0)).toBe(s.counts.members)
    expect(s.age.reduce((a, b) => a + b.value, 0)).toBe(s.counts.members)
    const elections = s.todos.filter((t) => t.kind === '换届')
    expect(elections.length).toBeGreaterThan(0)
    const levels = s.todos.map((t) => t.level)
    expect(levels).toEqual([...levels].sort((a, b) => (a === b ? 0 : a === 'overdue' ? -1 : 1)))
    for (const t of elections.filter((e) => e.level === 'overdue')) expect(t.date! <= s.today).toBe(true)
  })

  it('整改问题：逾期和 30 天内到期的进待办，已销号和远期的不进；范围只算所选组织及下级', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    ctx.db.exec('DELETE FROM problems') // 示例体检转来的问题不算在这里的计数里
    const a = orgByName('峨眉智能装备党支部')
    const b = orgByName('大渡河食品党支部')
    const p = (orgId: string, deadline: string, description: string) =>
      problemInput.parse({ orgId, source: 'self', description, severity: 'normal', deadline, foundDate: '2026-10-01' })
    createProblems(ctx, [p(a, '2026-11-20', '主题党日记录缺签到表'), p(a, '2026-12-20', '党费台账未更新'), p(b, '2027-06-30', '阵地建设不达标')])
    const all = dashboardSummary(ctx, {})
    const rect = all.todos.filter((t) => t.kind === '整改')
    expect(rect.map((t) => [t.level, t.title.replace(/^ZG-\d{4}-\d{4} /, '')])).toEqual([
      ['overdue', '主题党日记录缺签到表'],
      ['soon', '党费台账未更新']
    ])
    expect(all.problems).toMatchObject({ open: 3, overdue: 1 })
    const onlyB = dashboardSummary(ctx, { orgId: b })
    expect(onlyB.counts.orgs).toBe(1)
    expect(onlyB.problems.open).toBe(1)
    expect(onlyB.todos.filter((t) => t.kind === '整改')).toEqual([])
    expect(onlyB.counts.members).toBe(demo.members.filter((m) => m.orgId === b).length)
  })

  it('预备党员转正：花名册上预备期满未转正的进待办；转入的可推迟 6 个月；发展党员里有记录的不重复提醒', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const probationers = ctx.db.prepare("SELECT id, name FROM members WHERE category = 'probationary' ORDER BY name_pinyin LIMIT 3").all() as { id: string; name: string }[]
    const [a, b, c] = probationers
    const set = ctx.db.prepare('UPDATE members SET join_date = ?, transfer_in_date = ? WHERE id = ?')
    set.run('2025-11-01', null, a.id) // 2026-11-01 期满，TODAY 2026-11-25 已过
    set.run('2025-08-01', '2026-03-01', b.id) // 转入：2026-08-01 期满，可推迟到 2027-02-01
    set.run('2025-12-20', null, c.id) // 2026-12-20 期满，30 天内
    const todos = () => dashboardSummary(ctx, {}).todos.filter((t) => t.kind === '预备党员转正').map((t) => [t.level, t.title, t.route])
    expect(todos()).toEqual([
      ['overdue', `${a.name}：预备期已于 2026-11-01 期满，尚未讨论转正`, `/members?card=${a.id}`],
      ['soon', `${c.name}：预备期 2026-12-20 期满，请及时讨论转正`, `/members?card=${c.id}`],
      ['soon', `${b.name}：预备期已于 2026-08-01 期满；转入的预备党员可推迟讨论转正，最迟 2027-02-01`, `/members?card=${b.id}`]
    ])
    ctx.db.prepare("UPDATE members SET category = 'full', full_date = '2026-11-01' WHERE id = ?").run(a.id)
    ctx.db.prepare("INSERT INTO dev_people (id, org_id, name, id_number, gender, ethnicity, birth_date, member_id, created_at, updated_at) SELECT 'd3e0a000-0000-4000-8000-0000000fffff', org_id, name, id_number, gender, ethnicity, birth_date, id, '2026-01-01', '2026-01-01' FROM members WHERE id = ?").run(c.id)
    expect(todos().map((t) => t[1])).toEqual([expect.stringContaining(b.name)])
  })
})
