import { describe, expect, it } from 'vitest'
import { activeIn, mentoringSummary, mentorshipErrors } from '../../../src/shared/mentoring/rules'

const TODAY = '2026-11-25'
type Dates = Parameters<typeof mentorshipErrors>[0]
const ok: Dates = { startDate: '2026-03-01', plannedEndDate: '2027-03-01', pairStatus: 'paired', endDate: null, certificate: null, certificateDate: null, appliedDate: null }

describe('师带徒结对的日期规则', () => {
  it.each<[string, Partial<Dates>, string[]]>([
    ['结对中、什么成效都还没有', {}, []],
    ['计划出师早于结对', { plannedEndDate: '2026-02-28' }, ['计划出师日期不能早于结对日期']],
    ['计划出师与结对同一天', { plannedEndDate: '2026-03-01' }, []],
    ['结对日期在将来', { startDate: '2026-12-01', plannedEndDate: '2027-12-01' }, ['结对日期 2026-12-01 晚于今天']],
    ['已出师没填出师日期', { pairStatus: 'graduated' }, ['请填写出师日期']],
    ['中止没填日期', { pairStatus: 'stopped' }, ['请填写中止日期']],
    ['结对中却填了出师日期', { endDate: '2026-09-01' }, ['还在结对中，不用填写出师或中止日期']],
    ['出师早于结对', { pairStatus: 'graduated', endDate: '2026-02-01' }, ['出师日期不能早于结对日期']],
    ['出师日期在将来', { pairStatus: 'graduated', endDate: '2026-11-26' }, ['出师日期 2026-11-26 晚于今天']],
    ['出师、取证齐全', { pairStatus: 'graduated', endDate: '2026-09-01', certificate: '电工（高级工）', certificateDate: '2026-08-01' }, []],
    ['有证书没日期', { certificate: '电工（高级工）' }, ['请填写取证日期']],
    ['有日期没证书', { certificateDate: '2026-08-01' }, ['填了取证日期，请填写取得的证书或等级']],
    ['取证在结对之前', { certificate: '电工', certificateDate: '2025-08-01' }, ['取证日期不能早于结对日期（结对前取得的证书不算成效）']],
    ['取证日期在将来', { certificate: '电工', certificateDate: '2026-12-01' }, ['取证日期 2026-12-01 晚于今天']],
    ['递交入党申请书在将来', { appliedDate: '2026-11-26' }, ['递交入党申请书日期 2026-11-26 晚于今天']],
    ['结对前就递交了入党申请书（可以）', { appliedDate: '2025-06-01' }, []]
  ])('%s', (_, change, expected) => {
    expect(mentorshipErrors({ ...ok, ...change }, TODAY)).toEqual(expected)
  })
})

describe('年度成效', () => {
  const pair = (o: Record<string, unknown>) => ({ ...ok, proposalCount: 0, savingsFen: 0, ...o }) as Parameters<typeof mentoringSummary>[0][number]
  it.each<[string, Record<string, unknown>, number, boolean]>([
    ['当年结对', { startDate: '2026-03-01' }, 2026, true],
    ['上一年结对、还在结对中', { startDate: '2025-03-01' }, 2026, true],
    ['上一年出师', { startDate: '2025-01-01', pairStatus: 'graduated', endDate: '2025-12-31' }, 2026, false],
    ['当年元旦出师', { startDate: '2025-01-01', pairStatus: 'graduated', endDate: '2026-01-01' }, 2026, true],
    ['下一年才结对', { startDate: '2027-01-01' }, 2026, false]
  ])('%s：%s 年算不算', (_, o, year, expected) => {
    expect(activeIn(pair(o), year)).toBe(expected)
  })
  it('对数、出师、取证、提案、节约创效、递交入党申请书：只算当年结过对的；出师、取证、申请按发生在当年的算', () => {
    const pairs = [
      pair({ startDate: '2025-03-01', pairStatus: 'graduated', endDate: '2026-03-06', certificate: '高级工', certificateDate: '2026-01-15', proposalCount: 3, savingsFen: 8_600_000, appliedDate: '2025-09-20' }),
      pair({ startDate: '2026-02-20', pairStatus: 'graduated', endDate: '2026-09-01', certificate: '中级工', certificateDate: '2026-08-12', proposalCount: 2, savingsFen: 3_500_050, appliedDate: '2026-06-18' }),
      pair({ startDate: '2026-03-10', proposalCount: 1, savingsFen: 1_200_000 }),
      pair({ startDate: '2024-03-10', pairStatus: 'graduated', endDate: '2025-03-01', certificate: '技师', certificateDate: '2025-01-01', proposalCount: 9, savingsFen: 100 })
    ]
    expect(mentoringSummary(pairs, 2026)).toEqual({ pairs: 3, graduated: 2, certificates: 2, proposalCount: 6, savingsFen: 13_300_050, applied: 1 })
    expect(mentoringSummary(pairs, 2025)).toEqual({ pairs: 2, graduated: 1, certificates: 1, proposalCount: 12, savingsFen: 8_600_100, applied: 1 })
    expect(mentoringSummary([], 2026)).toEqual({ pairs: 0, graduated: 0, certificates: 0, proposalCount: 0, savingsFen: 0, applied: 0 })
  })
})
