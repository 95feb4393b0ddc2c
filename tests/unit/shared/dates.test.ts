import { describe, expect, it } from 'vitest'
import { addDays, addMonths, addYears, fullYearsBetween, isValidIsoDate, paperDate } from '../../../src/shared/dates'
import { maskIdNumber, maskPhone } from '../../../src/shared/mask'

describe('日期规则', () => {
  it.each([
    ['2026-02-28', true], ['2026-02-29', false], ['2024-02-29', true], ['2026-02-30', false], ['2026-13-01', false],
    ['2026-04-31', false], ['2026-1-5', false], ['2026-00-10', false], ['2026-12-31', true]
  ])('%s 有效：%s', (d, ok) => expect(isValidIsoDate(d)).toBe(ok))

  it.each([
    ['2008-11-25', '2026-11-25', 18], ['2008-11-26', '2026-11-25', 17], ['2008-11-24', '2026-11-25', 18], ['2000-02-29', '2026-02-28', 25]
  ])('%s 到 %s 满 %i 年', (a, b, n) => expect(fullYearsBetween(a, b)).toBe(n))

  it('2 月 29 日加一年落在 2 月 28 日', () => expect(addYears('2024-02-29', 1)).toBe('2025-02-28'))
  it.each([
    ['2026-01-31', 1, '2026-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2026-11-25', 6, '2027-05-25'], ['2026-03-31', -1, '2026-02-28'], ['2026-12-15', 1, '2027-01-15']
  ])('%s 加 %i 个月是 %s', (d, n, r) => expect(addMonths(d, n)).toBe(r))
  it.each([
    ['2026-11-25', 30, '2026-12-25'], ['2026-12-31', 1, '2027-01-01'], ['2024-02-28', 1, '2024-02-29'], ['2026-03-01', -1, '2026-02-28']
  ])('%s 加 %i 天是 %s', (d, n, r) => expect(addDays(d, n)).toBe(r))
  it('纸面日期', () => expect(paperDate('2026-01-05')).toBe('2026年1月5日'))
  it('脱敏', () => {
    expect(maskIdNumber('51110219900101001X')).toBe('5111**********001X')
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone(null)).toBe('')
  })
})
