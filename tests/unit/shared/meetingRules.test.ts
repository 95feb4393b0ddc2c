import { describe, expect, it } from 'vitest'
import hoursRule from '../../../seeds/rules/education-hours.json'
import reviewRule from '../../../seeds/rules/democratic-review.json'
import { type RosterEntry, attendanceErrors, meetingFieldErrors, quorumWarning, reviewErrors, reviewWarning } from '../../../src/shared/meetings/attendance'
import { hoursSummary, hoursTarget } from '../../../src/shared/meetings/hours'

const p = (id: string, o: Partial<RosterEntry> = {}): RosterEntry => ({ id, name: `党员${id}`, category: 'full', partyPost: '99', voting: true, ...o })
const roster = [p('1', { partyPost: '01' }), p('2', { partyPost: '03' }), p('3'), p('4', { category: 'probationary', voting: false })]

describe('到会登记', () => {
  it.each<[string, string[], { memberId: string; reason: string | null }[], string[]]>([
    ['全部到会', ['1', '2', '3', '4'], [], []],
    ['缺席有原因', ['1', '2', '3'], [{ memberId: '4', reason: '出差' }], []],
    ['缺席没写原因', ['1', '2', '3'], [{ memberId: '4', reason: null }], ['党员4 缺席，请填写缺席原因']],
    ['漏记一人', ['1', '2'], [{ memberId: '4', reason: '病假' }], ['党员3 既未记到会也未记缺席']],
    ['实到多于应到', ['1', '2', '3', '4', '5'], [], ['实到 5 人多于应到 4 人', '有 1 人不在会议日期本组织的应到名单中（列席人员请写在「列席人员」里）']],
    ['同时到会和缺席', ['1', '2', '3', '4'], [{ memberId: '4', reason: '事假' }], ['党员4 同时被记为到会和缺席']]
  ])('%s', (_n, present, absent, errors) => {
    expect(attendanceErrors({ expected: roster, present, absent })).toEqual(errors)
  })

  it('未来的会、党课缺授课人或学时被拒绝', () => {
    expect(meetingFieldErrors({ type: 'theme_day', date: '2026-11-26', lecturer: null, hours: null }, '2026-11-25')).toEqual(['会议日期 2026-11-26 晚于今天，不能登记还没开的会'])
    expect(meetingFieldErrors({ type: 'lecture', date: '2026-11-25', lecturer: null, hours: null }, '2026-11-25')).toEqual(['党课请填写授课人', '党课请填写学时'])
  })

  it('支委会过半数、党员大会按有表决权的人数过半（预备党员不计）', () => {
    const committee = [p('1', { partyPost: '01' }), p('2', { partyPost: '03' }), p('3', { partyPost: '04' })]
    expect(quorumWarning('committee', committee, ['1', '2'])).toBeNull()
    expect(quorumWarning('committee', committee, ['1'])).toMatch(/未超过应到委员 3 人的半数/)
    expect(quorumWarning('general', roster, ['1', '2'])).toBeNull()
    expect(quorumWarning('general', roster, ['1', '4'])).toMatch(/有表决权的到会党员 1 人，未超过应到 3 人的半数/)
    expect(quorumWarning('theme_day', roster, [])).toBeNull()
  })
})

describe('民主评议：优秀一般不超过党员总数的 1/3（提醒，分母是全体党员），预备党员不评等次', () => {
  const nine = Array.from({ length: 9 }, (_, i) => p(String(i + 1)))
  const grades = (n: number) => nine.map((m, i) => ({ memberId: m.id, grade: i < n ? 'excellent' : 'qualified' }))
  it.each<[number, boolean]>([[0, true], [3, true], [4, false]])('9 名党员评 %i 个优秀', (n, ok) => {
    expect(reviewErrors(nine, grades(n))).toEqual([])
    const w = reviewWarning(nine, grades(n), reviewRule)
    expect(w === null).toBe(ok)
    if (!ok) expect(w).toBe('评为优秀的有 4 人，超过党员总数 9 人的 1/3（一般不超过 3 人），已保存，请核实')
  })
  it('分母是全体党员（含预备党员）：6 名正式、3 名预备，评 3 个优秀不提醒', () => {
    const mixed = nine.map((m, i) => (i >= 6 ? { ...m, category: 'probationary' as const } : m))
    const g = mixed.slice(0, 6).map((m, i) => ({ memberId: m.id, grade: i < 3 ? 'excellent' : 'qualified' }))
    expect(reviewWarning(mixed, g, reviewRule)).toBeNull()
  })
  it('给预备党员评等次被拒绝', () => {
    expect(reviewErrors(roster, [{ memberId: '4', grade: 'qualified' }])).toEqual(['党员4 是预备党员，参加评议但不评定等次'])
  })
})

describe('教育培训学时', () => {
  it('书记、委员 56 学时，其他党员 32 学时（取自规则表）', () => {
    expect(hoursTarget('01', hoursRule)).toBe(56)
    expect(hoursTarget('04', hoursRule)).toBe(56)
    expect(hoursTarget('99', hoursRule)).toBe(32)
    expect(hoursTarget(null, hoursRule)).toBe(32)
  })
  it('按人累计、对照要求、算达标率', () => {
    const members = [{ id: 'a', name: '甲', orgName: '支部', partyPost: '01' }, { id: 'b', name: '乙', orgName: '支部', partyPost: '99' }]
    const s = hoursSummary(members, [{ memberId: 'a', hours: 40 }, { memberId: 'b', hours: 20 }, { memberId: 'b', hours: 12.5 }], hoursRule)
    expect(s.rows.map((r) => [r.name, r.hours, r.target, r.attained])).toEqual([['甲', 40, 56, false], ['乙', 32.5, 32, true]])
    expect(s.rate).toBe(0.5)
  })
})
