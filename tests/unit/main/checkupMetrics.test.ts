import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate } from '../../../src/main/checkups/templates'
import { savePlan } from '../../../src/main/development/reminders'
import { saveRecord, savePerson } from '../../../src/main/development/service'
import { expectedRoster } from '../../../src/main/meetings/roster'
import { saveMeeting } from '../../../src/main/meetings/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { devPersonInput, devRecordInput } from '../../../src/shared/development/schemas'
import { meetingInput } from '../../../src/shared/meetings/schemas'
import { testContext } from '../../helpers/context'
import { YOUTH_BRANCH, applicant } from '../../helpers/development'

const WORKS = 'd3e0a000-0000-4000-8000-000000000004' // 生产第一党支部：示例数据里有 2026 年 6–10 月的会议，书记姚子轩
const OFFICE = 'd3e0a000-0000-4000-8000-000000000005' // 机关党支部：没有会议记录、没有党小组长
const ENTERPRISE_COMMITTEE = 'd3e0a000-0000-4000-8000-000000000003'
const DEFAULT = 'c4ec0000-0000-4000-8000-000000000001'
const CHECK_DATE = '2026-11-20'

function setup(): AppContext {
  const ctx = testContext()
  loadDemo(ctx)
  ctx.db.exec('DELETE FROM dev_records; DELETE FROM dev_people; DELETE FROM dev_plans')
  return ctx
}
const suggest = (ctx: AppContext, orgId: string, date = CHECK_DATE) => suggestScores(ctx, orgId, date, getTemplate(ctx, DEFAULT).body.items)

/** A meeting with everyone on the roster present. */
function hold(ctx: AppContext, orgId: string, o: Record<string, unknown> & { type: string; date: string }) {
  const roster = expectedRoster(ctx, orgId, o.date, o.type)
  return saveMeeting(ctx, meetingInput.parse({ orgId, topic: '会议', ...o, present: roster.map((r) => r.id), absent: [] }))
}

describe('自动预评：组织生活（体检日前 12 个月）', () => {
  it('支委会、党员大会、党小组会、主题党日按次数折算；多开一次，建议分跟着加', () => {
    const ctx = setup()
    const s = suggest(ctx, WORKS)
    expect(s['C1.1']).toEqual({
      score: 0.5,
      explanation: '登记支委会 5 次，应不少于 10 次；少 5 次，每次扣 0.5（体检日前 12 个月：2025-11-21 至 2026-11-20）',
      finding: '近一年支委会开了 5 次，少于应开的 10 次' // what 「采用」 writes on the form
    })
    expect(s['C1.2'].score).toBe(1)
    expect(s['C1.3'].score).toBe(0.5)
    expect(s['C2.1'].score).toBe(1.5)
    hold(ctx, WORKS, { type: 'committee', date: '2026-11-10' })
    expect(suggest(ctx, WORKS)['C1.1'].score).toBe(1)
  })

  it('时间段的边界：体检日前 12 个月的第一天算，再早一天不算', () => {
    const ctx = setup()
    hold(ctx, WORKS, { type: 'general', date: '2025-11-20' })
    expect(suggest(ctx, WORKS)['C1.2'].score).toBe(1)
    hold(ctx, WORKS, { type: 'general', date: '2025-11-21' })
    expect(suggest(ctx, WORKS)['C1.2'].score).toBe(1.5)
  })

  it('成立不满一年：应开次数按月折算', () => {
    const ctx = setup()
    ctx.db.prepare("UPDATE orgs SET established_date = '2026-06-01' WHERE id = ?").run(WORKS)
    const s = suggest(ctx, WORKS)
    expect(s['C1.1'].explanation).toBe('登记支委会 5 次，应不少于 5 次（成立以来约 6 个月：2026-06-01 至 2026-11-20）')
    expect(s['C1.1'].score).toBe(3)
  })

  it('没有党小组长视为未设党小组，党小组会按满分；支委会、党课缺了照扣', () => {
    const s = suggest(setup(), OFFICE)
    expect(s['C1.3']).toEqual({ score: 2, explanation: '花名册里没有党小组长，视为未设党小组，按满分' })
    expect(s['C1.1'].score).toBe(0)
    expect(s['C1.4']).toMatchObject({ score: 0 })
    expect(s['C1.4'].explanation).toContain('没有书记龚明辉讲党课的记录，扣 1')
  })

  it('党课：书记讲过不扣；换了书记，原来的党课不算书记讲的', () => {
    const ctx = setup()
    expect(suggest(ctx, WORKS)['C1.4']).toMatchObject({ score: 1.5 })
    expect(suggest(ctx, WORKS)['C1.4'].explanation).toContain('书记姚子轩讲过党课')
    ctx.db.prepare("UPDATE orgs SET secretary = '赵新' WHERE id = ?").run(WORKS)
    expect(suggest(ctx, WORKS)['C1.4'].score).toBe(0.5)
  })

  it('组织生活会：没开 0 分；缺的环节逐项扣；民主评议开了满分', () => {
    const ctx = setup()
    expect(suggest(ctx, WORKS)['C3.1'].score).toBe(0)
    expect(suggest(ctx, WORKS)['C3.2'].score).toBe(0)
    hold(ctx, WORKS, { type: 'life', date: '2026-11-18', topic: '2026 年度组织生活会', lifeSteps: ['study', 'talks'] })
    const s = suggest(ctx, WORKS)
    expect(s['C3.1'].score).toBe(1)
    expect(s['C3.1'].explanation).toMatch(/^2026-11-18 召开组织生活会，缺.+、.+的记录，每项扣 1$/)
    const full = expectedRoster(ctx, WORKS, '2026-11-18', 'review').filter((r) => r.voting)
    hold(ctx, WORKS, { type: 'review', date: '2026-11-18', grades: full.map((r, i) => ({ memberId: r.id, grade: i < 2 ? 'excellent' : 'qualified' })) })
    const all = expectedRoster(ctx, WORKS, '2026-11-18', 'review').length
    expect(suggest(ctx, WORKS)['C3.2']).toEqual({ score: 2, explanation: `2026-11-18 开展民主评议，评为优秀 2 人，党员总数 ${all} 人，未超过党员总数的 1/3` })
  })

  it('学时：得分 = 3 × 达标人数 / 应达标人数', () => {
    const ctx = setup()
    const s = suggest(ctx, WORKS)
    expect(s['B1.3'].score).toBe(2.25)
    expect(s['B1.3'].explanation).toBe('应达标 16 人，达标 12 人（党员 32 学时、书记和委员 56 学时）；3 × 12 / 16 = 2.25（体检日前 12 个月：2025-11-21 至 2026-11-20）')
    expect(suggest(ctx, OFFICE)['B1.3'].score).toBe(0)
  })

  it('是否应设支委会看正式党员：正式党员不足 7 名时 A2.2 不扣分，与 C1.1 一致', () => {
    const ctx = setup()
    const full = ctx.db.prepare("SELECT id FROM members WHERE org_id = ? AND category = 'full' AND deleted_at IS NULL LIMIT 4").all(OFFICE) as { id: string }[]
    for (const m of full) ctx.db.prepare("UPDATE members SET category = 'probationary', full_date = NULL WHERE id = ?").run(m.id)
    const s = suggest(ctx, OFFICE)
    expect(s['A2.2']).toEqual({ score: 2, explanation: '正式党员 6 名，不足 7 名，不要求设支委会' })
    expect(s['C1.1'].explanation).toContain('不设支委会')
  })

  it('党委的组织生活按下属支部体检：不给建议分，留给人工', () => {
    const s = suggest(setup(), ENTERPRISE_COMMITTEE)
    for (const code of ['C1.1', 'C1.2', 'C1.3', 'C1.4', 'C2.1', 'C3.1', 'C3.2']) expect(s[code], code).toBeUndefined()
  })
})

describe('自动预评：发展党员', () => {
  const applyOn = (ctx: AppContext, date: string) => {
    const { id } = savePerson(ctx, devPersonInput.parse(applicant))
    saveRecord(ctx, devRecordInput.parse({ personId: id, step: 'apply', date }))
    return id
  }

  it('没有计划扣 1，填了计划满分', () => {
    const ctx = setup()
    expect(suggest(ctx, YOUTH_BRANCH)['B2.1']).toMatchObject({ score: 1 })
    savePlan(ctx, { orgId: YOUTH_BRANCH, year: 2026, planned: 2 })
    expect(suggest(ctx, YOUTH_BRANCH)['B2.1']).toEqual({ score: 2, explanation: '已填 2026 年发展党员计划（计划发展 2 名）；四本名册是否完整请人工核对' })
  })

  it('递交申请书后一个月内没有谈话：逾期一处扣 1，写明是谁；新申请人让 B2.3 满分', () => {
    const ctx = setup()
    expect(suggest(ctx, YOUTH_BRANCH)['B2.2']).toMatchObject({ score: 4 })
    expect(suggest(ctx, YOUTH_BRANCH)['B2.3']).toMatchObject({ score: 0 })
    applyOn(ctx, '2026-09-01')
    const s = suggest(ctx, YOUTH_BRANCH)
    expect(s['B2.2'].score).toBe(3)
    expect(s['B2.2'].explanation).toMatch(/^逾期或不合规 1 处，每处扣 1：唐晓雨：.+（应于 2026-10-01）$/)
    expect(s['B2.3']).toEqual({ score: 2, explanation: '新递交入党申请书 1 人（体检日前 12 个月：2025-11-21 至 2026-11-20）' })
    // 体检日在谈话期限之前：还不算逾期
    expect(suggest(ctx, YOUTH_BRANCH, '2026-09-20')['B2.2'].score).toBe(4)
  })

  it('违规只算体检日前 12 个月里登记的：两年前缺登记谈话，去年的体检扣过，今年不再扣', () => {
    const ctx = setup()
    const id = applyOn(ctx, '2024-03-01')
    saveRecord(ctx, devRecordInput.parse({ personId: id, step: 'activist', date: '2024-10-08', recommendWay: 'party_member' }))
    expect(suggest(ctx, YOUTH_BRANCH, '2024-12-01')['B2.2'].explanation).toContain('缺少「')
    expect(suggest(ctx, YOUTH_BRANCH, '2025-12-01')['B2.2'].explanation).not.toContain('缺少「')
  })

  it('一年以前递交的申请不算新申请', () => {
    const ctx = setup()
    applyOn(ctx, '2025-11-20')
    expect(suggest(ctx, YOUTH_BRANCH)['B2.3'].score).toBe(0)
  })
})
