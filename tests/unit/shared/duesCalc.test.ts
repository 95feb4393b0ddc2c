import { describe, expect, it } from 'vitest'
import { addMonth, arrearsOf, monthlyDue, monthsBetween, toFen, yuan } from '../../../src/shared/dues/calc'
import { duesBaseInput, duesPayInput } from '../../../src/shared/dues/schemas'
import { duesRules } from '../../../src/shared/dues/tables'

const due = (category: string, baseYuan: number | null, o: { fixed?: number; reduced?: number } = {}, rules = duesRules) =>
  monthlyDue({ category, baseFen: baseYuan === null ? null : toFen(baseYuan), fixedFen: o.fixed ?? null, reducedFen: o.reduced ?? null }, rules)

describe('党费比例：按基数所在一档全额套用（中组发〔2008〕3号）', () => {
  it.each([
    ['salary', 3000, 1500, 5],
    ['salary', 3000.01, 3000, 10], // 3000.01 × 1% = 30.0001 → 30.00
    ['salary', 5000, 5000, 10],
    ['salary', 5000.01, 7500, 15],
    ['salary', 6000, 9000, 15], // domain.md 的例子：6000 × 1.5% = 90 元
    ['salary', 10000, 15000, 15],
    ['salary', 10000.01, 20000, 20],
    ['annual_salary', 20000, 40000, 20],
    ['self_employed', 2500, 1250, 5],
    ['retired', 5000, 2500, 5],
    ['retired', 5000.01, 5000, 10],
    ['salary', 0, 0, 5]
  ])('%s 基数 %d 元 → 每月 %i 分（%i‰）', (category, base, fen, permille) => {
    expect(due(category, base)).toMatchObject({ dueFen: fen, permille })
  })
  it('固定金额的类别：农民默认 0.2 元，可登记到 1 元；学生 0.2 元', () => {
    expect(due('farmer', null).dueFen).toBe(20)
    expect(due('farmer', null, { fixed: 100 }).dueFen).toBe(100)
    expect(due('student', null).dueFen).toBe(20)
  })
  it('经批准少交或免交：按批准的数额', () => {
    expect(due('salary', 8000, { reduced: 0 })).toMatchObject({ dueFen: 0, how: '经批准免交' })
    expect(due('salary', 8000, { reduced: 500 })).toMatchObject({ dueFen: 500, how: '经批准少交' })
  })
  it('取舍可配置：按分（默认）、按角、按元', () => {
    expect(due('salary', 3333.33).dueFen).toBe(3333)
    expect(due('salary', 3333.33, {}, { ...duesRules, roundTo: { fen: 10, note: '' } }).dueFen).toBe(3330)
    expect(due('salary', 3333.33, {}, { ...duesRules, roundTo: { fen: 100, note: '' } }).dueFen).toBe(3300)
  })
  it('金额换算：元 ↔ 分，超过两位小数不收', () => {
    expect(toFen(19.99)).toBe(1999)
    expect(toFen(0.1 + 0.2)).toBe(30)
    expect(toFen(1.005)).toBeNull()
    expect(yuan(9000)).toBe('90.00')
  })
})

describe('欠交：从应交的第一个月到上个月', () => {
  const limits = duesRules.arrears
  const run = (paid: string[], first = '2026-01', last = '2026-10', dueOf = (_m: string) => 9000) => arrearsOf({ firstMonth: first, lastMonth: last, paid: new Set(paid), dueOf }, limits)
  it.each([
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'], 0, null],
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'], 2, null],
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'], 3, 'yellow'],
    [['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'], 5, 'yellow'],
    [['2026-01', '2026-02', '2026-03', '2026-04'], 6, 'red'],
    [[], 10, 'red']
  ])('已交 %j → 连续欠交 %i 个月（%s）', (paid, consecutive, level) => {
    expect(run(paid)).toMatchObject({ consecutive, level })
  })
  it('中间断交后又交了：连续月数从最近的欠交算，欠交月份全部列出', () => {
    const a = run(['2026-01', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'])
    expect(a.unpaid).toEqual(['2026-02', '2026-03', '2026-10'])
    expect(a.consecutive).toBe(1)
  })
  it('应交为 0（免交）的月份不算欠交，也打断连续', () => {
    expect(run([], '2026-01', '2026-10', (m) => (m === '2026-08' ? 0 : 100))).toMatchObject({ consecutive: 2, level: null })
  })
  it('月份运算：跨年', () => {
    expect(addMonth('2026-11', 3)).toBe('2027-02')
    expect(addMonth('2026-01', -1)).toBe('2025-12')
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-02', '2026-01')).toEqual([])
  })
})

describe('输入校验', () => {
  const id = 'd3e0a000-0000-4000-8000-000000000100'
  it.each([
    [{ category: 'salary', baseYuan: null }, '请填写核定基数'],
    [{ category: 'salary', baseYuan: 100.001 }, '最多填到分'],
    [{ category: 'salary', baseYuan: -1 }, '不能为负数'],
    [{ category: 'farmer', fixedYuan: 2 }, '农民党员每月交纳 0.2–1 元'],
    [{ category: 'student', fixedYuan: 1 }, '学生党员每月交纳 0.2 元'],
    [{ category: 'salary', baseYuan: 5000, reducedYuan: 0 }, '请填写批准文号'],
    [{ category: 'boss', baseYuan: 5000 }, '请选择人员类别']
  ])('%j → %s', (o, message) => {
    const r = duesBaseInput.safeParse({ memberId: id, fromMonth: '2026-01', ...o })
    expect(r.success).toBe(false)
    expect(r.error!.issues.map((i) => i.message).join('；')).toContain(message)
  })
  it('交纳的结束月份不能早于开始月份', () => {
    const r = duesPayInput.safeParse({ memberId: id, fromMonth: '2026-05', toMonth: '2026-04', paidDate: '2026-05-01', method: 'cash' })
    expect(r.error!.issues[0].message).toBe('结束月份不能早于开始月份')
  })
})
