import { describe, expect, it } from 'vitest'
import frequency from '../../../seeds/rules/meeting-frequency.json'
import { absenceOf } from '../../../src/shared/meetings/absence'
import { type ComplianceInput, computeCompliance } from '../../../src/shared/meetings/compliance'
import type { FrequencyRule } from '../../../src/shared/meetings/rules'

const TODAY = '2026-11-25'
const rules = frequency.rules as FrequencyRule[]
const monthly = (day: number, types: string[], months: number[]) => months.flatMap((m) => types.map((type) => ({ type, date: `2026-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` })))
const base = (o: Partial<ComplianceInput> = {}): ComplianceInput => ({ year: 2026, today: TODAY, rules, since: null, hasCommittee: true, hasPartyGroups: true, meetings: [], ...o })
const lights = (o: Partial<ComplianceInput>) => computeCompliance(base(o)).months.map((m) => m.light)

describe('组织生活频次（月、季、年）', () => {
  it('每月三会齐全、每季党员大会和党课都开了：已过去的月份全绿，本月进行中，下月未到', () => {
    const meetings = [...monthly(10, ['committee', 'theme_day', 'group'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), ...monthly(20, ['general', 'lecture'], [3, 6, 9])]
    expect(lights({ meetings })).toEqual(['green', 'green', 'green', 'green', 'green', 'green', 'green', 'green', 'green', 'green', 'open', 'future'])
  })

  it.each<[string, ComplianceInput['meetings'], number, string]>([
    ['一个会也没开：红灯', [], 10, 'red'],
    ['只开了主题党日：黄灯（缺支委会和党小组会）', monthly(5, ['theme_day'], [10]), 10, 'yellow'],
    ['月度会齐全：绿灯（10 月不是季末）', monthly(5, ['committee', 'theme_day', 'group'], [10]), 10, 'green'],
    ['季末月度会齐全但本季没开党员大会和党课：黄灯', monthly(5, ['committee', 'theme_day', 'group'], [9]), 9, 'yellow'],
    ['党员大会开在季度第一个月也算本季：季末绿灯', [...monthly(5, ['committee', 'theme_day', 'group'], [9]), ...monthly(3, ['general', 'lecture'], [7])], 9, 'green'],
    ['上一季度开的党员大会不算本季', [...monthly(5, ['committee', 'theme_day', 'group'], [9]), ...monthly(3, ['general', 'lecture'], [6])], 9, 'yellow']
  ])('%s', (_n, meetings, month, light) => {
    expect(lights({ meetings })[month - 1]).toBe(light)
  })

  it('季度与年度规则逐期核对：到期的期数与达标率', () => {
    const r = computeCompliance(base({ meetings: [...monthly(3, ['general'], [2, 5]), ...monthly(4, ['life'], [11])] }))
    const general = r.rules.find((x) => x.type === 'general')!
    expect(general.periods.map((p) => p.status)).toEqual(['met', 'met', 'missed', 'open'])
    expect([general.due, general.met]).toEqual([3, 2])
    const life = r.rules.find((x) => x.type === 'life')!
    expect(life.periods).toMatchObject([{ label: '全年', status: 'met', held: 1 }])
    const review = r.rules.find((x) => x.type === 'review')!
    expect(review.periods[0].status).toBe('open')
    expect(r.counts).toEqual({ general: 2, life: 1 })
  })

  it('没有设党小组的支部：党小组会不要求，月度只看支委会和主题党日', () => {
    const meetings = monthly(5, ['committee', 'theme_day'], [10])
    expect(lights({ meetings, hasPartyGroups: false })[9]).toBe('green')
    expect(lights({ meetings, hasPartyGroups: true })[9]).toBe('yellow')
    const r = computeCompliance(base({ hasPartyGroups: false }))
    expect(r.rules.find((x) => x.type === 'group')).toMatchObject({ notApplicable: '未设党小组', periods: [], due: 0 })
  })

  it('正式党员不足 7 人、不设支委会的支部：支委会不要求', () => {
    const meetings = monthly(5, ['theme_day', 'group'], [10])
    expect(lights({ meetings, hasCommittee: false })[9]).toBe('green')
  })

  it('年中成立的支部：成立前开始的月、季、年都不要求（7 月 20 日成立：7 月与第三季度不要求，8 月起核对）', () => {
    const meetings = monthly(10, ['committee', 'theme_day', 'group'], [8, 9, 10])
    const r = computeCompliance(base({ since: '2026-07-20', meetings }))
    expect(r.months.map((m) => m.light)).toEqual(['none', 'none', 'none', 'none', 'none', 'none', 'none', 'green', 'green', 'green', 'open', 'future'])
    expect(r.rules.find((x) => x.type === 'general')!.periods.map((p) => p.status)).toEqual(['not_due', 'not_due', 'not_due', 'open'])
    expect(r.rules.find((x) => x.type === 'life')!.periods[0].status).toBe('not_due')
  })

  it('未来日期的会和别的年份的会不计入', () => {
    const r = computeCompliance(base({ meetings: [{ type: 'committee', date: '2026-12-01' }, { type: 'committee', date: '2025-10-01' }] }))
    expect(r.counts).toEqual({})
  })

  it('往年：12 月也按已过去核对，达标率按到期期数算', () => {
    const meetings = monthly(10, ['committee', 'theme_day', 'group'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    const r = computeCompliance(base({ year: 2025, meetings: meetings.map((m) => ({ ...m, date: m.date.replace('2026', '2025') })) }))
    expect(r.months[11].light).toBe('yellow')
    expect(r.due).toBe(12 * 3 + 4 * 2 + 2)
    expect(r.met).toBe(36)
    expect(r.rate).toBeCloseTo(36 / 46)
  })
})

describe('连续未参加组织生活：3 个月黄灯、6 个月红灯', () => {
  const opts = { today: TODAY, firstRecorded: '2026-01-08', yellowMonths: 3, redMonths: 6 }
  const m = (since: string, attended: string[]) => ({ id: 'x', name: '甲', orgName: '支部', since, attended })
  it.each<[string, string, string[], number, string | null]>([
    ['8 月参加过：9、10 月两个月没参加，不预警', '2010-05-01', ['2026-08-15'], 2, null],
    ['7 月后没参加：8–10 月三个月，黄灯', '2010-05-01', ['2026-07-15'], 3, 'yellow'],
    ['5 月参加后再没来：6–10 月五个月，黄灯', '2010-05-01', ['2026-05-15'], 5, 'yellow'],
    ['4 月后没参加：5–10 月六个月，红灯（自行脱党）', '2010-05-01', ['2026-04-30'], 6, 'red'],
    ['从没参加：从第一次有记录的 1 月算起，红灯', '2010-05-01', [], 10, 'red'],
    ['年中 8 月 15 日入党、还没参加：9、10 月两个月', '2026-08-15', [], 2, null],
    ['8 月 1 日转入、还没参加：8–10 月三个月，黄灯', '2026-08-01', [], 3, 'yellow'],
    ['本月刚参加：0', '2010-05-01', ['2026-11-03'], 0, null]
  ])('%s', (_n, since, attended, months, level) => {
    expect(absenceOf(m(since, attended), opts)).toMatchObject({ monthsMissed: months, level })
  })

  it('组织还没有任何会议记录：不预警（没有记录不等于没参加）', () => {
    expect(absenceOf(m('2010-05-01', []), { ...opts, firstRecorded: null })).toMatchObject({ monthsMissed: 0, level: null })
  })

  it('月数取自规则表：改成 2 / 4 个月就按 2 / 4 个月报', () => {
    expect(absenceOf(m('2010-05-01', ['2026-08-15']), { ...opts, yellowMonths: 2, redMonths: 4 }).level).toBe('yellow')
  })
})
