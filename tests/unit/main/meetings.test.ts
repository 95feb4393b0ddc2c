import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { exportMeetingLedger } from '../../../src/main/meetings/ledger'
import { educationHours, meetingCompliance } from '../../../src/main/meetings/reports'
import { expectedRoster } from '../../../src/main/meetings/roster'
import { deleteMeeting, getMeeting, listMeetings, saveMeeting } from '../../../src/main/meetings/service'
import { listProblems } from '../../../src/main/problems/service'
import { listRecycle, purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { meetingTodos } from '../../../src/main/meetings/todos'
import { deleteConsultation, saveConsultation } from '../../../src/main/consultations/service'
import { deleteOrg, saveOrg } from '../../../src/main/org/service'
import { deleteMember } from '../../../src/main/members/service'
import { consultationInput } from '../../../src/shared/consultations/schemas'
import { orgInput } from '../../../src/shared/org/schemas'
import { meetingInput } from '../../../src/shared/meetings/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const OFFICE = 'd3e0a000-0000-4000-8000-000000000005' // 嘉州新材料机关党支部：10 名正式党员、2 名预备党员、没有党小组长
const WORKS = 'd3e0a000-0000-4000-8000-000000000004' // 生产第一党支部：示例数据里有 6–10 月的会议

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  return ctx
}

/** Everyone present except the given absentees (with reasons). */
function meeting(ctx: ReturnType<typeof setup>, o: Record<string, unknown> & { type: string; date: string }, absent: Record<string, string | null> = {}) {
  const roster = expectedRoster(ctx, (o.orgId as string) ?? OFFICE, o.date, o.type)
  return meetingInput.parse({
    orgId: OFFICE, topic: '会议', ...o,
    present: roster.filter((r) => !(r.name in absent)).map((r) => r.id),
    absent: roster.filter((r) => r.name in absent).map((r) => ({ memberId: r.id, reason: absent[r.name] }))
  })
}

async function readBack(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const rows: string[][] = []
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return rows
}

describe('组织生活：登记会议', () => {
  it('应到来自花名册（会议日期那天），支委会只算书记和委员，预备党员没有表决权', () => {
    const ctx = setup()
    const all = expectedRoster(ctx, OFFICE, '2026-10-10', 'theme_day')
    expect(all.length).toBe(12)
    expect(all.filter((r) => !r.voting).map((r) => r.name).sort()).toEqual(['侯德明', '蒋俊杰'])
    expect(expectedRoster(ctx, OFFICE, '2026-07-01', 'theme_day').length).toBe(11)
    expect(expectedRoster(ctx, OFFICE, '2026-10-10', 'committee').map((r) => r.name)).toEqual(['龚明辉', '刘婷', '罗梓涵'])
  })

  it('示例数据重复载入不重复插入', () => {
    const ctx = setup()
    const count = () => ctx.db.prepare('SELECT (SELECT COUNT(*) FROM meetings) + (SELECT COUNT(*) FROM meeting_attendees) + (SELECT COUNT(*) FROM visits) + (SELECT COUNT(*) FROM consultations) + (SELECT COUNT(*) FROM analysis_meetings) AS n').get()
    const before = count()
    loadDemo(ctx)
    expect(count()).toEqual(before)
    expect(listMeetings(ctx, { orgId: WORKS, year: 2026 }).length).toBe(23 - 4)
  })

  it('保存、读回到会名单与缺席原因；实到与应到', () => {
    const ctx = setup()
    const { id, warnings } = saveMeeting(ctx, meeting(ctx, { type: 'theme_day', date: '2026-10-15', topic: '学习四中全会精神', hours: 4 }, { 马超: '出差' }))
    expect(warnings).toEqual([])
    const m = getMeeting(ctx, id)
    expect([m.expected, m.presentCount]).toEqual([12, 11])
    expect(m.attendees.find((a) => a.name === '马超')).toMatchObject({ present: false, reason: '出差' })
    expect(listMeetings(ctx, { orgId: OFFICE })).toMatchObject([{ id, expected: 12, presentCount: 11 }])
  })

  it('党员调走后修改旧会议记录：当时的到会名单保留，不报「不在应到名单」', () => {
    const ctx = setup()
    const m = meeting(ctx, { type: 'theme_day', date: '2026-10-15', topic: '学习' }, { 马超: '出差' })
    const { id } = saveMeeting(ctx, m)
    deleteMember(ctx, m.absent[0].memberId)
    saveMeeting(ctx, meetingInput.parse({ ...m, id, topic: '学习（补记）' }))
    const got = getMeeting(ctx, id)
    expect([got.topic, got.expected, got.attendees.find((a) => a.name === '马超')?.reason]).toEqual(['学习（补记）', 12, '出差'])
  })

  it.each<[string, Record<string, unknown> & { type: string; date: string }, Record<string, string | null>, RegExp]>([
    ['未来的会', { type: 'theme_day', date: '2026-11-26' }, {}, /晚于今天/],
    ['缺席没有原因', { type: 'theme_day', date: '2026-10-15' }, { 马超: null }, /马超 缺席，请填写缺席原因/],
    ['党课没有授课人', { type: 'lecture', date: '2026-10-15', hours: 2 }, {}, /党课请填写授课人/]
  ])('坏输入被拒绝、什么也不保存：%s', (_n, o, absent, message) => {
    const ctx = setup()
    const before = listMeetings(ctx, {}).length
    expect(() => saveMeeting(ctx, meeting(ctx, o, absent))).toThrow(message)
    expect(listMeetings(ctx, {}).length).toBe(before)
  })

  it('实到多于应到（名单外的人）通过接口得到中文 INVALID 错误', async () => {
    const ctx = setup()
    const dispatch = createDispatch(ctx, () => {})
    const m = meeting(ctx, { type: 'theme_day', date: '2026-10-15' })
    const r = await dispatch('meetings.save', { ...m, present: [...m.present, 'd3e0a000-0000-4000-8000-000000000029'] })
    expect(r).toEqual({ ok: false, error: { code: 'INVALID', message: '实到 13 人多于应到 12 人；有 1 人不在会议日期本组织的应到名单中（列席人员请写在「列席人员」里）' } })
  })

  it('支委会到会未过半：保存并提醒会议决定无效', () => {
    const ctx = setup()
    const r = saveMeeting(ctx, meeting(ctx, { type: 'committee', date: '2026-10-05' }, { 刘婷: '病假', 罗梓涵: '出差' }))
    expect(r.warnings).toEqual(['到会委员 1 人，未超过应到委员 3 人的半数，会议决定无效'])
  })

  it('民主评议：优秀一般不超过党员总数（全体党员）的 1/3——超过的照样保存并提醒；预备党员不评等次', () => {
    const ctx = setup()
    const base = meeting(ctx, { type: 'review', date: '2026-11-20', topic: '2026 年度民主评议党员' })
    const roster = expectedRoster(ctx, OFFICE, '2026-11-20', 'review')
    const full = roster.filter((r) => r.category === 'full')
    const max = Math.floor(roster.length / 3)
    const grades = (n: number) => full.map((r, i) => ({ memberId: r.id, grade: i < n ? 'excellent' : 'qualified' }))
    expect(saveMeeting(ctx, meetingInput.parse({ ...base, grades: grades(max) })).warnings).toEqual([])
    const over = saveMeeting(ctx, meetingInput.parse({ ...base, grades: grades(max + 1) }))
    expect(over.warnings).toEqual([`评为优秀的有 ${max + 1} 人，超过党员总数 ${roster.length} 人的 1/3（一般不超过 ${max} 人），已保存，请核实`])
    expect(getMeeting(ctx, over.id).attendees.filter((a) => a.grade === 'excellent').length).toBe(max + 1)
  })

  it('组织生活会：会前步骤保存，整改清单转入问题整改（来源组织生活会），再次保存不重复', () => {
    const ctx = setup()
    const m = meetingInput.parse({ ...meeting(ctx, { type: 'life', date: '2026-11-18', topic: '2026 年度组织生活会' }), lifeSteps: ['study', 'talks'], rectifications: ['党员联系群众不够经常', '学习笔记不全'] })
    const { id } = saveMeeting(ctx, m)
    saveMeeting(ctx, meetingInput.parse({ ...m, id, rectifications: ['党员联系群众不够经常', '学习笔记不全', '新增一条'] }))
    const got = getMeeting(ctx, id)
    expect(got.lifeSteps).toEqual(['study', 'talks'])
    expect(got.rectifications.map((r) => r.description)).toEqual(['党员联系群众不够经常', '学习笔记不全', '新增一条'])
    expect(listProblems(ctx, { source: 'life_meeting' }).map((p) => p.sourceLabel)).toEqual(['2026-11-18 组织生活会', '2026-11-18 组织生活会', '2026-11-18 组织生活会'])
  })

  it('删除进回收站、可恢复；有会议的组织不能彻底删除', () => {
    const ctx = setup()
    const { id } = saveMeeting(ctx, meeting(ctx, { type: 'theme_day', date: '2026-10-15' }))
    deleteMeeting(ctx, id)
    expect(listMeetings(ctx, { orgId: OFFICE })).toEqual([])
    expect(listRecycle(ctx)).toMatchObject([{ entity: 'meeting', id, detail: '会议记录 · 嘉州新材料机关党支部' }])
    restoreRecycled(ctx, { entity: 'meeting', id })
    expect(listMeetings(ctx, { orgId: OFFICE }).length).toBe(1)
    deleteMeeting(ctx, id)
    purgeRecycled(ctx, { entity: 'meeting', id })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM meeting_attendees WHERE meeting_id = ?').get(id)).toEqual({ n: 0 })
    const orgId = saveOrg(ctx, orgInput.parse({ name: '新设党支部', orgType: 'branch', setupMode: 'single', parentId: 'd3e0a000-0000-4000-8000-000000000001' })).id
    const c = saveConsultation(ctx, consultationInput.parse({ orgId, topic: '年度投资计划', submittedDate: '2026-10-01', opinion: '同意', outcome: 'pending' }))
    deleteConsultation(ctx, c.id)
    deleteOrg(ctx, orgId)
    expect(() => purgeRecycled(ctx, { entity: 'org', id: orgId })).toThrow('该组织下还有（含回收站中的）1 条会议、走访、议题前置或经营分析会记录，请先彻底删除它们')
    purgeRecycled(ctx, { entity: 'consultation', id: c.id })
    purgeRecycled(ctx, { entity: 'org', id: orgId })
  })
})

describe('频次达标、连续未参加、学时（示例数据的生产第一党支部）', () => {
  it('6–10 月：8 月缺党小组会为黄灯，其余绿灯；本月进行中', () => {
    const ctx = setup()
    const c = meetingCompliance(ctx, WORKS, 2026)
    expect(c.hasPartyGroups).toBe(true)
    expect(c.months.slice(5).map((m) => m.light)).toEqual(['green', 'green', 'yellow', 'green', 'green', 'open', 'future'])
    expect(c.months[0].light).toBe('red')
  })

  it('机关党支部没有党小组长：不要求党小组会；只开了 10 月的支委会和主题党日，10 月绿、9 月红', () => {
    const ctx = setup()
    saveMeeting(ctx, meeting(ctx, { type: 'committee', date: '2026-10-05' }))
    saveMeeting(ctx, meeting(ctx, { type: 'theme_day', date: '2026-10-15' }))
    const c = meetingCompliance(ctx, OFFICE, 2026)
    expect([c.hasPartyGroups, c.hasCommittee]).toEqual([false, true])
    expect(c.months[9].light).toBe('green')
    expect(c.months[8].light).toBe('red')
    expect(c.rules.find((r) => r.type === 'group')!.notApplicable).toBe('未设党小组')
  })

  it('流动党员胡嘉怡 6 月起一直缺席：5 个月，黄灯', () => {
    const ctx = setup()
    const row = meetingCompliance(ctx, WORKS, 2026).absence.find((a) => a.name === '胡嘉怡')
    expect(row).toMatchObject({ monthsMissed: 5, level: 'yellow', lastAttended: null })
  })

  it('首页待办：上月没开齐的支部、月底前 7 天还没开的会、连续未参加组织生活的党员', () => {
    const ctx = setup()
    const todos = meetingTodos(ctx, [WORKS, OFFICE])
    // 机关党支部在软件里还没有会议记录：不报「上月未开齐」，只提醒本月的会
    expect(todos.filter((t) => t.kind === '组织生活').map((t) => [t.orgName, t.level, t.title])).toEqual([
      ['嘉州新材料机关党支部', 'soon', '本月还需召开：支委会、主题党日'],
      ['嘉州新材料生产第一党支部', 'soon', '本月还需召开：支委会、主题党日、党小组会']
    ])
    // 记过会以后，从那个月起没开齐的月份就报
    saveMeeting(ctx, meeting(ctx, { type: 'general', date: '2026-10-09' }))
    expect(meetingTodos(ctx, [OFFICE]).filter((t) => t.level === 'overdue').map((t) => t.title)).toEqual(['10 月组织生活未开齐：缺支委会、主题党日'])
    expect(todos.filter((t) => t.kind === '未参加组织生活').map((t) => t.title)).toContain('胡嘉怡 连续 5 个月未参加组织生活')
    expect(meetingTodos(ctx, ['d3e0a000-0000-4000-8000-000000000003'])).toEqual([])
  })

  it('党委层级不按支部频次核对，说明原因', () => {
    const ctx = setup()
    const c = meetingCompliance(ctx, 'd3e0a000-0000-4000-8000-000000000003', 2026)
    expect(c.applies).toBe(false)
    expect(c.reason).toMatch(/请选择党支部/)
  })

  it('学时：书记 56、党员 32；到会的学时累加', () => {
    const ctx = setup()
    const h = educationHours(ctx, WORKS, 2026)
    const sec = h.rows.find((r) => r.name === '姚子轩')!
    expect(sec.target).toBe(56)
    expect(sec.hours).toBe(5 * 4 + 2 * 4 + 4 + 4 * 2)
    expect(h.rows.find((r) => r.name === '胡嘉怡')!.hours).toBe(0)
  })
})

describe('台账读回', () => {
  it('三会一课记录台账：只有三会一课，按日期，人数与缺席原因', async () => {
    const ctx = setup()
    const r = (await exportMeetingLedger(ctx, { orgId: WORKS, year: 2026, ledger: 'three' }))!
    const rows = await readBack(r.path)
    expect(rows[0][0]).toBe('三会一课记录台账')
    expect(rows[1].join()).toContain('填报单位：嘉州新材料生产第一党支部')
    expect(rows[2].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '会议类型', '日期', '会议主题', '地点', '主持人', '记录人', '授课人', '人数', '人数', '缺席人员及原因', '议程/学习内容', '决议事项', '学时'])
    expect(rows[3].slice(8, 10)).toEqual(['应到', '实到'])
    const body = rows.slice(4)
    expect(body.length).toBe(r.rows)
    expect(r.rows).toBe(5 + 4 + 2 + 2)
    expect(body[0].slice(0, 4)).toEqual(['1', '支委会', '2026-06-03', '6月支委会：研究本月党建工作安排'])
    expect(body.some((x) => x.includes('党课') && x.includes('姚涛'))).toBe(true)
    expect(body.map((x) => x[1])).not.toContain('主题党日')
    expect(body.find((x) => x[1] === '党小组会')![10]).toContain('胡嘉怡（外出务工')
  })

  it('主题党日台账与学时登记', async () => {
    const ctx = setup()
    const theme = await readBack((await exportMeetingLedger(ctx, { orgId: WORKS, year: 2026, ledger: 'theme_day' }))!.path)
    expect(theme[0][0]).toBe('主题党日台账')
    expect(theme.slice(4).map((r) => r[2])).toContain('参观嘉州红色教育基地')
    const hours = await readBack((await exportMeetingLedger(ctx, { orgId: WORKS, year: 2026, ledger: 'hours' }))!.path)
    expect(hours[0][0]).toBe('党员教育培训学时登记')
    const sec = hours.filter((r) => r[1] === '姚子轩')
    expect(sec.at(-1)!.slice(7)).toEqual(['40', '56'])
    expect(hours.find((r) => r[1] === '胡嘉怡')!.slice(4)).toEqual(['本年度暂无学习记录', '', '0', '0', '32'])
  })
})
