import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { listRecycle, purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { exportVolunteerLedger } from '../../../src/main/volunteer/ledger'
import { deleteVolunteer, saveVolunteer, volunteerYear } from '../../../src/main/volunteer/service'
import { changesFor } from '../../../src/main/changes/service'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate } from '../../../src/main/checkups/templates'
import { volunteerInput } from '../../../src/shared/volunteer/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const WORKS = 'd3e0a000-0000-4000-8000-000000000004' // 嘉州新材料生产第一党支部
const NEW_MATERIALS = 'd3e0a000-0000-4000-8000-000000000003'
const SILICON = 'd3e0a000-0000-4000-8000-000000000007'
const MAO = 'd3e0a000-0000-4000-8000-00000000001c' // 毛建华
const YIN = 'd3e0a000-0000-4000-8000-00000000001a' // 尹梓涵
const ZOU = 'd3e0a000-0000-4000-8000-00000000002d' // 邹涛，岷江硅业

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  ctx.db.exec('DELETE FROM volunteer_activities')
  return ctx
}
const save = (ctx: AppContext, o: Record<string, unknown> = {}) =>
  saveVolunteer(ctx, volunteerInput.parse({ orgId: WORKS, teamType: 'volunteer', teamName: '新材料党员志愿服务队', activityDate: '2026-10-01', serviceContent: '国庆期间社区义诊引导', headcount: 6, memberIds: [MAO, YIN], hoursPerPerson: 2.5, served: 80, ...o }))
const counts = (ctx: AppContext) => ctx.db.prepare('SELECT (SELECT COUNT(*) FROM volunteer_activities) AS n, (SELECT COUNT(*) FROM change_log) AS changes').get()

describe('志愿服务活动', () => {
  it('示例数据：次数、人次、时长按所选年度和组织（含下级）合计；重复载入不重复插入', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2026 }).summary).toEqual({ times: 3, personTimes: 33, hours: 194, served: 42 })
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2025 }).summary).toEqual({ times: 1, personTimes: 12, hours: 30, served: 0 })
    expect(volunteerYear(ctx, { orgId: NEW_MATERIALS, year: 2026 }).summary.times).toBe(3)
    expect(volunteerYear(ctx, { orgId: SILICON, year: 2026 }).rows.map((r) => [r.teamName, r.memberNames])).toEqual([['岷江硅业志愿服务队', ['邹涛', '周静']]])
    const before = counts(ctx)
    loadDemo(ctx)
    expect(counts(ctx)).toMatchObject({ n: (before as { n: number }).n })
  })
  it('登记后列出来，参加党员的姓名取自花名册；修改、删除都记变更；删除后合计里不再算，恢复回来又算', () => {
    const ctx = setup()
    const { id } = save(ctx)
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2026 })).toMatchObject({ rows: [{ id, memberNames: ['毛建华', '尹梓涵'], orgName: '嘉州新材料生产第一党支部' }], summary: { times: 1, personTimes: 6, hours: 15, served: 80 } })
    save(ctx, { id, headcount: 10 })
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2026 }).summary).toEqual({ times: 1, personTimes: 10, hours: 25, served: 80 })
    deleteVolunteer(ctx, id)
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2026 }).summary.times).toBe(0)
    expect(listRecycle(ctx).find((r) => r.id === id)).toMatchObject({ entity: 'volunteerActivity', detail: '志愿服务 · 嘉州新材料生产第一党支部' })
    restoreRecycled(ctx, { entity: 'volunteerActivity', id })
    expect(volunteerYear(ctx, { orgId: WORKS, year: 2026 }).summary.times).toBe(1)
    expect(changesFor(ctx, { entity: 'volunteerActivity', id }).length).toBe(4)
    deleteVolunteer(ctx, id)
    purgeRecycled(ctx, { entity: 'volunteerActivity', id })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM volunteer_activities').get()).toEqual({ n: 0 })
  })
  it.each<[string, Record<string, unknown>, string]>([
    ['活动日期在将来', { activityDate: '2026-11-26' }, '活动日期 2026-11-26 晚于今天'],
    ['参加的党员是别的企业的', { memberIds: [MAO, ZOU] }, '邹涛不在「嘉州新材料生产第一党支部」的党员花名册上'],
    ['参加的党员不在花名册上', { memberIds: ['d3e0a000-0000-4000-8000-0000000fffff'] }, '所选党员有的不在花名册上'],
    ['修改不存在的活动', { id: 'd3e0a000-0000-4000-8000-0000000fffff' }, '志愿服务活动不存在或已被删除']
  ])('%s：拒绝，什么也不存', (_, o, message) => {
    const ctx = setup()
    const before = counts(ctx)
    expect(() => save(ctx, o)).toThrow(message)
    expect(counts(ctx)).toEqual(before)
  })
})

describe('志愿服务活动台账', () => {
  it('所选年度每次活动一行，末行合计次数、人次、时长、服务群众', async () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const r = (await exportVolunteerLedger(ctx, { orgId: WORKS, year: 2026 }))!
    expect(r.rows).toBe(3)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r.path)
    const ws = wb.worksheets[0]
    expect(ws.pageSetup.orientation).toBe('landscape')
    const rows: unknown[][] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(String(rows[0][0])).toBe('志愿服务活动台账')
    const header = rows.findIndex((x) => x[0] === '序号')
    expect(rows[header].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '活动日期', '队伍类型', '队伍名称', '所在党组织', '服务内容', '参加人次', '人均小时', '服务小时', '服务群众', '参加的党员', '备注'])
    const body = rows.slice(header + 1)
    expect(body.map((x) => [x[1], x[2], x[6], x[7], x[8], x[9], x[10]])).toEqual([
      ['2026-03-05', '志愿服务队', 8, 3, 24, 42, '毛建华、尹梓涵、蒋玉兰'],
      ['2026-07-18', '应急突击队', 15, 6, 90, 0, '毛建华、姚子轩、陈一鸣、彭振宇'],
      ['2026-09-12', '党员先锋队', 10, 8, 80, 0, '尹梓涵、毛建华'],
      ['合计', '3 次', 33, undefined, 194, 42, undefined]
    ])
  })
})

describe('体检 D4.1 建议分', () => {
  it('体检日前 12 个月没有活动扣 3，少于 4 次扣 1.5，4 次以上满分', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const items = getTemplate(ctx, 'c4ec0000-0000-4000-8000-000000000001').body.items
    const d41 = () => suggestScores(ctx, WORKS, '2026-11-20', items)['D4.1']
    // 示例数据：2025-12-05、2026-03-05、07-18、09-12 四次
    expect(d41()).toEqual({ score: 3, explanation: '体检日前 12 个月：2025-11-21 至 2026-11-20：志愿服务 4 次、45 人次、224 小时' })
    ctx.db.exec("DELETE FROM volunteer_activities WHERE activity_date = '2025-12-05'")
    expect(d41()).toEqual({ score: 1.5, explanation: '体检日前 12 个月：2025-11-21 至 2026-11-20：志愿服务 3 次、33 人次、194 小时，少于 4 次，扣 1.5', finding: '近一年志愿服务活动只有 3 次，少于 4 次' })
    ctx.db.exec('DELETE FROM volunteer_activities')
    expect(d41()).toMatchObject({ score: 0, explanation: expect.stringContaining('没有活动（无活动扣 3）') })
  })
})
