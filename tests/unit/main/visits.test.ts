import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportAnalysisMeetings } from '../../../src/main/analysis/ledger'
import { listAnalysisMeetings, saveAnalysisMeeting } from '../../../src/main/analysis/service'
import { exportConsultations } from '../../../src/main/consultations/ledger'
import { listConsultations, saveConsultation } from '../../../src/main/consultations/service'
import { listProblems } from '../../../src/main/problems/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { exportVisits } from '../../../src/main/visits/ledger'
import { getVisit, listVisits, saveVisit, visitCoverage, visitToProblems } from '../../../src/main/visits/service'
import { analysisInput } from '../../../src/shared/analysis/schemas'
import { consultationInput } from '../../../src/shared/consultations/schemas'
import { visitInput } from '../../../src/shared/visits/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const EMEI = 'd3e0a000-0000-4000-8000-000000000009'
const MATERIALS = 'd3e0a000-0000-4000-8000-000000000003'

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  return ctx
}

async function readBack(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const rows: string[][] = []
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

const visit = (o: Record<string, unknown> = {}) =>
  visitInput.parse({ orgId: EMEI, date: '2026-11-20', instructor: '陈立新', mode: 'onsite', findings: '组织生活基本正常', problems: ['党员活动室未挂党旗', '9 月无党小组会记录'], guidance: '补齐', ...o })

describe('指导员走访', () => {
  it('发现的问题一键转入问题整改清单（来源指导员走访），再点一次不重复', () => {
    const ctx = setup()
    const { id } = saveVisit(ctx, visit())
    expect(getVisit(ctx, id).problems.every((p) => p.problemId === null)).toBe(true)
    const r = visitToProblems(ctx, id)
    expect(r.created).toBe(2)
    expect(visitToProblems(ctx, id).created).toBe(0)
    const problems = listProblems(ctx, { source: 'visit', sourceId: id })
    expect(problems.map((p) => [p.description, p.orgName, p.sourceLabel, p.foundDate])).toEqual([
      ['党员活动室未挂党旗', '峨眉智能装备党支部', '2026-11-20 陈立新走访', '2026-11-20'],
      ['9 月无党小组会记录', '峨眉智能装备党支部', '2026-11-20 陈立新走访', '2026-11-20']
    ])
    expect(getVisit(ctx, id).problems.map((p) => p.code)).toEqual(r.codes)
  })

  it('未来日期的走访被拒绝；没有问题的走访不能转入', () => {
    const ctx = setup()
    expect(() => saveVisit(ctx, visit({ date: '2026-11-26' }))).toThrow(/晚于今天/)
    const { id } = saveVisit(ctx, visit({ problems: [] }))
    expect(() => visitToProblems(ctx, id)).toThrow('这次走访没有记录发现的问题')
  })

  it('月度覆盖：本月没走访的企业一目了然；走访下级支部也算走访了企业', () => {
    const ctx = setup()
    saveVisit(ctx, visit({ orgId: 'd3e0a000-0000-4000-8000-000000000007', problems: [] }))
    const rows = visitCoverage(ctx, '2026-11')
    expect(rows.map((r) => r.orgName).sort()).toEqual(['嘉州高新区园区青年党支部', '嘉州新材料党委', '岷江硅业党委', '峨眉智能装备党支部', '三江环保科技党支部', '大渡河食品党支部', '凌云物流、青衣江包装联合党支部'].sort())
    expect(rows.at(-1)).toMatchObject({ orgName: '岷江硅业党委', visits: 1, lastVisit: '2026-11-20' })
    expect(rows.filter((r) => r.visits > 0).map((r) => r.orgName)).toEqual(['岷江硅业党委'])
    expect(visitCoverage(ctx, '2026-10').filter((r) => r.visits > 0).map((r) => r.orgName)).toEqual(['嘉州新材料党委', '岷江硅业党委'])
  })

  it('走访记录台账读回', async () => {
    const ctx = setup()
    const { id } = saveVisit(ctx, visit())
    visitToProblems(ctx, id)
    const r = (await exportVisits(ctx, {}))!
    const rows = await readBack(r.path)
    expect(rows[0][0]).toBe('党建指导员走访记录')
    expect(rows[2].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '走访日期', '企业', '党组织', '指导员', '走访方式', '了解情况', '发现问题', '指导事项', '企业需求（政企联动事项）', '下次计划', '企业确认人'])
    expect(r.rows).toBe(listVisits(ctx, {}).length)
    const last = rows.at(-1)!
    expect(last.slice(1, 6)).toEqual(['2026-11-20', '峨眉智能装备有限公司', '峨眉智能装备党支部', '陈立新', '实地'])
    expect(last[7]).toMatch(/^党员活动室未挂党旗（已转 ZG-2026-\d{4}）/)
  })
})

describe('议题前置与经营分析会', () => {
  it('议题前置：日期规则；台账读回', async () => {
    const ctx = setup()
    const c = (o: Record<string, unknown>) => consultationInput.parse({ orgId: MATERIALS, topic: '新厂区选址', body: '董事会', submittedDate: '2026-11-02', opinion: '同意', outcome: 'adopted', decisionDate: '2026-11-10', ...o })
    expect(() => saveConsultation(ctx, c({ decisionDate: '2026-11-01' }))).toThrow('决策日期不能早于提交党组织研究的日期')
    expect(() => saveConsultation(ctx, c({ decisionDate: null }))).toThrow('已有决策结果时请填写决策日期')
    saveConsultation(ctx, c({}))
    expect(listConsultations(ctx, { orgId: MATERIALS, year: 2026 }).length).toBe(3)
    const rows = await readBack((await exportConsultations(ctx, { orgId: MATERIALS }))!.path)
    expect(rows[0][0]).toBe('议题前置登记')
    expect(rows[2].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '党组织', '事项（议题）', '决策机构', '提交日期', '党组织意见', '决策结果', '决策日期', '备注'])
    expect(rows.at(-1)!.slice(2, 8)).toEqual(['新厂区选址', '董事会', '2026-11-02', '同意', '采纳', '2026-11-10'])
  })

  it('经营分析会：采纳多于提出被拒绝；台账读回', async () => {
    const ctx = setup()
    const a = (o: Record<string, unknown>) => analysisInput.parse({ orgId: MATERIALS, date: '2026-11-12', kind: 'cost', topic: '10 月成本分析会', participants: '姚子轩', proposalsMade: 2, proposalsAdopted: 1, ...o })
    expect(() => saveAnalysisMeeting(ctx, a({ proposalsAdopted: 3 }))).toThrow('采纳的建议 3 条多于提出的 2 条')
    saveAnalysisMeeting(ctx, a({}))
    expect(listAnalysisMeetings(ctx, {}).length).toBe(3)
    const rows = await readBack((await exportAnalysisMeetings(ctx, { orgId: MATERIALS }))!.path)
    expect(rows[0][0]).toBe('经营分析会参与记录')
    expect(rows.at(-1)!.slice(1, 8)).toEqual(['2026-11-12', '嘉州新材料党委', '成本', '10 月成本分析会', '姚子轩', '2', '1'])
  })
})
