import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { changesFor } from '../../../src/main/changes/service'
import { addAttachment } from '../../../src/main/attachments/service'
import { compareCheckup } from '../../../src/main/checkups/compare'
import { exportCheckupForm, exportCheckupSummary } from '../../../src/main/checkups/ledger'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { deleteRound, getRound, saveRound } from '../../../src/main/checkups/rounds'
import { CHECKUP_ITEM_OWNER, confirmCheckupProblems, deleteCheckup, getCheckup, listCheckups, proposeProblems, reopenCheckup, saveCheckup, signOffCheckup } from '../../../src/main/checkups/service'
import { copyTemplate, deleteTemplate, getTemplate, listTemplates, saveTemplate } from '../../../src/main/checkups/templates'
import { listProblems, transitionProblem } from '../../../src/main/problems/service'
import { listRecycle, purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { checkupInput, type CheckupInput, roundInput } from '../../../src/shared/checkups/schemas'
import { problemTransition } from '../../../src/shared/problems/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const PARK = 'd3e0a000-0000-4000-8000-000000000001'
const EMEI = 'd3e0a000-0000-4000-8000-000000000009'
const SANJIANG = 'd3e0a000-0000-4000-8000-00000000000a'
const DEFAULT = 'c4ec0000-0000-4000-8000-000000000001'

/** The demo orgs and roster without the demo checkups, so each test starts from no checkups. */
function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  ctx.db.exec("DELETE FROM problems WHERE source = 'checkup'; DELETE FROM checkup_items; DELETE FROM checkups; DELETE FROM checkup_rounds;")
  const t = getTemplate(ctx, DEFAULT)
  return { ctx, t }
}

/** Full marks everywhere except the given deductions. */
function fullItems(ctx: ReturnType<typeof testContext>, lose: Record<string, [number, string]> = {}) {
  return getTemplate(ctx, DEFAULT).body.items.map((i) => ({
    code: i.code,
    selfScore: i.score,
    checkScore: lose[i.code] ? i.score - lose[i.code][0] : i.score,
    reason: lose[i.code]?.[1] ?? null
  }))
}
const save = (ctx: ReturnType<typeof testContext>, o: Partial<CheckupInput>) =>
  saveCheckup(ctx, checkupInput.parse({ orgId: EMEI, templateId: DEFAULT, checkDate: '2026-11-20', checker: '陈立新', companion: '刘晓梅', ...o }))
const changeCount = (ctx: ReturnType<typeof testContext>) => (ctx.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n

describe('体检模板版本', () => {
  it('随软件发布的模板自动写入一次；复制成新版本可改；被体检用过后不能改也不能删', () => {
    const { ctx, t } = setup()
    expect(listTemplates(ctx)).toMatchObject([{ id: DEFAULT, version: '2026.1', shipped: true, inUse: false, itemCount: 42, fullMarks: 100 }, { version: '2026.2', shipped: true, inUse: false }])
    expect(() => saveTemplate(ctx, { id: DEFAULT, version: '2026.1', body: t.body })).toThrow(/随软件发布的模板不能修改/)
    expect(() => copyTemplate(ctx, { id: DEFAULT, version: '2026.1' })).toThrow(/版本号「2026.1」已经有了/)
    const { id } = copyTemplate(ctx, { id: DEFAULT, version: '2026.2-嘉州' })
    const body = { ...t.body, items: t.body.items.map((i) => (i.code === 'E3.3' ? { ...i, rule: '缺年度总结扣 1' } : i)) }
    saveTemplate(ctx, { id, version: '2026.2-嘉州', body })
    expect(getTemplate(ctx, id).body.items.find((i) => i.code === 'E3.3')?.rule).toBe('缺年度总结扣 1')
    save(ctx, { templateId: id })
    expect(getTemplate(ctx, id).inUse).toBe(true)
    expect(() => saveTemplate(ctx, { id, version: '2026.2-嘉州', body })).toThrow(/已被体检使用，不能再修改/)
    expect(() => deleteTemplate(ctx, id)).toThrow(/已被体检使用，不能删除/)
    const spare = copyTemplate(ctx, { id, version: '2026.3' }).id
    deleteTemplate(ctx, spare)
    expect(listTemplates(ctx).map((x) => x.version)).toEqual(['2026.1', '2026.2', '2026.2-嘉州'])
  })

  it('没有检查项的模板在通道上被拒绝，什么也不保存', async () => {
    const { ctx, t } = setup()
    const { id } = copyTemplate(ctx, { id: DEFAULT, version: '试用' })
    const before = changeCount(ctx)
    const r = await createDispatch(ctx, () => {})('checkupTemplates.save', { id, version: '试用', body: { ...t.body, items: [] } })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID' } })
    expect(!r.ok && r.error.message).toContain('模板至少要有一个检查项')
    expect(getTemplate(ctx, id).itemCount).toBe(42)
    expect(changeCount(ctx)).toBe(before)
  })
})

describe('体检录入与计分', () => {
  it('保存后得分、等次与共享计分函数一致；扣分项与否决项提出问题，确认后进入问题清单', () => {
    const { ctx } = setup()
    const { id } = save(ctx, { items: fullItems(ctx, { 'C1.1': [1.5, '全年支委会 7 次'], 'E1.1': [3, '无党员活动室'] }), vetoes: [{ code: 'F2', note: '7 月发生群体性事件' }], bonus: [{ code: 'J1', score: 2 }] })
    const d = getCheckup(ctx, id)
    expect(d.score).toMatchObject({ base: 95.5, bonus: 2, total: 97.5, vetoed: true, stars: 0, level: '较差', conclusion: '需整改', unscored: 0 })
    expect(d.checkup).toMatchObject({ total: 97.5, stars: 0, level: '较差', progress: 'self_assessed', status: 'draft' })
    const drafts = proposeProblems(ctx, id)
    expect(drafts.map((p) => [p.indicatorCode, p.severity])).toEqual([['F2', 'veto'], ['C1.1', 'normal'], ['E1.1', 'serious']])
    expect(drafts[1].description).toBe('三会一课：全年支委会 7 次（扣 1.5 分）')
    expect(drafts[0].deadline).toBe('2027-02-20')
    confirmCheckupProblems(ctx, { id, problems: drafts })
    const problems = listProblems(ctx, { sourceId: id })
    expect(problems.map((p) => [p.indicatorCode, p.source, p.category, p.sourceLabel])).toEqual([
      ['F2', 'checkup', null, '2026年党建体检'],
      ['C1.1', 'checkup', 'life', '2026年党建体检'],
      ['E1.1', 'checkup', 'support', '2026年党建体检']
    ])
    expect(proposeProblems(ctx, id)).toEqual([])
    expect(() => confirmCheckupProblems(ctx, { id, problems: [drafts[1]] })).toThrow(/已经登记过了/)
  })

  it.each([
    [{ items: [{ code: 'A1.1', selfScore: 2.5, checkScore: null }] }, 'A1.1 自评分 2.5 超过了标准分 2'],
    [{ items: [{ code: 'A1.1', selfScore: null, checkScore: 1 }] }, 'A1.1 扣了分，请写明扣分原因'],
    [{ checkDate: '2026-11-26' }, '体检日期 2026-11-26 不能晚于今天'],
    [{ bonus: [{ code: 'J2', score: 2 }] }, 'J2 加分 2 超过了该项最高 1 分']
  ])('坏输入 %o 被拒绝，什么也不保存', (o, msg) => {
    const { ctx } = setup()
    const before = changeCount(ctx)
    expect(() => save(ctx, o as Partial<CheckupInput>)).toThrow(msg)
    expect(listCheckups(ctx, {})).toEqual([])
    expect(changeCount(ctx)).toBe(before)
  })

  it('通道上的负分与超长原因得到中文 INVALID', async () => {
    const { ctx } = setup()
    const d = createDispatch(ctx, () => {})
    const r = await d('checkups.save', { orgId: EMEI, templateId: DEFAULT, checkDate: '2026-11-20', items: [{ code: 'A1.1', selfScore: -1 }] })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID' } })
    expect(!r.ok && r.error.message).toMatch(/自评分不能小于 0/)
  })

  it('签字确认后不能改也不能删；「重新打开」要写原因并记入变更日志', () => {
    const { ctx } = setup()
    const { id } = save(ctx, { items: fullItems(ctx).slice(0, 40) })
    expect(() => signOffCheckup(ctx, { id, signer: '陈立新' })).toThrow('还有 2 项没有填体检得分，不能签字确认')
    save(ctx, { id, items: fullItems(ctx) })
    expect(signOffCheckup(ctx, { id, signer: '陈立新' })).toMatchObject({ status: 'signed', signedBy: '陈立新', progress: 'reviewed' })
    expect(() => save(ctx, { id, items: fullItems(ctx) })).toThrow(/已签字确认，不能修改；如需修改请先「重新打开」/)
    expect(() => deleteCheckup(ctx, id)).toThrow(/已签字确认的体检不能删除/)
    reopenCheckup(ctx, { id, reason: '企业补交了 10 月支委会记录' })
    const log = ctx.db.prepare("SELECT after_json FROM change_log WHERE entity = 'checkup' AND entity_id = ? ORDER BY id").all(id) as { after_json: string }[]
    expect(log.at(-1)!.after_json).toContain('企业补交了 10 月支委会记录')
    expect(changesFor(ctx, { entity: 'checkup', id }).length).toBe(4)
    save(ctx, { id, items: fullItems(ctx, { 'C1.1': [0.5, '少 1 次'] }) })
    expect(getCheckup(ctx, id).checkup.total).toBe(99.5)
  })

  it('逐项佐证的编号在多次保存间保持不变（附件挂在它上面）', () => {
    const { ctx } = setup()
    const { id } = save(ctx, { items: fullItems(ctx) })
    const first = getCheckup(ctx, id).items.find((i) => i.code === 'B1.1')!.id
    save(ctx, { id, items: fullItems(ctx, { 'B1.1': [0.5, '1 人缺学历'] }).map((i) => (i.code === 'B1.1' ? { ...i, evidence: '花名册核对表' } : i)) })
    expect(getCheckup(ctx, id).items.find((i) => i.code === 'B1.1')).toMatchObject({ id: first, checkScore: 2.5, evidence: '花名册核对表' })
  })

  it('删除进回收站，恢复回来；彻底删除连同逐项得分', () => {
    const { ctx } = setup()
    const { id } = save(ctx, { items: fullItems(ctx) })
    deleteCheckup(ctx, id)
    expect(listRecycle(ctx)).toMatchObject([{ entity: 'checkup', id }])
    restoreRecycled(ctx, { entity: 'checkup', id })
    expect(listCheckups(ctx, {}).length).toBe(1)
    deleteCheckup(ctx, id)
    purgeRecycled(ctx, { entity: 'checkup', id })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM checkup_items').get()).toEqual({ n: 0 })
  })
})

describe('自动预评', () => {
  it('从组织与花名册算出建议分与算法说明；没有登记的指标留给人工', () => {
    const { ctx, t } = setup()
    const s = suggestScores(ctx, EMEI, '2026-11-20', t.body.items)
    expect(Object.keys(s).sort()).toEqual(['A1.1', 'A2.1', 'A2.2', 'A2.3', 'B1.1', 'B1.3', 'B2.1', 'B2.2', 'B2.3', 'C1.1', 'C1.2', 'C1.3', 'C1.4', 'C2.1', 'C3.1', 'C3.2', 'D2.3', 'D4.1', 'E2.2'])
    expect(s['A1.2']).toBeUndefined() // 模板里没有指标名的检查项留给人工
    expect(s['A2.1'].explanation).toContain('书记：')
    expect(s['A2.3'].explanation).toMatch(/上次换届 \d{4}-\d{2}-\d{2}，任期 3 年/)
    const n = ctx.db.prepare("SELECT COUNT(*) AS n FROM members WHERE org_id = ? AND deleted_at IS NULL").get(EMEI) as { n: number }
    expect(s['B1.1'].explanation).toContain(`花名册 ${n.n} 人`)
    ctx.db.prepare('UPDATE members SET education = NULL WHERE org_id = ?').run(EMEI)
    const after = suggestScores(ctx, EMEI, '2026-11-20', t.body.items)
    // the working stays on screen; 「采用」 writes the finding, in the words a checker puts on the form
    expect(after['B1.1']).toEqual({ score: Math.max(0, 3 - 0.5 * n.n), explanation: `花名册 ${n.n} 人，${n.n} 人信息不全（缺学历 ${n.n} 人），每人扣 0.5`, finding: `花名册中 ${n.n} 名党员信息不全（缺学历 ${n.n} 人）` })
    ctx.db.prepare("UPDATE orgs SET last_election_date = '2020-01-01' WHERE id = ?").run(EMEI)
    expect(suggestScores(ctx, EMEI, '2026-11-20', t.body.items)['A2.3']).toMatchObject({ score: 0 })
  })
})

describe('体检批次', () => {
  it('为园区多家企业发起，进度、等次分布与共性失分随录入变化', () => {
    const { ctx } = setup()
    const { id: roundId } = saveRound(ctx, roundInput.parse({ name: '2026年第四季度党建体检', parkOrgId: PARK, templateId: DEFAULT, startDate: '2026-11-01', orgIds: [EMEI, SANJIANG] }))
    let r = getRound(ctx, roundId)
    expect(r.progress).toEqual({ not_started: 2, self_assessed: 0, reviewed: 0 })
    const a = r.checkups.find((c) => c.orgId === EMEI)!
    const b = r.checkups.find((c) => c.orgId === SANJIANG)!
    expect(a.checker).toBe('李建国') // 企业的党建指导员（示例数据）
    save(ctx, { id: a.id, orgId: a.orgId, roundId, items: fullItems(ctx, { 'C1.1': [1, '少 2 次'], 'E1.1': [3, '无阵地'] }) })
    save(ctx, { id: b.id, orgId: b.orgId, roundId, items: fullItems(ctx, { 'C1.1': [2, '少 4 次'], 'A3.1': [2, '无交叉任职'] }) })
    signOffCheckup(ctx, { id: a.id, signer: '甲' })
    r = getRound(ctx, roundId)
    expect(r.progress).toEqual({ not_started: 0, self_assessed: 1, reviewed: 1 })
    signOffCheckup(ctx, { id: b.id, signer: '乙' })
    r = getRound(ctx, roundId)
    expect(r.levels).toEqual([{ name: '好', count: 2 }, { name: '较好', count: 0 }, { name: '一般', count: 0 }, { name: '较差', count: 0 }])
    expect(r.commonLosses.map((x) => [x.code, x.lost, x.orgs])).toEqual([['C1.1', 3, 2], ['E1.1', 3, 1], ['A3.1', 2, 1]])
    expect(() => deleteRound(ctx, roundId)).toThrow(/已有 2 家开始体检/)
    confirmCheckupProblems(ctx, { id: a.id, problems: proposeProblems(ctx, a.id) })
    expect(listProblems(ctx, { sourceId: a.id }).map((p) => p.sourceLabel)).toEqual(['2026年第四季度党建体检', '2026年第四季度党建体检'])
  })

  it('未开始的批次可删除（连同空白体检记录），从回收站一起恢复', () => {
    const { ctx } = setup()
    const { id } = saveRound(ctx, roundInput.parse({ name: '试点批次', parkOrgId: PARK, templateId: DEFAULT, startDate: '2026-11-01', orgIds: [EMEI] }))
    deleteRound(ctx, id)
    expect(listCheckups(ctx, {})).toEqual([])
    restoreRecycled(ctx, { entity: 'checkupRound', id })
    expect(listCheckups(ctx, { roundId: id }).length).toBe(1)
  })

  it('只能为发起组织的下级发起', () => {
    const { ctx } = setup()
    expect(() => saveRound(ctx, roundInput.parse({ name: '错', parkOrgId: EMEI, templateId: DEFAULT, startDate: '2026-11-01', orgIds: [SANJIANG] }))).toThrow(/发起组织或它的下级/)
  })
})

describe('历史比较', () => {
  it('与上一次比较：逐项升降、问题新增 / 延续 / 已销号', () => {
    const { ctx } = setup()
    const first = save(ctx, { checkDate: '2025-11-10', items: fullItems(ctx, { 'C1.1': [1, '少 2 次'], 'E1.1': [3, '无阵地'] }) }).id
    const [p1, p2] = confirmCheckupProblems(ctx, { id: first, problems: proposeProblems(ctx, first) })
    for (const [to, extra] of [['in_progress', {}], ['awaiting_review', { completedDate: '2026-03-01', evidence: '补开' }], ['closed', { reviewer: '陈立新', reviewOpinion: '到位' }]] as const)
      transitionProblem(ctx, problemTransition.parse({ id: p1, to, ...extra }))
    const second = save(ctx, { checkDate: '2026-11-20', items: fullItems(ctx, { 'E1.1': [2, '阵地要素缺 4 项'], 'D4.1': [1.5, '志愿服务 2 次'] }) }).id
    confirmCheckupProblems(ctx, { id: second, problems: proposeProblems(ctx, second) })
    const c = compareCheckup(ctx, second)
    expect(c.previous).toMatchObject({ id: first, checkDate: '2025-11-10', total: 96 })
    expect(c.totalDelta).toBe(0.5)
    expect(c.items.filter((i) => i.delta).map((i) => [i.code, i.delta])).toEqual([['C1.1', 1], ['D4.1', -1.5], ['E1.1', 1]])
    const code = (id: string) => listProblems(ctx, {}).find((p) => p.id === id)!.code
    expect(c.problems.closed).toEqual([code(p1)])
    expect(c.problems.carriedOver).toEqual([code(p2)])
    expect(c.problems.newOnes).toEqual([listProblems(ctx, { sourceId: second }).find((p) => p.indicatorCode === 'D4.1')!.code])
    expect(compareCheckup(ctx, first).previous).toBeNull()
  })
})

describe('示例数据', () => {
  it('载入 2025 年度批次：三家已签字的体检与它们的问题，重复载入不重复', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    loadDemo(ctx)
    const cs = listCheckups(ctx, {})
    expect(cs.map((c) => [c.orgName, c.status, c.roundName])).toEqual([
      ['峨眉智能装备党支部', 'signed', '2025年度党建体检'],
      ['岷江硅业党委', 'signed', '2025年度党建体检'],
      ['嘉州新材料党委', 'signed', '2025年度党建体检']
    ])
    expect(cs.map((c) => c.total)).toEqual([92, 96.5, 98.4])
    expect(cs.map((c) => [c.openProblems, c.overdueProblems])).toEqual([[4, 4], [3, 3], [2, 2]])
    const problems = listProblems(ctx, { source: 'checkup' })
    expect(problems.length).toBe(11)
    expect(problems.filter((p) => p.status === 'closed').map((p) => p.indicatorCode).sort()).toEqual(['E1.2', 'E3.3'])
  })
})

describe('台账', () => {
  it('党建体检结果汇总表：每个组织每次体检一行，读回总分、等次、否决与问题数', async () => {
    const { ctx } = setup()
    const a = save(ctx, { items: fullItems(ctx, { 'C1.1': [1, '少 2 次'] }), vetoes: [{ code: 'F3', note: null }] }).id
    confirmCheckupProblems(ctx, { id: a, problems: proposeProblems(ctx, a) })
    save(ctx, { orgId: SANJIANG, items: fullItems(ctx), bonus: [{ code: 'J2', score: 1 }] })
    const r = await exportCheckupSummary(ctx, {})
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r!.path)
    const ws = wb.worksheets[0]
    expect(ws.getCell(1, 1).value).toBe('党建体检结果汇总表')
    // headers break only between words (「模板\n版本」)
    expect((ws.getRow(3).values as unknown[]).map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual([undefined, '序号', '体检批次', '企业', '党组织', '体检日期', '体检人', '模板版本', '总分', '加分', '否决项', '星级', '等次', '体检结论', '整改问题', '未销号', '逾期', '状态'])
    const rows = [ws.getRow(4).values, ws.getRow(5).values] as unknown[][]
    // 按企业名拼音排序：峨眉（E）在三江（S）前
    expect(rows[0].slice(3, 18)).toEqual(['峨眉智能装备有限公司', '峨眉智能装备党支部', '2026-11-20', '陈立新', '2026.1', 99, undefined, '有（F3）', '不评星', '较差', '需整改', 2, 2, 0, '填写中'])
    expect(rows[1]).toEqual([undefined, 2, undefined, '三江环保科技有限公司', '三江环保科技党支部', '2026-11-20', '陈立新', '2026.1', 101, 1, '无', '五星', '好', '健康', 0, 0, 0, '填写中'])
  })

  it('一次体检的体检表工作簿：全部检查项、两种得分、基本情况与结论', async () => {
    const { ctx } = setup()
    const id = save(ctx, { items: fullItems(ctx, { 'C1.1': [1, '少 2 次'] }).map((i) => (i.code === 'C1.1' ? { ...i, evidence: '会议记录本' } : i)) }).id
    const itemId = getCheckup(ctx, id).items.find((i) => i.code === 'C1.1')!.id
    addAttachment(ctx, { owner: CHECKUP_ITEM_OWNER, ownerId: itemId, fileName: '支委会签到表.jpg', data: Buffer.from('签到表图片') })
    expect(getCheckup(ctx, id).files).toEqual({ 'C1.1': ['支委会签到表.jpg'] })
    const r = await exportCheckupForm(ctx, id)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r!.path)
    const [form, info] = wb.worksheets
    expect((form.getRow(3).values as unknown[]).map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual([undefined, '序号', '一级指标', '二级指标', '检查内容', '标准分', '评分细则', '核查方式', '自评分', '体检得分', '扣分原因/问题描述', '佐证材料'])
    expect(form.rowCount).toBe(3 + 42)
    const c11 = (form.getColumn(1).values as unknown[]).indexOf('C1.1')
    expect(form.getRow(c11).values).toEqual(expect.arrayContaining(['C1.1', '组织生活', 3, 2, '少 2 次', '会议记录本；附件：支委会签到表.jpg']))
    expect(form.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '3:3' })
    const facts = Object.fromEntries((info.getSheetValues() as unknown[][]).filter(Boolean).map((row) => [row[1], row[2]]))
    expect(facts['企业名称']).toBe('峨眉智能装备有限公司')
    expect(facts['总分']).toBe('99')
    expect(facts['主要问题']).toBe('共 1 项扣分，合计扣 1 分。组织生活方面，三会一课（扣 1 分）。各项扣分原因见上表。') // summarised once; the reason is in the item table
  })
})
