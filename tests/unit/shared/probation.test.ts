import { describe, expect, it } from 'vitest'
import { probationDue } from '../../../src/shared/members/probation'

const rules = { probationMonths: 12, transferInDelayMonths: 6 }
const due = (joinDate: string, today: string, transferredIn = false) => probationDue({ joinDate, transferredIn }, rules, today)

describe('花名册预备党员的转正提醒', () => {
  it.each([
    // 入党日期, 今天, 转入, 等级, 最迟
    ['2025-12-27', '2026-11-26', false, null, null], // 31 天后期满：还不提醒
    ['2025-12-26', '2026-11-26', false, 'soon', '2026-12-26'], // 30 天后期满
    ['2025-11-26', '2026-11-26', false, 'soon', '2026-11-26'], // 今天期满
    ['2025-11-25', '2026-11-26', false, 'overdue', '2026-11-25'], // 昨天期满
    ['2025-05-25', '2026-11-26', true, 'overdue', '2026-11-25'], // 转入：期满后推迟 6 个月也过了
    ['2025-05-26', '2026-11-26', true, 'soon', '2026-11-26'], // 转入：推迟的最后一天
    ['2025-08-31', '2026-11-26', true, 'soon', '2027-02-28'] // 月末：8-31 + 12 个月 = 8-31，再 + 6 个月落在 2 月底
  ])('%s 入党，%s，转入 %s → %s（最迟 %s）', (joinDate, today, transferredIn, level, latest) => {
    const d = due(joinDate, today, transferredIn)
    expect(d?.level ?? null).toBe(level)
    expect(d?.latest ?? null).toBe(latest)
  })
  it('说明写明期满日和可推迟的期限', () => {
    expect(due('2025-08-31', '2026-11-26', true)!.title).toBe('预备期已于 2026-08-31 期满；转入的预备党员可推迟讨论转正，最迟 2027-02-28')
    expect(due('2025-11-25', '2026-11-26')!.title).toBe('预备期已于 2026-11-25 期满，尚未讨论转正')
  })
  it('规则集关掉推迟：转入的也按期满之日', () => {
    expect(probationDue({ joinDate: '2025-08-31', transferredIn: true }, { probationMonths: 12, transferInDelayMonths: null }, '2026-11-26')?.level).toBe('overdue')
  })
})
