// 发展党员规则数据：每条都有来源，全国规定引用的条在所引的章里；未核实的 2026 规则集每条可调；
// 如实记录：表决未通过、超期的步骤照样保存并标出，只有不可能的数据才拒收
import { describe, expect, it } from 'vitest'
import steps from '../../../seeds/rules/development-steps.json'
import rules2014 from '../../../seeds/rules/development-2014.json'
import rules2026 from '../../../seeds/rules/development-2026-draft.json'
import holidays from '../../../seeds/rules/holidays.json'
import regulations from '../../../seeds/rules/regulations.json'
import { chineseNumber, citationProblems, ruleSetOf } from '../../../src/shared/development/citations'
import { type EngineData, type PersonFacts, checkEntry, deadlines, findings, probationOf } from '../../../src/shared/development/engine'
import { applyOverrides, checkOverride } from '../../../src/shared/development/rules'
import { type DevRecord, type RecordDetail, type RecordKind, type RegulationDoc, type RuleSetData, type StepTable, type VoteCounts, ruleKeys } from '../../../src/shared/development/types'

const docs = regulations.documents as RegulationDoc[]
const data2014 = rules2014 as RuleSetData
const data2026 = rules2026 as RuleSetData
const set2014 = ruleSetOf(data2014, docs)
const set2026 = ruleSetOf(data2026, docs)
const data: EngineData = { rules: set2014, steps: (steps as StepTable).steps, calendar: holidays }
const rec = (kind: RecordKind, date: string, detail: RecordDetail = {}): DevRecord => ({ id: `${kind}-${date}`, kind, date, endDate: null, actor: null, detail })
const facts = (records: DevRecord[], birthDate = '1998-06-12'): PersonFacts => ({ birthDate, records, outcome: null })
const vote = (expected: number, present: number, agree: number, disagree = 0): VoteCounts => ({ expected, present, agree, disagree, abstain: present - agree - disagree, writtenAgree: 0, writtenOther: 0 })
const TODAY = '2026-11-25'

describe('条款引用（2014 年细则的章与条）', () => {
  it('章与条的对照表：第二章第四至十二条，第三章第十三至十七条，第四章从第十八条起', () => {
    const xize = docs.find((d) => d.id === 'xize-2014')!
    expect(xize.chapters!.map((c) => [c.name, c.from])).toEqual([
      ['总则', 1], ['入党积极分子的确定和培养教育', 4], ['发展对象的确定和考察', 13], ['预备党员的接收', 18], ['预备党员的教育、考察和转正', 29]
    ])
    expect(xize.chapters!.slice(0, 3).map((c) => c.to)).toEqual([3, 12, 17])
  })
  it('两套规则集：每条都有来源，全国规定引用的条都在所引的章里', () => {
    expect(citationProblems(data2014, docs)).toEqual([])
    expect(citationProblems(data2026, docs)).toEqual([])
    expect(ruleKeys.filter((k) => !data2014.rules[k])).toEqual([])
  })
  it('引错了章、没有来源的规则被查出来', () => {
    const wrong: RuleSetData = { ...data2014, rules: { ...data2014.rules, dev_object_earliest: { ...data2014.rules.dev_object_earliest, citations: [{ doc: 'xize-2014', chapter: 4, article: 13 }] } } }
    expect(citationProblems(wrong, docs)).toEqual(['dev_object_earliest：细则第四章是第十八至二十八条，不含第十三条'])
    const bare: RuleSetData = { ...data2014, rules: { ...data2014.rules, talk_deadline: { ...data2014.rules.talk_deadline, citations: [] } } }
    expect(citationProblems(bare, docs)).toEqual(['talk_deadline：没有来源'])
    const noChapter: RuleSetData = { ...data2014, rules: { ...data2014.rules, contacts: { ...data2014.rules.contacts, citations: [{ doc: 'xize-2014', article: 9 }] } } }
    expect(citationProblems(noChapter, docs)).toEqual(['contacts：引用细则没有写明第几章'])
  })
  it('依据写到条：谈话第二章第七条，满一年第三章第十三条，培训第三章第十七条，表决第四章第二十二条', () => {
    expect(set2014.rules.talk_deadline.clause).toBe('细则第二章第七条')
    expect(set2014.rules.dev_object_earliest.clause).toBe('细则第三章第十三条')
    expect(set2014.rules.training_min.clause).toBe('细则第三章第十七条')
    expect(set2014.rules.vote.clause).toBe('细则第四章第二十二条')
    expect(set2014.rules.contacts.clause).toBe('细则第二章第九条')
    expect(set2014.rules.min_age.clause).toBe('党章第一条；细则第二章第五条')
    expect(set2014.rules.approval_max.clause).toBe('细则第四章第二十五条（条号待核）')
    expect(set2014.rules.talk_deadline.source).toBe('《中国共产党发展党员工作细则》')
    expect(set2014.rules.talk_deadline.links).toEqual(['https://scuhx.com/117.html'])
    expect([10, 12, 20, 22, 36].map(chineseNumber)).toEqual(['十', '十二', '二十', '二十二', '三十六'])
  })
})

describe('地方规则默认不启用，组织开启时写明出处', () => {
  it('季度思想汇报、公示 5 个工作日、政审 12 个月有效期：2014 版默认关闭，不提醒、不预警', () => {
    for (const k of ['thought_report_interval', 'publicity_workdays', 'political_review_valid', 'activist_min_wait', 'pre_review_to_meeting', 'oath_deadline'] as const) {
      expect(set2014.rules[k], k).toMatchObject({ local: true, enabled: false })
      expect(set2014.rules[k].localNote, k).toBeTruthy()
    }
    const f = facts([rec('apply', '2024-01-05'), rec('talk', '2024-01-20'), rec('activist', '2024-03-01'), rec('dev_object', '2025-03-10', { publicityStart: '2025-03-03', publicityEnd: '2025-03-04' })])
    expect(findings(f, data).map((x) => x.rule)).not.toContain('publicity_workdays')
    expect(deadlines(f, data).map((x) => x.rule)).not.toContain('thought_report_interval')
  })
  it('开启地方规则必须写明出处；全国规定在 2014 版里不能改', () => {
    expect(checkOverride(set2014, { key: 'thought_report_interval', enabled: true, value: 3 })).toBe('开启地方规则「入党积极分子、发展对象、预备党员定期递交思想汇报」，请写明地方规定的出处（文件名或文号）')
    expect(checkOverride(set2014, { key: 'thought_report_interval', enabled: true, value: 3, source: '某市委组织部文件' })).toBeNull()
    expect(checkOverride(set2014, { key: 'approval_max', enabled: true, value: 8, source: 'x' })).toMatch(/是全国统一规定（依据：细则第四章第二十五条（条号待核）），不能修改/)
  })
})

describe('2026 修订规则集：未核实，每条可调整', () => {
  it('标明未核实；默认仍是 2014 版（它排第一）', () => {
    expect(set2026).toMatchObject({ verified: false, status: '未核实', title: '2026 年 5 月修订版（未核实）' })
    expect(set2026.note).toMatch(/未核实/)
    expect(set2014.verified).toBe(true)
  })
  it('每条规则都能调整（写明依据），包括原先锁成全国规定的公示、预审后一个月、宣誓一个月', () => {
    for (const k of ruleKeys) expect(checkOverride(set2026, { key: k, enabled: false, value: set2026.rules[k].value }), k).toBeNull()
    expect(checkOverride(set2026, { key: 'approval_max', enabled: true, value: 8, source: '对照原文后调整' })).toBeNull()
    expect(checkOverride(set2026, { key: 'approval_max', enabled: true, value: 8 })).toMatch(/请写明依据/)
    for (const k of ['publicity_workdays', 'pre_review_to_meeting', 'oath_deadline'] as const) expect(set2026.rules[k].local, k).toBe(true)
    const changed = applyOverrides(set2026, [{ key: 'oath_deadline', enabled: false, value: 1 }])
    expect(changed.rules.oath_deadline.enabled).toBe(false)
  })
})

describe('如实记录：违规照样保存并标出，只有不可能的数据拒收', () => {
  const pre = [rec('apply', '2023-09-04'), rec('talk', '2023-09-20'), rec('activist', '2023-12-05'), rec('dev_object', '2024-12-10'), rec('volunteer_form', '2025-04-15')]
  const entry = (kind: RecordKind, date: string, detail: RecordDetail = {}): DevRecord => ({ kind, date, endDate: null, actor: null, detail })
  it('积极分子不满一年就列为发展对象：保存，预警写明最早日期', () => {
    const c = checkEntry(facts(pre.slice(0, 3)), entry('dev_object', '2024-10-08'), data, TODAY)
    expect(c.errors).toEqual([])
    expect(c.warnings).toEqual([expect.stringMatching(/最早 2024-12-05 才能列为发展对象，填的是 2024-10-08（依据：细则第三章第十三条）/)])
  })
  it('支部大会后超过六个月才审批：保存并标出', () => {
    const base = [rec('admission_meeting', '2025-01-10', { vote: vote(6, 6, 6) }), rec('committee_talk', '2025-02-01')]
    const c = checkEntry(facts(base), entry('approval', '2025-08-20'), data, TODAY)
    expect(c.errors).toEqual([])
    expect(c.warnings.join()).toMatch(/上级党委审批最长不超过 6 个月（2025-07-10），实际 2025-08-20/)
  })
  it('表决未通过：保存并标出，不算数（没有预备期、审批期限）；以后可以再次表决', () => {
    const failed = rec('admission_meeting', '2025-04-25', { vote: vote(6, 5, 3, 2) })
    const c = checkEntry(facts(pre), entry('admission_meeting', '2025-04-25', { vote: vote(6, 5, 3, 2) }), data, TODAY)
    expect(c.errors).toEqual([])
    expect(c.warnings).toEqual([expect.stringMatching(/同意 3 票（含书面），未超过应到会有表决权正式党员 6 人的半数，表决未通过（如实记录）（依据：细则第四章第二十二条）/)])
    expect(probationOf([...pre, failed], set2014)).toBeNull()
    expect(deadlines(facts([...pre, failed]), data).map((x) => x.rule)).not.toContain('approval_normal')
    const again = checkEntry(facts([...pre, failed]), entry('admission_meeting', '2025-10-28', { vote: vote(6, 6, 5, 1) }), data, TODAY)
    expect(again.errors).toEqual([])
    expect(probationOf([...pre, failed, rec('admission_meeting', '2025-10-28', { vote: vote(6, 6, 5, 1) })], set2014)).toEqual({ start: '2025-10-28', end: '2026-10-28', extendedMonths: 0 })
    // 通过以后不能再登记一次
    const passed = [...pre, rec('admission_meeting', '2025-10-28', { vote: vote(6, 6, 5, 1) })]
    expect(checkEntry(facts(passed), entry('admission_meeting', '2025-11-02', { vote: vote(6, 6, 6) }), data, TODAY).errors).toEqual(['「支部大会讨论」已经登记过，请修改原来的登记'])
  })
  it('到会不过半：保存并标出', () => {
    const c = checkEntry(facts(pre), entry('admission_meeting', '2025-04-25', { vote: vote(9, 4, 4) }), data, TODAY)
    expect(c.errors).toEqual([])
    expect(c.warnings.join()).toMatch(/实到会有表决权的 4 人，未超过应到会 9 人的半数，不能表决/)
  })
  it('未满 18 周岁递交申请书：保存并标出；早于出生日期：拒收', () => {
    const young = checkEntry(facts([], '2008-03-01'), entry('apply', '2026-02-28'), data, TODAY)
    expect(young.errors).toEqual([])
    expect(young.warnings.join()).toMatch(/只有 17 周岁，须年满 18 周岁（依据：党章第一条；细则第二章第五条）/)
    expect(checkEntry(facts([], '2008-03-01'), entry('apply', '2008-02-01'), data, TODAY).errors).toEqual(['「递交入党申请书」日期 2008-02-01 早于出生日期 2008-03-01（依据：不可能的数据）'])
  })
  it('同意票多于到会人数、实到多于应到：拒收', () => {
    expect(checkEntry(facts(pre), entry('admission_meeting', '2025-04-25', { vote: { ...vote(6, 5, 5), agree: 6, abstain: 0 } }), data, TODAY).errors.join()).toMatch(/同意、不同意、弃权合计 6 票，多于实到会有表决权的 5 人/)
    expect(checkEntry(facts(pre), entry('admission_meeting', '2025-04-25', { vote: { ...vote(6, 6, 6), present: 7 } }), data, TODAY).errors.join()).toMatch(/实到会人数 7 不能多于应到会人数 6/)
  })
})

describe('审批前的上级党委谈话、延长预备期的支部大会决定', () => {
  const meeting = rec('admission_meeting', '2025-04-25', { vote: vote(6, 6, 6) })
  it('审批前没有谈话，或谈话晚于审批：标出', () => {
    const none = findings(facts([meeting, rec('approval', '2025-06-20')]), data).filter((x) => x.rule === 'committee_talk_before_approval')
    expect(none.map((x) => [x.level, x.message, x.clause])).toEqual([['soft', '上级党委审批（2025-06-20）前没有登记上级党委派人谈话', '党章第五条；细则第四章']])
    const late = findings(facts([meeting, rec('committee_talk', '2025-06-25'), rec('approval', '2025-06-20')]), data).filter((x) => x.rule === 'committee_talk_before_approval')
    expect(late.map((x) => x.message)).toEqual(['上级党委派人谈话（2025-06-25）晚于审批（2025-06-20），应在审批前谈话'])
    expect(findings(facts([meeting, rec('committee_talk', '2025-05-10'), rec('approval', '2025-06-20')]), data).map((x) => x.rule)).not.toContain('committee_talk_before_approval')
  })
  it('延长预备期没有支部大会表决：标出；表决未通过的延长不算', () => {
    const base = [meeting, rec('committee_talk', '2025-05-10'), rec('approval', '2025-06-20')]
    expect(findings(facts([...base, rec('extension', '2026-04-28', { months: 6 })]), data).map((x) => x.message)).toContain('延长预备期（2026-04-28）须经支部大会讨论决定，请登记支部大会表决票数')
    expect(probationOf([...base, rec('extension', '2026-04-28', { months: 6, vote: vote(6, 6, 2, 4) })], set2014)?.end).toBe('2026-04-25')
    expect(probationOf([...base, rec('extension', '2026-04-28', { months: 6, vote: vote(6, 6, 6) })], set2014)?.end).toBe('2026-10-25')
  })
})

describe('其他规则文件的可调项也都有来源', () => {
  it('组织生活频次、民主评议、学时、任期、党费：每个可调项引用的文件都在文件表里，或是写明了常见出处的地方规定', async () => {
    const files = await Promise.all(['meeting-frequency', 'democratic-review', 'education-hours', 'org-terms', 'dues'].map((f) => import(`../../../seeds/rules/${f}.json`)))
    for (const f of files) {
      const data = (f.default ?? f) as { key: string; source: string; adjustable: { key: string; local: boolean; citations: { doc: string }[]; localNote?: string }[] }
      expect(data.source, data.key).toBeTruthy()
      expect(data.adjustable.length, data.key).toBeGreaterThan(0)
      for (const a of data.adjustable) {
        expect(a.citations.length > 0 || (a.local && !!a.localNote), `${data.key}.${a.key} 没有来源`).toBe(true)
        for (const c of a.citations) expect(docs.some((d) => d.id === c.doc), `${data.key}.${a.key} 引用了不认识的文件 ${c.doc}`).toBe(true)
      }
    }
  })
})
