import { describe, expect, it } from 'vitest'
import { volunteerErrors, volunteerSummary } from '../../../src/shared/volunteer/rules'
import { volunteerInput } from '../../../src/shared/volunteer/schemas'

describe('志愿服务年度合计', () => {
  it.each<[string, { headcount: number; hoursPerPerson: number; served: number }[], ReturnType<typeof volunteerSummary>]>([
    ['没有活动', [], { times: 0, personTimes: 0, hours: 0, served: 0 }],
    ['一次 8 人、每人 3 小时', [{ headcount: 8, hoursPerPerson: 3, served: 42 }], { times: 1, personTimes: 8, hours: 24, served: 42 }],
    ['半小时累加不出小数误差', Array.from({ length: 10 }, () => ({ headcount: 3, hoursPerPerson: 0.5, served: 0 })), { times: 10, personTimes: 30, hours: 15, served: 0 }],
    ['几次合计', [{ headcount: 15, hoursPerPerson: 6, served: 0 }, { headcount: 12, hoursPerPerson: 2.5, served: 7 }], { times: 2, personTimes: 27, hours: 120, served: 7 }]
  ])('%s', (_, rows, expected) => {
    expect(volunteerSummary(rows)).toEqual(expected)
  })
  it('活动日期不能晚于今天', () => {
    expect(volunteerErrors({ activityDate: '2026-11-26' }, '2026-11-25')).toEqual(['活动日期 2026-11-26 晚于今天'])
    expect(volunteerErrors({ activityDate: '2026-11-25' }, '2026-11-25')).toEqual([])
  })
})

describe('志愿服务登记的校验', () => {
  const base = { orgId: 'd3e0a000-0000-4000-8000-000000000004', teamType: 'volunteer', teamName: '志愿服务队', activityDate: '2026-03-05', serviceContent: '社区服务', headcount: 2, hoursPerPerson: 2 }
  const m = (n: number) => `d3e0a000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
  it.each<[string, Record<string, unknown>, string[] | undefined]>([
    ['正常', {}, undefined],
    ['人均时长不是半小时的整数倍', { hoursPerPerson: 1.2 }, ['人均时长按半小时填写']],
    ['人均时长超过一天', { hoursPerPerson: 25 }, ['人均时长不能超过 24 小时']],
    ['参加人数为 0', { headcount: 0 }, ['参加人数至少 1 人']],
    ['服务群众人数为负', { served: -1 }, ['服务群众人数不能为负数']],
    ['所选党员比参加人数多', { memberIds: [m(1), m(2), m(3)] }, ['参加人数不能少于所选党员人数']],
    ['所选党员重复', { memberIds: [m(1), m(1)] }, ['参加的党员有重复']],
    ['不认识的队伍类型', { teamType: 'band' }, ['请选择队伍类型']]
  ])('%s', (_, o, expected) => {
    expect(volunteerInput.safeParse({ ...base, ...o }).error?.issues.map((i) => i.message)).toEqual(expected)
  })
})
