import { describe, expect, it } from 'vitest'
import { proratedExpected, reviewWindow, shareScore, shortfallScore } from '../../../src/shared/checkups/suggest'

describe('自动预评看的时间段', () => {
  it.each([
    ['2026-11-20', null, '2025-11-21', 12],
    ['2024-02-29', null, '2023-03-01', 12], // 闰日：前推 12 个月落在 2023-02-28，次日起算
    ['2026-03-31', null, '2025-04-01', 12],
    ['2026-11-20', '2025-11-21', '2025-11-21', 12], // 正好成立满一年
    ['2026-11-20', '2025-11-22', '2025-11-22', 12], // 差一天满一年，折算仍是 12 个月
    ['2026-11-20', '2026-06-01', '2026-06-01', 6],
    ['2026-11-20', '2026-11-20', '2026-11-20', 1] // 当天成立至少按 1 个月
  ])('体检日 %s、成立于 %s：从 %s 起，%i 个月', (checkDate, established, from, months) => {
    expect(reviewWindow(checkDate, established)).toMatchObject({ from, to: checkDate, months })
  })
  it('体检日早于成立日：没有可看的记录', () => {
    expect(reviewWindow('2026-11-20', '2026-11-21')).toBeNull()
  })
  it('说明里写明起止日期', () => {
    expect(reviewWindow('2026-11-20', null)!.label).toBe('体检日前 12 个月：2025-11-21 至 2026-11-20')
    expect(reviewWindow('2026-11-20', '2026-06-01')!.label).toBe('成立以来约 6 个月：2026-06-01 至 2026-11-20')
  })
})

describe('建议分算术', () => {
  it.each([
    [10, 12, 10],
    [10, 6, 5],
    [4, 6, 2],
    [4, 1, 1], // 四舍五入为 0 时至少 1 次
    [0, 6, 0]
  ])('一年 %i 次、%i 个月：应开 %i 次', (perYear, months, expected) => expect(proratedExpected(perYear, months)).toBe(expected))
  it.each([
    [3, 10, 10, 0.5, 3],
    [3, 12, 10, 0.5, 3], // 多开不加分
    [3, 9, 10, 0.5, 2.5],
    [3, 0, 10, 0.5, 0], // 扣完为止
    [3, 5, 10, 0.3, 1.5],
    [2, 4, 10, 0.25, 0.5]
  ])('满分 %d、开了 %i 次、应开 %i 次、每少 1 次扣 %d → %d', (full, held, expected, per, score) => expect(shortfallScore(full, held, expected, per)).toBe(score))
  it.each([
    [3, 12, 16, 2.25],
    [3, 0, 12, 0],
    [3, 16, 16, 3],
    [3, 1, 3, 1],
    [3, 2, 3, 2]
  ])('满分 %d × %i / %i = %d', (full, attained, total, score) => expect(shareScore(full, attained, total)).toBe(score))
})
