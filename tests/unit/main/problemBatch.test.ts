// 批量推进：勾选的问题一起走同一步、共用一份说明；有一条走不了就一条也不动，并说出是哪一条
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { saveOrg } from '../../../src/main/org/service'
import { createProblems, listProblems } from '../../../src/main/problems/service'
import { addDays } from '../../../src/shared/dates'
import { orgInput } from '../../../src/shared/org/schemas'
import { problemInput } from '../../../src/shared/problems/schemas'
import { TODAY, testContext } from '../../helpers/context'

function setup() {
  const ctx = testContext()
  const orgId = saveOrg(ctx, orgInput.parse({ name: '测试公司党支部', orgType: 'branch', setupMode: 'single' })).id
  const p = (description: string) => problemInput.parse({ orgId, source: 'self', description, severity: 'normal', deadline: addDays(TODAY, 30), foundDate: addDays(TODAY, -10) })
  const ids = createProblems(ctx, [p('主题党日记录缺签到表'), p('党费台账未更新'), p('党员活动室未挂党旗')])
  return { ctx, ids, d: createDispatch(ctx) }
}
const statuses = (ctx: ReturnType<typeof testContext>) => listProblems(ctx, {}).map((x) => x.status)
const logCount = (ctx: ReturnType<typeof testContext>) => (ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE entity = 'problem'").get() as { n: number }).n

describe('问题批量推进与销号', () => {
  it('三条一起推进、一起提交复核、一起销号，复核意见与佐证每条都有，每条都记变更', async () => {
    const { ctx, ids, d } = setup()
    const before = logCount(ctx)
    expect(await d('problems.transitionMany', { ids, to: 'in_progress' })).toEqual({ ok: true, data: { moved: 3 } })
    expect(await d('problems.transitionMany', { ids, to: 'awaiting_review', completedDate: addDays(TODAY, -1), evidence: '已补齐，见支部台账' })).toMatchObject({ ok: true })
    expect(await d('problems.transitionMany', { ids, to: 'closed', reviewer: '陈立新', reviewOpinion: '整改到位' })).toMatchObject({ ok: true })
    const rows = listProblems(ctx, {})
    expect(rows.map((r) => [r.status, r.evidence, r.reviewer, r.reviewOpinion, r.closedDate])).toEqual(ids.map(() => ['closed', '已补齐，见支部台账', '陈立新', '整改到位', TODAY]))
    expect(logCount(ctx)).toBe(before + 9)
  })

  it('有一条走不了（已在整改中的和待整改的混在一起提交复核）：一条也不动，说出是哪一条', async () => {
    const { ctx, ids, d } = setup()
    await d('problems.transitionMany', { ids: ids.slice(0, 2), to: 'in_progress' })
    const before = logCount(ctx)
    const r = (await d('problems.transitionMany', { ids, to: 'awaiting_review', completedDate: TODAY, evidence: '已整改' })) as { ok: false; error: { message: string } }
    expect(r.ok).toBe(false)
    expect(r.error.message).toMatch(/^ZG-\d{4}-0003：.*（勾选的问题都没有改动）$/)
    expect(statuses(ctx)).toEqual(['in_progress', 'in_progress', 'pending'])
    expect(logCount(ctx)).toBe(before)
  })

  it('没勾选、勾太多：拒绝', async () => {
    const { d } = setup()
    expect(await d('problems.transitionMany', { ids: [], to: 'in_progress' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('请先勾选问题') } })
  })
})
