// 体检模板 2026.2：说「自动」的项都有指标；A3.2 议题前置、D2.1 经营分析会有建议分；E3.2 不再指向「§5 清单」；用过的 2026.1 一字不改
import { describe, expect, it } from 'vitest'
import v1 from '../../../seeds/checkup-templates/default-2026.1.json'
import v2 from '../../../seeds/checkup-templates/default-2026.2.json'
import { saveAnalysisMeeting } from '../../../src/main/analysis/service'
import { METRICS, suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate, listTemplates } from '../../../src/main/checkups/templates'
import { saveConsultation } from '../../../src/main/consultations/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { analysisInput } from '../../../src/shared/analysis/schemas'
import { consultationInput } from '../../../src/shared/consultations/schemas'
import { testContext } from '../../helpers/context'

const V2 = 'c4ec0000-0000-4000-8000-000000000002'
const SMART = 'd3e0a000-0000-4000-8000-000000000009' // 峨眉智能装备党支部

describe('体检模板 2026.2', () => {
  it('随软件发布，和 2026.1 并列；2026.1 的文字不变', () => {
    const ctx = testContext()
    const list = listTemplates(ctx)
    expect(list.map((t) => [t.version, t.shipped, t.fullMarks, t.itemCount])).toEqual([['2026.1', true, 100, 42], ['2026.2', true, 100, 42]])
    expect(getTemplate(ctx, 'c4ec0000-0000-4000-8000-000000000001').body.items.find((i) => i.code === 'E3.2')!.content).toBe('台账资料规范完整（见 §5 清单）')
    expect(v1.items.find((i) => i.code === 'E3.2')!.content).toContain('§5')
  })
  it('说「自动」的项都登记了指标；E3.2 写明台账类别', () => {
    const claimed = v2.items.filter((i) => i.auto?.startsWith('是'))
    expect(claimed.filter((i) => !i.metric || !METRICS[i.metric]).map((i) => i.code)).toEqual([])
    expect(v2.items.filter((i) => i.metric && !METRICS[i.metric]).map((i) => i.code)).toEqual([])
    const e32 = v2.items.find((i) => i.code === 'E3.2')!
    expect(e32.content).not.toMatch(/§/)
    expect(e32.content).toMatch(/党员花名册/)
    expect(v2.items.find((i) => i.code === 'D4.2')!.auto).toBeNull()
  })
  it('A3.2 议题前置：没有登记扣 1，有登记满分；D2.1 经营分析会：没有会 0 分，有会无建议扣 1.5，有建议满分', () => {
    const ctx = testContext()
    loadDemo(ctx)
    ctx.db.exec('DELETE FROM consultations; DELETE FROM analysis_meetings')
    const items = getTemplate(ctx, V2).body.items.filter((i) => i.code === 'A3.2' || i.code === 'D2.1')
    const s = () => suggestScores(ctx, SMART, '2026-11-25', items)
    expect(s()['A3.2']).toMatchObject({ score: 1, explanation: expect.stringMatching(/没有议题前置登记，扣 1；是否建立议题前置制度请人工核对/) })
    expect(s()['D2.1']).toMatchObject({ score: 0, explanation: expect.stringMatching(/没有经营分析会记录/) })
    saveConsultation(ctx, consultationInput.parse({ orgId: SMART, topic: '新厂房投资（示例）', submittedDate: '2026-06-10', opinion: '同意，建议分期建设', outcome: 'partly', decisionDate: '2026-06-20' }))
    saveAnalysisMeeting(ctx, analysisInput.parse({ orgId: SMART, date: '2026-07-15', kind: 'safety', topic: '三季度安全分析会', participants: '陈立新', proposalsMade: 0, proposalsAdopted: 0 }))
    expect(s()['A3.2']).toMatchObject({ score: 2, explanation: expect.stringMatching(/议题前置登记 1 件，党组织意见被采纳或部分采纳 1 件/) })
    expect(s()['D2.1']).toMatchObject({ score: 1.5, explanation: expect.stringMatching(/参加经营分析会 1 次，提出建议 0 条，采纳 0 条，有会无建议，扣 1.5/) })
    saveAnalysisMeeting(ctx, analysisInput.parse({ orgId: SMART, date: '2026-09-15', kind: 'cost', topic: '成本分析会', participants: '陈立新', proposalsMade: 3, proposalsAdopted: 2 }))
    expect(s()['D2.1']).toMatchObject({ score: 3, explanation: expect.stringMatching(/参加经营分析会 2 次，提出建议 3 条，采纳 2 条/) })
  })
})
