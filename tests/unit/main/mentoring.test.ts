import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { exportMentoringLedger } from '../../../src/main/mentoring/ledger'
import { deleteMentorship, mentoringYear, saveMentorship } from '../../../src/main/mentoring/service'
import { changesFor } from '../../../src/main/changes/service'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate } from '../../../src/main/checkups/templates'
import { saveMember, getMember } from '../../../src/main/members/service'
import { deleteOrg } from '../../../src/main/org/service'
import { listRecycle, purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { memberInput } from '../../../src/shared/members/schemas'
import { mentorshipInput } from '../../../src/shared/mentoring/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const WORKS = 'd3e0a000-0000-4000-8000-000000000004' // 嘉州新材料生产第一党支部
const NEW_MATERIALS = 'd3e0a000-0000-4000-8000-000000000003' // 嘉州新材料党委（含两个支部）
const SILICON = 'd3e0a000-0000-4000-8000-000000000007' // 岷江硅业生产第一党支部
const MAO = 'd3e0a000-0000-4000-8000-00000000001c' // 毛建华，生产第一党支部
const ZOU = 'd3e0a000-0000-4000-8000-00000000002d' // 邹涛，岷江硅业
const DEV_PERSON = 'de7e1000-0000-4000-8000-000000000001'

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  ctx.db.exec('DELETE FROM mentorships')
  return ctx
}
const save = (ctx: AppContext, o: Record<string, unknown> = {}) =>
  saveMentorship(ctx, mentorshipInput.parse({ orgId: WORKS, mentorId: MAO, apprenticeName: '王小川', apprenticeJob: '轧钢工', startDate: '2026-03-01', plannedEndDate: '2027-03-01', pairStatus: 'paired', ...o }))
const counts = (ctx: AppContext) => ctx.db.prepare('SELECT (SELECT COUNT(*) FROM mentorships) AS pairs, (SELECT COUNT(*) FROM change_log) AS changes').get()
const summary = (ctx: AppContext, orgId = WORKS, year = 2026) => mentoringYear(ctx, { orgId, year }).summary

describe('示例数据', () => {
  it('两个生产支部的结对；党委看得到下级支部的；重复载入不重复插入', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const works = mentoringYear(ctx, { orgId: WORKS, year: 2026 })
    expect(works.rows.map((r) => [r.mentorName, r.apprenticeName])).toEqual([['毛建华', '李志鹏'], ['尹梓涵', '杨雪'], ['毛建华', '马晓东']])
    expect(works.summary).toEqual({ pairs: 3, graduated: 2, certificates: 2, proposalCount: 6, savingsFen: 13_300_050, applied: 1 })
    expect(mentoringYear(ctx, { orgId: NEW_MATERIALS, year: 2026 }).summary.pairs).toBe(3)
    expect(mentoringYear(ctx, { orgId: SILICON, year: 2026 }).summary).toMatchObject({ pairs: 2, graduated: 0, applied: 1 })
    const before = counts(ctx)
    loadDemo(ctx)
    expect(counts(ctx)).toMatchObject({ pairs: (before as { pairs: number }).pairs })
  })
})

describe('登记结对', () => {
  it('保存后列出来，师傅姓名取自花名册，节约创效按分存；改成已出师后成效跟着变；每次写都记变更', () => {
    const ctx = setup()
    const { id } = save(ctx, { savingsYuan: 1234.56, apprenticePhone: '13800001111', devPersonId: DEV_PERSON })
    const [row] = mentoringYear(ctx, { orgId: WORKS, year: 2026 }).rows
    expect(row).toMatchObject({ id, mentorName: '毛建华', orgName: '嘉州新材料生产第一党支部', savingsFen: 123_456, devPersonName: '王思雨', pairStatus: 'paired' })
    expect(summary(ctx)).toEqual({ pairs: 1, graduated: 0, certificates: 0, proposalCount: 0, savingsFen: 123_456, applied: 0 })
    save(ctx, { id, pairStatus: 'graduated', endDate: '2026-11-20', certificate: '轧钢工（高级工）', certificateDate: '2026-11-10', proposalCount: 2, savingsYuan: 5000, appliedDate: '2026-07-01' })
    expect(summary(ctx)).toEqual({ pairs: 1, graduated: 1, certificates: 1, proposalCount: 2, savingsFen: 500_000, applied: 1 })
    expect(changesFor(ctx, { entity: 'mentorship', id }).map((c) => c.action)).toEqual(['修改', '新建'])
    expect(changesFor(ctx, { entity: 'mentorship', id })[0].summary).toBe('改动字段：徒弟联系电话、关联的发展党员记录、结对状态、结束日期、取得证书或等级、取证日期、技术提案数、递交入党申请书日期、节约创效（分）')
  })
  it.each<[string, Record<string, unknown>, string]>([
    ['计划出师早于结对', { plannedEndDate: '2026-02-01' }, '计划出师日期不能早于结对日期'],
    ['结对日期在将来', { startDate: '2026-12-01', plannedEndDate: '2027-12-01' }, '结对日期 2026-12-01 晚于今天'],
    ['取证日期在将来', { certificate: '电工', certificateDate: '2026-12-02' }, '取证日期 2026-12-02 晚于今天'],
    ['已出师没有出师日期', { pairStatus: 'graduated' }, '请填写出师日期'],
    ['师傅是别的企业的党员', { mentorId: ZOU }, '邹涛不在「嘉州新材料生产第一党支部」的党员花名册上'],
    ['师傅不在花名册上', { mentorId: 'd3e0a000-0000-4000-8000-0000000fffff' }, '所选师傅不在党员花名册上'],
    ['关联的发展党员记录不存在', { devPersonId: 'de7e1000-0000-4000-8000-0000000fffff' }, '关联的发展党员记录不存在或已被删除']
  ])('%s：拒绝，什么也不存', (_, o, message) => {
    const ctx = setup()
    const before = counts(ctx)
    expect(() => save(ctx, o)).toThrow(message)
    expect(counts(ctx)).toEqual(before)
  })
  it('出党的党员不能当师傅', () => {
    const ctx = setup()
    const { orgName: _o, createdAt: _c, updatedAt: _u, ...m } = getMember(ctx, MAO) as unknown as Record<string, unknown>
    saveMember(ctx, memberInput.parse({ ...m, status: 'left' }))
    expect(() => save(ctx)).toThrow('毛建华已出党，不能担任「红师傅」')
  })
  it('负数的提案数、节约金额、三位小数：校验不通过', () => {
    const base = { orgId: WORKS, mentorId: MAO, apprenticeName: '王小川', apprenticeJob: '轧钢工', startDate: '2026-03-01', plannedEndDate: '2027-03-01', pairStatus: 'paired' }
    const issues = (o: Record<string, unknown>) => mentorshipInput.safeParse({ ...base, ...o }).error?.issues.map((i) => i.message)
    expect(issues({ proposalCount: -1 })).toEqual(['技术提案数不能为负数'])
    expect(issues({ savingsYuan: -5 })).toEqual(['节约创效金额不能为负数'])
    expect(issues({ savingsYuan: 1.005 })).toEqual(['节约创效金额最多填到分（两位小数）'])
    expect(issues({ apprenticeName: '  ' })).toEqual(['请填写徒弟姓名'])
  })
  it('计划出师日期已过还在结对中：保存并提醒', () => {
    const ctx = setup()
    expect(save(ctx, { startDate: '2025-01-01', plannedEndDate: '2025-12-31' }).warnings).toEqual(['计划出师日期 2025-12-31 已过，请登记出师或中止'])
  })
})

describe('回收站', () => {
  it('删除进回收站，成效里不再算；恢复回来；彻底删除；组织在回收站时先恢复组织', () => {
    const ctx = setup()
    const { id } = save(ctx, { proposalCount: 4 })
    deleteMentorship(ctx, id)
    expect(summary(ctx).pairs).toBe(0)
    expect(listRecycle(ctx).find((r) => r.id === id)).toMatchObject({ entity: 'mentorship', title: '毛建华 带 王小川' })
    restoreRecycled(ctx, { entity: 'mentorship', id })
    expect(summary(ctx)).toMatchObject({ pairs: 1, proposalCount: 4 })
    expect(() => deleteMentorship(ctx, '00000000-0000-4000-8000-000000000000')).toThrow('师带徒结对不存在或已被删除')
    deleteMentorship(ctx, id)
    purgeRecycled(ctx, { entity: 'mentorship', id })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM mentorships WHERE id = ?').get(id)).toEqual({ n: 0 })
  })
  it('组织下有结对（含回收站中的）时不能彻底删除组织；组织在回收站时不能恢复结对', () => {
    const ctx = setup()
    ctx.db.exec("DELETE FROM members WHERE org_id = 'd3e0a000-0000-4000-8000-00000000000b'")
    const FOOD = 'd3e0a000-0000-4000-8000-00000000000b'
    const mentor = ctx.db.prepare("SELECT id FROM members WHERE org_id = 'd3e0a000-0000-4000-8000-000000000009' LIMIT 1").get() as { id: string }
    ctx.db.prepare('UPDATE members SET org_id = ? WHERE id = ?').run(FOOD, mentor.id)
    const { id } = save(ctx, { orgId: FOOD, mentorId: mentor.id })
    deleteMentorship(ctx, id)
    ctx.db.prepare('UPDATE members SET org_id = ? WHERE id = ?').run('d3e0a000-0000-4000-8000-000000000009', mentor.id)
    deleteOrg(ctx, FOOD)
    expect(() => restoreRecycled(ctx, { entity: 'mentorship', id })).toThrow('请先恢复「大渡河食品党支部」，再恢复这条师带徒结对')
    expect(() => purgeRecycled(ctx, { entity: 'org', id: FOOD })).toThrow('师带徒结对')
  })
})

describe('「红师傅带蓝徒弟」结对台账', () => {
  it('所选年度每对一行，培养目标分项写，末行合计与页面上的成效一致', async () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const r = (await exportMentoringLedger(ctx, { orgId: WORKS, year: 2026 }))!
    expect(r.rows).toBe(3)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r.path)
    const ws = wb.worksheets[0]
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 })
    const rows: unknown[][] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(String(rows[0][0])).toBe('「红师傅带蓝徒弟」结对台账')
    expect(String(rows[1][0])).toContain('嘉州新材料生产第一党支部')
    const header = rows.findIndex((x) => x[0] === '序号')
    expect(rows[header].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '师傅', '徒弟', '徒弟岗位', '所在党组织', '结对日期', '计划出师日期', '培养目标', '状态', '出师/中止日期', '取得证书或等级', '取证日期', '技术提案（件）', '节约创效（元）', '递交入党申请书', '备注'])
    const body = rows.slice(header + 1)
    expect(body.map((x) => [x[0], x[1], x[2], x[8], x[10], x[12], x[13], x[14]])).toEqual([
      [1, '毛建华', '李志鹏', '已出师', '轧钢工（高级工）', 3, 86000, '2025-09-20'],
      [2, '尹梓涵', '杨雪', '已出师', '化学检验员（中级工）', 2, 35000.5, '2026-06-18'],
      [3, '毛建华', '马晓东', '结对中', undefined, 1, 12000, '未递交'],
      [undefined, '合计', '3 对', '出师 2', '取证 2 人', 6, 133000.5, '1 人']
    ])
    expect(body[0][7]).toBe('技能：独立操作精轧机组，取得轧钢工高级工证书\n思想：每季度交一次思想汇报，参加支部主题党日')
    expect(ws.getRow(header + 2).getCell(14).numFmt).toBe('#,##0.00')
  })
})

describe('体检 D2.3 建议分', () => {
  it('体检日前 12 个月有结对给满分并写明结对、出师、取证、申请入党人数；没有结对扣 2', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const items = getTemplate(ctx, 'c4ec0000-0000-4000-8000-000000000001').body.items
    expect(suggestScores(ctx, WORKS, '2026-11-20', items)['D2.3']).toEqual({
      score: 2, explanation: '体检日前 12 个月：2025-11-21 至 2026-11-20：结对 3 对，出师 2 人，取得证书或等级 2 人，徒弟递交入党申请书 1 人，技术提案 6 件'
    })
    ctx.db.exec('DELETE FROM mentorships')
    expect(suggestScores(ctx, WORKS, '2026-11-20', items)['D2.3']).toMatchObject({ score: 0, explanation: expect.stringContaining('没有结对（无扣 2）') })
  })
})
