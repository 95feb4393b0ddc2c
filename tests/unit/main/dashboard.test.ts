import { describe, expect, it } from 'vitest'
import { dashboardSummary } from '../../../src/main/dashboard/service'
import { createProblems } from '../../../src/main/problems/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import demo from '../../../seeds/demo/demo.json'
import { problemInput } from '../../../src/shared/problems/schemas'
import { testContext } from '../../helpers/context'

const orgByName = (name: string): string => demo.orgs.find((o) => o.name === name)!.id

describe('首页概况', () => {
  it('示例数据：计数与党员结构加起来等于党员数；换届到期的组织出现在待办里，逾期在前', () => {
    const ctx = testContext()
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
    const ctx = testContext()
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
})
