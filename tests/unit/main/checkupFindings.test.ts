// 建议分的两种文字：屏幕上的算法说明（时段、人数、算式）与「采用」时写进扣分原因的问题描述；后者会印在体检表和整改通知上，不能带算法痕迹
import { describe, expect, it } from 'vitest'
import { getTemplate } from '../../../src/main/checkups/templates'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { loadDemo } from '../../../src/main/seeds/demo'
import { testContext } from '../../helpers/context'
import { STRESS_YEAR, buildStress } from '../../helpers/stress'

const DEFAULT = 'c4ec0000-0000-4000-8000-000000000001'
// what working looks like: the period, a formula, a count of points, the software speaking of itself, an ISO date
const TRACE = /体检日前|×|=|\/ \d|扣 \d|每[处人项次]扣|软件|按满分|\d{4}-\d{2}-\d{2}/

describe('建议分：扣分时给出写在纸上的问题描述', () => {
  it('压力数据（300 名党员、无党费台账、学时不足……）：每一项扣分的建议都有问题描述，描述里没有算法', () => {
    const ctx = testContext()
    const { branchId } = buildStress(ctx)
    const items = getTemplate(ctx, DEFAULT).body.items
    const suggestions = suggestScores(ctx, branchId, `${STRESS_YEAR}-11-20`, items)
    const deducted = items.filter((i) => suggestions[i.code] && suggestions[i.code].score < i.score)
    expect(deducted.map((i) => i.code)).toEqual(expect.arrayContaining(['B1.3', 'E2.2']))
    for (const i of deducted) {
      const s = suggestions[i.code]
      expect(s.finding, i.code).toBeTruthy()
      expect(s.finding, `${i.code}：${s.finding}`).not.toMatch(TRACE)
      expect(s.explanation, i.code).not.toBe(s.finding) // the working stays on screen
    }
  })

  it('示例数据的每个党组织：同样', () => {
    const ctx = testContext()
    loadDemo(ctx)
    const items = getTemplate(ctx, DEFAULT).body.items
    const orgs = ctx.db.prepare('SELECT id FROM orgs WHERE deleted_at IS NULL').all() as { id: string }[]
    let seen = 0
    for (const { id } of orgs) {
      const suggestions = suggestScores(ctx, id, '2026-11-20', items)
      for (const i of items) {
        const s = suggestions[i.code]
        if (!s || s.score >= i.score) continue
        seen++
        expect(s.finding, `${id} ${i.code}：${s.explanation}`).toBeTruthy()
        expect(s.finding, `${i.code}：${s.finding}`).not.toMatch(TRACE)
      }
    }
    expect(seen).toBeGreaterThan(3)
  })
})
