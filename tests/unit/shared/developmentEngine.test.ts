import { describe, expect, it } from 'vitest'
import steps from '../../../seeds/rules/development-steps.json'
import rules2014 from '../../../seeds/rules/development-2014.json'
import rules2026 from '../../../seeds/rules/development-2026-draft.json'
import holidays from '../../../seeds/rules/holidays.json'
import regulations from '../../../seeds/rules/regulations.json'
import { addMonths } from '../../../src/shared/dates'
import { type EngineData, type PersonFacts, checkEntry, deadlines, dueItems, findings, probationOf, stageOf } from '../../../src/shared/development/engine'
import { ruleSetOf } from '../../../src/shared/development/citations'
import { applyOverrides } from '../../../src/shared/development/rules'
import type { DevRecord, RecordDetail, RecordKind, RegulationDoc, RuleSetData, StepTable } from '../../../src/shared/development/types'
import { decideVote } from '../../../src/shared/development/vote'
import { countWorkdays, coverageWarning, isWorkday, workdaysEnd } from '../../../src/shared/development/workdays'

const docs = regulations.documents as RegulationDoc[]
const set2014 = ruleSetOf(rules2014 as RuleSetData, docs)
const set2026 = ruleSetOf(rules2026 as RuleSetData, docs)
const data: EngineData = { rules: set2014, steps: (steps as StepTable).steps, calendar: holidays }
const rec = (kind: RecordKind, date: string, detail: RecordDetail = {}, endDate: string | null = null): DevRecord => ({ id: `${kind}-${date}`, kind, date, endDate, actor: null, detail })
const facts = (records: DevRecord[], birthDate = '2000-05-20'): PersonFacts => ({ birthDate, records, outcome: null })
const rules = (f: PersonFacts, d = data) => findings(f, d).map((x) => x.rule)

describe('自然月加减（月末取齐）', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-06-15', 12, '2026-06-15']
  ])('%s + %i 个月 = %s', (from, n, to) => expect(addMonths(from, n)).toBe(to))
})

describe('工作日（节假日日历）', () => {
  it('日历写明覆盖年份；调休上班日是工作日，法定假日不是', () => {
    expect(holidays.years).toEqual([2023, 2024, 2025, 2026])
    expect(isWorkday('2024-10-01', holidays)).toBe(false)
    expect(isWorkday('2024-10-12', holidays)).toBe(true) // 星期六调休上班
    expect(isWorkday('2024-10-08', holidays)).toBe(true)
    expect(isWorkday('2024-10-13', holidays)).toBe(false)
  })
  it('跨国庆的公示：9 月 27 日（周五）起 5 个工作日到 10 月 10 日', () => {
    // 9-27 五、9-29 日调休上班、9-30 一、10-1～7 放假、10-8 二、10-9 三 → 5 个
    expect(workdaysEnd('2024-09-27', 5, holidays)).toBe('2024-10-09')
    expect(countWorkdays('2024-09-27', '2024-10-08', holidays)).toBe(4)
    expect(countWorkdays('2024-09-27', '2024-10-09', holidays)).toBe(5)
  })
  it('2026 年的放假安排：春节前后两个周六调休上班，国庆后的周六上班', () => {
    // 2-13 五、2-14 六调休上班、2-15～23 放假、2-24 二 → 3 个
    expect(workdaysEnd('2026-02-13', 3, holidays)).toBe('2026-02-24')
    expect(isWorkday('2026-02-28', holidays)).toBe(true)
    expect(isWorkday('2026-01-04', holidays)).toBe(true)
    expect(isWorkday('2026-01-02', holidays)).toBe(false)
    // 9-28 一、9-29 二、9-30 三、10-1～7 放假、10-8 四、10-9 五 → 5 个；10-10 六上班
    expect(workdaysEnd('2026-09-28', 5, holidays)).toBe('2026-10-09')
    expect(countWorkdays('2026-09-28', '2026-10-10', holidays)).toBe(6)
    expect(coverageWarning('2026-10-01', '2026-10-07', holidays)).toBeNull()
  })
  it('公示落在日历未收录的年份：另给一条预警，说明按周一至周五暂算', () => {
    const on = { ...data, rules: applyOverrides(data.rules, [{ key: 'publicity_workdays', enabled: true, value: 5, source: '地方发展党员公示办法' }]) }
    const f = findings(facts([rec('activist', '2026-06-01'), rec('dev_object', '2027-06-15', { publicityStart: '2027-06-07', publicityEnd: '2027-06-11' })]), on)
    expect(f.filter((x) => x.rule === 'publicity_workdays').map((x) => x.message)).toEqual([expect.stringMatching(/未收录 2027 年的放假安排/)])
  })
  it('日历未收录的年份按周一至周五暂算并提示', () => {
    expect(countWorkdays('2027-10-01', '2027-10-07', holidays)).toBe(5)
    expect(coverageWarning('2027-10-01', '2027-10-07', holidays)).toMatch(/未收录 2027 年.*周一至周五暂算/)
    expect(coverageWarning('2024-10-01', '2024-10-07', holidays)).toBeNull()
  })
})

describe('支部大会表决（分母是应到会有表决权的正式党员）', () => {
  const v = (expected: number, present: number, agree: number, disagree = 0, abstain = 0, writtenAgree = 0, writtenOther = 0) =>
    decideVote({ expected, present, agree, disagree, abstain, writtenAgree, writtenOther })
  it.each([
    // 应到, 实到, 同意, 不同意, 弃权, 书面同意, 有效, 通过
    [10, 5, 5, 0, 0, 0, false, false], // 实到 5 未超过 10 的半数
    [10, 6, 5, 1, 0, 0, true, false], // 同意 5 = 半数，未超过
    [10, 6, 6, 0, 0, 0, true, true],
    [10, 6, 5, 1, 0, 1, true, true], // 书面同意计入
    [9, 5, 5, 0, 0, 0, true, true], // 5 > 4.5
    [9, 5, 4, 1, 0, 0, true, false],
    [9, 9, 4, 0, 5, 0, true, false] // 全到也要超过应到半数
  ])('应到 %i 实到 %i 同意 %i 不同意 %i 弃权 %i 书面同意 %i → 有效 %s 通过 %s', (e, p, a, d, ab, w, quorum, passed) => {
    const r = v(e, p, a, d, ab, w)
    expect(r.errors).toEqual([])
    expect([r.quorum, r.passed]).toEqual([quorum, passed])
  })
  it('不可能的票数被拒绝', () => {
    expect(v(10, 6, 7).errors).toEqual(['同意、不同意、弃权合计 7 票，多于实到会有表决权的 6 人'])
    expect(v(5, 6, 3).errors[0]).toBe('实到会人数 6 不能多于应到会人数 5')
    expect(v(10, 8, 6, 0, 0, 2, 1).errors).toEqual(['书面意见 3 份，多于未到会的有表决权党员 2 人'])
    expect(v(10, 8, 6, 0, 0, 2, 1).passed).toBe(false)
  })
})

describe('规则边界：前一天、当天、后一天', () => {
  const apply = rec('apply', '2024-01-31')
  it('谈话：申请后一个月内（1-31 申请 → 2-29 截止）', () => {
    expect(rules(facts([apply, rec('talk', '2024-02-28')]))).not.toContain('talk_deadline')
    expect(rules(facts([apply, rec('talk', '2024-02-29')]))).not.toContain('talk_deadline')
    expect(rules(facts([apply, rec('talk', '2024-03-01')]))).toContain('talk_deadline')
  })
  it('年满 18 周岁：生日前一天不够，生日当天可以', () => {
    expect(rules(facts([rec('apply', '2018-05-19')], '2000-05-20'))).toContain('min_age')
    expect(rules(facts([rec('apply', '2018-05-20')], '2000-05-20'))).not.toContain('min_age')
    expect(rules(facts([rec('apply', '2018-05-21')], '2000-05-20'))).not.toContain('min_age')
  })
  const act = [apply, rec('talk', '2024-02-20'), rec('activist', '2024-03-31')]
  it('列为发展对象：积极分子满一年（3-31 + 12 月 = 次年 3-31）', () => {
    const f = (d: string) => findings(facts([...act, rec('dev_object', d, { publicityStart: '2025-04-07', publicityEnd: '2025-04-11' })]), data)
    expect(f('2025-03-30').find((x) => x.rule === 'dev_object_earliest')).toMatchObject({ level: 'soft', clause: '细则第三章第十三条' })
    expect(f('2025-03-31').map((x) => x.rule)).not.toContain('dev_object_earliest')
    expect(f('2025-04-01').map((x) => x.rule)).not.toContain('dev_object_earliest')
  })
  it('地方规则：申请满 3 个月才能确定积极分子（开启后才检查）', () => {
    const local = { ...data, rules: applyOverrides(data.rules, [{ key: 'activist_min_wait', enabled: true, value: 3, source: '某市委组织部发展党员工作规程' }]) }
    const r = (d: string) => rules(facts([apply, rec('talk', '2024-02-10'), rec('activist', d)]), local)
    expect(r('2024-04-29')).toContain('activist_min_wait')
    expect(r('2024-04-30')).not.toContain('activist_min_wait')
    expect(r('2024-05-01')).not.toContain('activist_min_wait')
    expect(rules(facts([apply, rec('talk', '2024-02-10'), rec('activist', '2024-02-11')]))).not.toContain('activist_min_wait')
    expect(deadlines(facts([apply]), local).find((x) => x.rule === 'activist_min_wait')).toMatchObject({ due: '2024-04-30', done: null })
    expect(deadlines(facts([apply]), data).find((x) => x.rule === 'activist_min_wait')).toBeUndefined()
  })
  it('公示不少于 5 个工作日（地方规则，开启后）：跨国庆假期 9-27 至 10-8 只有 4 个', () => {
    const on = { ...data, rules: applyOverrides(data.rules, [{ key: 'publicity_workdays', enabled: true, value: 5, source: '地方发展党员公示办法' }]) }
    expect(rules(facts([...act, rec('dev_object', '2025-04-01', { publicityStart: '2024-09-27', publicityEnd: '2024-10-08' })]))).not.toContain('publicity_workdays')
    const dev = (end: string) => rules(facts([...act, rec('dev_object', '2025-04-01', { publicityStart: '2024-09-27', publicityEnd: end })]), on)
    expect(dev('2024-10-08')).toContain('publicity_workdays')
    expect(dev('2024-10-09')).not.toContain('publicity_workdays')
    expect(dev('2024-10-10')).not.toContain('publicity_workdays')
  })
  const meeting = (date: string) => rec('admission_meeting', date, { vote: { expected: 9, present: 8, agree: 8, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } })
  it('审批：大会后 3 个月内，超过 6 个月：都照样保存并标出', () => {
    const r = (d: string) => findings(facts([meeting('2024-08-31'), rec('approval', d)]), data).filter((x) => x.rule.startsWith('approval'))
    expect(r('2024-11-30')).toEqual([])
    expect(r('2024-12-01')).toMatchObject([{ rule: 'approval_normal', level: 'soft' }])
    expect(r('2025-02-28')).toMatchObject([{ rule: 'approval_normal', level: 'soft' }])
    expect(r('2025-03-01')).toMatchObject([{ rule: 'approval_max', level: 'soft' }])
  })
  it('预备期一年，从支部大会通过之日算起；延长 6～12 个月，只一次', () => {
    expect(probationOf([meeting('2024-02-29')], data.rules)).toEqual({ start: '2024-02-29', end: '2025-02-28', extendedMonths: 0 })
    expect(probationOf([meeting('2024-02-29'), rec('extension', '2025-03-01', { months: 6 })], data.rules)?.end).toBe('2025-08-29')
    const ext = (m: number) => rules(facts([meeting('2024-01-10'), rec('approval', '2024-02-01'), rec('extension', '2025-01-12', { months: m, vote: { expected: 9, present: 9, agree: 9, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } })]))
    expect(ext(5)).toContain('extension')
    expect(ext(6)).not.toContain('extension')
    expect(ext(12)).not.toContain('extension')
    expect(ext(13)).toContain('extension')
  })
  it('转正支部大会早于预备期满是预警', () => {
    const base = [meeting('2024-06-10'), rec('approval', '2024-07-01'), rec('full_application', '2025-05-20')]
    const f = (d: string) => rules(facts([...base, rec('full_meeting', d, { vote: { expected: 9, present: 9, agree: 9, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } })]))
    expect(f('2025-06-09')).toContain('probation')
    expect(f('2025-06-10')).not.toContain('probation')
  })
  it('集中培训：不少于 3 天或 24 学时', () => {
    const t = (start: string, end: string, hours: number) => rules(facts([...act, rec('dev_object', '2025-04-01', { publicityStart: '2025-04-07', publicityEnd: '2025-04-11' }), rec('training', start, { hours }, end)]))
    expect(t('2025-05-06', '2025-05-07', 16)).toContain('training_min')
    expect(t('2025-05-06', '2025-05-08', 16)).not.toContain('training_min')
    expect(t('2025-05-06', '2025-05-06', 24)).not.toContain('training_min')
  })
})

describe('「N 个月内」类规则逐条边界（2026 未核实规则集里这些默认开启；政审有效期是地方规则，开启后）', () => {
  const all = { ...data, rules: applyOverrides(set2026, [{ key: 'political_review_valid', enabled: true, value: 12, source: '地方规定' }]) }
  const vote = { expected: 9, present: 9, agree: 9, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 }
  const detailOf = (k: RecordKind): RecordDetail => (k === 'admission_meeting' || k === 'full_meeting' ? { vote } : {})
  it.each<[string, RecordKind, string, RecordKind, string]>([
    // 规则, 起算步骤, 起算日, 被检查步骤, 截止日
    ['talk_deadline', 'apply', '2025-01-31', 'talk', '2025-02-28'],
    ['pre_review_to_meeting', 'pre_review', '2025-03-31', 'admission_meeting', '2025-04-30'],
    ['political_review_valid', 'political_review', '2024-02-29', 'admission_meeting', '2025-02-28'],
    ['approval_normal', 'admission_meeting', '2025-05-31', 'approval', '2025-08-31'],
    ['oath_deadline', 'approval', '2025-08-31', 'oath', '2025-09-30'],
    ['full_approval', 'full_meeting', '2025-11-30', 'full_approval', '2026-02-28']
  ])('%s：%s %s 起算，%s 截止 %s——前一天、当天不报，后一天报', (rule, baseKind, baseDate, kind, due) => {
    const next = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
    const has = (date: string) => findings(facts([rec(baseKind, baseDate, detailOf(baseKind)), rec(kind, date, detailOf(kind))]), all).some((x) => x.rule === rule)
    expect(has(next(due, -1))).toBe(false)
    expect(has(due)).toBe(false)
    expect(has(next(due, 1))).toBe(true)
  })
  it('同一事项在 2014 版默认关闭的地方规则不报', () => {
    expect(findings(facts([rec('approval', '2025-08-31'), rec('oath', '2025-12-01')]), data).map((x) => x.rule)).not.toContain('oath_deadline')
  })
})

describe('缺项', () => {
  it('后面的步骤已登记、前面的没登记：预警缺项；补登后消失', () => {
    const base = [rec('apply', '2024-03-01'), rec('talk', '2024-03-15'), rec('activist', '2024-06-01'), rec('contacts', '2024-06-05')]
    const f = findings(facts(base), data)
    expect(f.map((x) => [x.level, x.message])).toEqual([['soft', '缺少「上级党委备案」的登记（后面的步骤已登记）']])
    expect(findings(facts([...base, rec('activist_filing', '2024-06-05')]), data)).toEqual([])
  })
})

describe('顺序与登记检查', () => {
  const base = [rec('apply', '2024-03-01'), rec('talk', '2024-03-15')]
  it('日期早于前一步：拒绝并写明依据', () => {
    const c = checkEntry(facts(base), { kind: 'activist', date: '2024-02-20', endDate: null, actor: null, detail: {} }, data, '2026-11-25')
    expect(c.errors).toEqual(['「推荐和确定入党积极分子」日期 2024-02-20 早于「递交入党申请书」日期 2024-03-01，日期先后顺序不对（依据：党章第五条）'])
  })
  it('前一步没登记不能登记后一步；不可重复的步骤不能登记两次；未来日期拒绝', () => {
    expect(checkEntry(facts(base), { kind: 'dev_object', date: '2025-04-01', endDate: null, actor: null, detail: {} }, data, '2026-11-25').errors[0]).toMatch(/请先登记「推荐和确定入党积极分子」/)
    expect(checkEntry(facts(base), { kind: 'talk', date: '2024-03-16', endDate: null, actor: null, detail: {} }, data, '2026-11-25').errors).toEqual(['「党组织派人谈话」已经登记过，请修改原来的登记'])
    expect(checkEntry(facts(base), { kind: 'activist', date: '2026-11-26', endDate: null, actor: null, detail: {} }, data, '2026-11-25').errors).toEqual(['日期 2026-11-26 晚于今天'])
  })
  it('软规则只警告：谈话超期照样保存', () => {
    const c = checkEntry(facts([rec('apply', '2024-03-01')]), { kind: 'talk', date: '2024-04-02', endDate: null, actor: null, detail: {} }, data, '2026-11-25')
    expect(c.errors).toEqual([])
    expect(c.warnings[0]).toMatch(/应在 2024-04-01 前，实际 2024-04-02（依据：细则第二章第七条）/)
  })
  it('同意票多于到会人数：拒绝', () => {
    const c = checkEntry(facts([]), { kind: 'admission_meeting', date: '2025-06-01', endDate: null, actor: null, detail: { vote: { expected: 9, present: 6, agree: 7, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } } }, data, '2026-11-25')
    expect(c.errors.some((e) => e.includes('多于实到会有表决权的 6 人'))).toBe(true)
  })
})

describe('阶段、截止与待办', () => {
  it('阶段随登记推进', () => {
    expect(stageOf(facts([rec('apply', '2024-03-01')]))).toBe('applicant')
    expect(stageOf(facts([rec('apply', '2024-03-01'), rec('activist', '2024-06-01')]))).toBe('activist')
    expect(stageOf({ ...facts([rec('apply', '2024-03-01')]), outcome: { kind: 'stopped', date: '2024-05-01' } })).toBe('stopped')
  })
  it('待办：30 天内到期或已逾期的未办事项', () => {
    const f = facts([rec('apply', '2026-10-20')])
    expect(dueItems(f, data, '2026-11-10')).toMatchObject([{ rule: 'talk_deadline', due: '2026-11-20', overdue: false }])
    expect(dueItems(f, data, '2026-11-21')).toMatchObject([{ rule: 'talk_deadline', overdue: true }])
    // 第 31 天到期的还不进待办，第 30 天的进
    expect(dueItems(f, data, '2026-10-20', 30)).toEqual([])
    expect(dueItems(f, data, '2026-10-21', 30)).toMatchObject([{ rule: 'talk_deadline', due: '2026-11-20' }])
    expect(dueItems(facts([rec('apply', '2026-10-20'), rec('talk', '2026-10-25')]), data, '2026-11-21')).toEqual([])
  })
  it('最早日期过了不算逾期（已可办理）', () => {
    const f = facts([rec('apply', '2025-01-10'), rec('talk', '2025-01-20'), rec('activist', '2025-05-31')])
    expect(dueItems(f, data, '2026-07-01').find((x) => x.rule === 'dev_object_earliest')).toMatchObject({ due: '2026-05-31', earliest: true, overdue: false })
  })
  it('积极分子：半年考察、满一年两类提醒；思想汇报是地方规则，组织开启后才提醒', () => {
    const f = facts([rec('apply', '2025-01-10'), rec('talk', '2025-01-20'), rec('activist', '2025-05-31'), rec('report', '2025-08-31')])
    expect(deadlines(f, data).map((x) => [x.rule, x.due])).toEqual([
      ['talk_deadline', '2025-02-10'],
      ['dev_object_earliest', '2026-05-31'],
      ['activist_review_interval', '2025-11-30']
    ])
    const on = { ...data, rules: applyOverrides(data.rules, [{ key: 'thought_report_interval', enabled: true, value: 3, source: '本市发展党员工作规程' }]) }
    expect(deadlines(f, on).find((x) => x.rule === 'thought_report_interval')).toMatchObject({ due: '2025-11-30', clause: '地方规定（本市发展党员工作规程）' })
  })
  it('2026 未核实规则集：预审后一个月内开支部大会、批准后一个月内宣誓为默认开启', () => {
    const d26 = { ...data, rules: set2026 }
    expect(rules2026.verified).toBe(false)
    expect(rules2026.status).toBe('未核实')
    const f = facts([rec('pre_review', '2025-05-10'), rec('admission_meeting', '2025-06-11', { vote: { expected: 9, present: 9, agree: 9, disagree: 0, abstain: 0, writtenAgree: 0, writtenOther: 0 } })])
    expect(rules(f, d26)).toContain('pre_review_to_meeting')
    expect(rules(f, data)).not.toContain('pre_review_to_meeting')
  })
})
