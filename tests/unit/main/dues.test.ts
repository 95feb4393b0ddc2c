import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { suggestScores } from '../../../src/main/checkups/metrics'
import { getTemplate } from '../../../src/main/checkups/templates'
import { dashboardSummary } from '../../../src/main/dashboard/service'
import { duesLedgerRows, exportDuesBaseLedger, exportDuesLedger } from '../../../src/main/dues/ledger'
import { basesFromRoster, deleteBase, deletePayment, duesArrears, duesMonth, memberBases, payDues, payMonthForAll, saveBase } from '../../../src/main/dues/service'
import { deleteMember, getMember, saveMember } from '../../../src/main/members/service'
import { createContext } from '../../../src/main/context'
import { memberInput } from '../../../src/shared/members/schemas'
import { purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { duesBaseInput, duesPayInput, remittanceInput } from '../../../src/shared/dues/schemas'
import { deleteRemittance, exportRemittances, listRemittances, saveRemittance } from '../../../src/main/dues/remittances'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const OFFICE = 'd3e0a000-0000-4000-8000-000000000005' // 嘉州新材料机关党支部：10 名正式党员、2 名预备党员
const DEFAULT_TEMPLATE = 'c4ec0000-0000-4000-8000-000000000001'

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  loadDemo(ctx)
  ctx.db.exec('DELETE FROM dues_payments; DELETE FROM dues_bases')
  const members = ctx.db.prepare("SELECT id, name, join_date AS joinDate, transfer_in_date AS transferInDate FROM members WHERE org_id = ? AND deleted_at IS NULL ORDER BY name_pinyin").all(OFFICE) as
    { id: string; name: string; joinDate: string; transferInDate: string | null }[]
  const veteran = members.find((m) => m.joinDate < '2020-01-01' && !m.transferInDate)!
  return { ctx, members, veteran }
}
const base = (ctx: AppContext, memberId: string, o: Record<string, unknown> = {}) => saveBase(ctx, duesBaseInput.parse({ memberId, fromMonth: '2026-01', category: 'salary', baseYuan: 6000, ...o }))
const pay = (ctx: AppContext, memberId: string, o: Record<string, unknown> = {}) =>
  payDues(ctx, duesPayInput.parse({ memberId, fromMonth: '2026-01', toMonth: '2026-01', paidDate: '2026-01-10', method: 'cash', collector: '刘婷', ...o }))
const counts = (ctx: AppContext) => ctx.db.prepare('SELECT (SELECT COUNT(*) FROM dues_payments) AS payments, (SELECT COUNT(*) FROM dues_bases) AS bases, (SELECT COUNT(*) FROM change_log) AS changes').get()

describe('示例数据', () => {
  it('生产第一党支部 2026 年的基数与交纳；胡嘉怡 8–10 月欠交；重复载入不重复插入', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    loadDemo(ctx)
    const WORKS = 'd3e0a000-0000-4000-8000-000000000004'
    expect(duesArrears(ctx, WORKS).map((a) => [a.name, a.consecutive, a.level])).toEqual([['胡嘉怡', 3, 'yellow'], ['孟平', 1, null]])
    const before = counts(ctx)
    loadDemo(ctx)
    expect(counts(ctx)).toMatchObject({ payments: (before as { payments: number }).payments, bases: (before as { bases: number }).bases })
    const sep = duesMonth(ctx, { orgId: WORKS, month: '2026-09' })
    expect(sep.totals.members).toBe(16)
    expect(sep.totals.paid).toBe(15)
    // 连续欠交算到所看的月份：看 9 月时胡嘉怡欠 8、9 两个月，看 10 月时三个月
    expect(sep.rows.filter((r) => r.arrearsMonths).map((r) => [r.name, r.arrearsMonths])).toEqual([['胡嘉怡', 2]])
    const oct = duesMonth(ctx, { orgId: WORKS, month: '2026-10' })
    expect(oct.rows.filter((r) => r.arrearsMonths).map((r) => [r.name, r.arrearsMonths])).toEqual([['胡嘉怡', 3], ['孟平', 1]])
  })
})

describe('党费基数', () => {
  it('核定基数后按月应交；基数调整从新的月份起', () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id)
    base(ctx, veteran.id, { fromMonth: '2026-07', baseYuan: 10500 })
    expect(memberBases(ctx, veteran.id).map((b) => [b.fromMonth, b.dueFen])).toEqual([['2026-07', 21000], ['2026-01', 9000]])
    const row = (month: string) => duesMonth(ctx, { orgId: OFFICE, month }).rows.find((r) => r.memberId === veteran.id)!
    expect(row('2026-06').dueFen).toBe(9000)
    expect(row('2026-07').dueFen).toBe(21000)
  })
  it('起始月份早于入党、同一月份重复核定：拒绝，什么也不改', () => {
    const { ctx, members, veteran } = setup()
    const newcomer = members.find((m) => m.joinDate >= '2026-01-01')!
    const before = counts(ctx)
    expect(() => base(ctx, newcomer.id, { fromMonth: '2025-12' })).toThrow(`是 ${newcomer.joinDate.slice(0, 7)}，核定基数的起始月份不能早于这个月`)
    expect(counts(ctx)).toEqual(before)
    base(ctx, veteran.id)
    expect(() => base(ctx, veteran.id, { baseYuan: 7000 })).toThrow('从 2026-01 起的基数已经核定过，请修改原来那一条')
  })
  it('花名册上的「党费基数」跟着最近一次按基数核定的走；固定金额类别不改它', () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id, { baseYuan: 6000 })
    base(ctx, veteran.id, { fromMonth: '2026-07', baseYuan: 10500 })
    expect(getMember(ctx, veteran.id).duesBaseCents).toBe(1_050_000)
    base(ctx, veteran.id, { fromMonth: '2026-03', baseYuan: 7000 }) // 较早的调整不改花名册
    expect(getMember(ctx, veteran.id).duesBaseCents).toBe(1_050_000)
    base(ctx, veteran.id, { fromMonth: '2026-09', category: 'unemployed', baseYuan: null })
    expect(getMember(ctx, veteran.id).duesBaseCents).toBe(1_050_000)
  })
  it('按花名册上的党费基数一次核定：没核定过的都核定，入党晚的从入党月份起；再点一次不重复', () => {
    const { ctx, members, veteran } = setup()
    base(ctx, veteran.id, { baseYuan: 4321 })
    const r = basesFromRoster(ctx, { orgId: OFFICE, fromMonth: '2026-01' })
    const withRosterBase = ctx.db.prepare('SELECT COUNT(*) AS n FROM members WHERE org_id = ? AND deleted_at IS NULL AND dues_base_cents IS NOT NULL').get(OFFICE) as { n: number }
    expect(r.created).toBe(withRosterBase.n - 1)
    expect(r.names).not.toContain(veteran.name)
    const late = members.find((m) => m.joinDate > '2026-01-31')!
    expect(memberBases(ctx, late.id)[0].fromMonth).toBe(late.joinDate.slice(0, 7))
    expect(memberBases(ctx, veteran.id).map((b) => b.baseYuan)).toEqual([4321])
    expect(basesFromRoster(ctx, { orgId: OFFICE, fromMonth: '2026-01' }).created).toBe(0)
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-10' }).totals.noBase).toBe(members.length - withRosterBase.n)
  })
  it('删除进回收站，恢复；同月已有新的一条时不能恢复', () => {
    const { ctx, veteran } = setup()
    const { id } = base(ctx, veteran.id)
    deleteBase(ctx, id)
    expect(memberBases(ctx, veteran.id)).toEqual([])
    base(ctx, veteran.id, { baseYuan: 7000 })
    expect(() => restoreRecycled(ctx, { entity: 'duesBase', id })).toThrow('已经另有一条，不能恢复这一条')
  })
})

describe('交纳登记', () => {
  it('一次交几个月；重复登记、入党前的月份、没有基数的月份、将来的交纳日期：拒绝且不改数据', () => {
    const { ctx, members, veteran } = setup()
    base(ctx, veteran.id)
    expect(pay(ctx, veteran.id, { toMonth: '2026-03' }).ids.length).toBe(3)
    const before = counts(ctx)
    expect(() => pay(ctx, veteran.id, { fromMonth: '2026-03', toMonth: '2026-04', paidDate: '2026-04-02' })).toThrow(`${veteran.name} 2026-03 已经登记交纳（2026-01-10），不能重复登记`)
    const newcomer = members.find((m) => m.joinDate >= '2026-02-01')!
    base(ctx, newcomer.id, { fromMonth: newcomer.joinDate.slice(0, 7) })
    const after = counts(ctx)
    expect(() => pay(ctx, newcomer.id, { paidDate: '2026-09-01' })).toThrow(`从 ${newcomer.joinDate.slice(0, 7)} 起在本组织交纳党费，2026-01 不用交`)
    const other = members.find((m) => m.id !== veteran.id && m.id !== newcomer.id && m.joinDate < '2025-01-01')!
    expect(() => pay(ctx, other.id)).toThrow(`${other.name}在 2026-01 还没有核定党费基数，请先核定基数`)
    expect(() => pay(ctx, veteran.id, { fromMonth: '2026-11', toMonth: '2026-11', paidDate: '2026-11-26' })).toThrow('交纳日期 2026-11-26 晚于今天')
    ctx.db.prepare("UPDATE members SET status = 'suspended' WHERE id = ?").run(other.id)
    expect(() => pay(ctx, other.id)).toThrow(`${other.name}已停止党籍，停止党籍期间不交纳党费`)
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-01' }).rows.some((r) => r.memberId === other.id)).toBe(false)
    expect(counts(ctx)).toEqual(after)
    expect(before).not.toEqual(after)
  })
  it('整支部补登很早的月份也提醒；免交的人不登记', () => {
    const { ctx, members, veteran } = setup()
    const other = members.find((m) => m.id !== veteran.id && m.joinDate < '2025-01-01' && !m.transferInDate)!
    base(ctx, veteran.id)
    base(ctx, other.id, { reducedYuan: 0, reductionDoc: '嘉新党委〔2026〕1号' })
    const r = payMonthForAll(ctx, { orgId: OFFICE, month: '2026-01', paidDate: '2026-11-20', method: 'cash', collector: null })
    expect(r.created).toBe(1)
    expect(r.warnings).toEqual(['补交了 1 个超过 6 个月的党费；补交时间一般不得超过 6 个月'])
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-01' }).rows.find((x) => x.memberId === other.id)!.payment).toBeNull()
  })
  it('补交超过 6 个月、少于应交：保存并提醒', () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id)
    const r = pay(ctx, veteran.id, { fromMonth: '2026-01', toMonth: '2026-02', paidDate: '2026-08-20', paidYuan: 50 })
    expect(r.warnings).toEqual(['补交了 1 个超过 6 个月的党费（2026-01 起）；补交时间一般不得超过 6 个月', '实交少于应交：2026-01、2026-02'])
  })
  it('整个支部按当月应交登记：有基数的都登记，没基数的列出名字', () => {
    const { ctx, members, veteran } = setup()
    const withBase = members.filter((m) => m.joinDate < '2026-01-01').slice(0, 4)
    for (const m of withBase) base(ctx, m.id, { fromMonth: m.joinDate > '2026-01' ? m.joinDate.slice(0, 7) : '2026-01' })
    pay(ctx, veteran.id, { fromMonth: '2026-10', toMonth: '2026-10', paidDate: '2026-10-08' })
    const r = payMonthForAll(ctx, { orgId: OFFICE, month: '2026-10', paidDate: '2026-10-09', method: 'transfer', collector: '刘婷' })
    const table = duesMonth(ctx, { orgId: OFFICE, month: '2026-10' })
    expect(r.created).toBe(withBase.filter((m) => m.id !== veteran.id).length)
    expect(r.skipped.length).toBe(table.totals.noBase)
    expect(table.totals).toMatchObject({ dueFen: withBase.length * 9000, paidFen: withBase.length * 9000, paid: withBase.length })
    expect(table.rows.find((m) => m.memberId === veteran.id)!.payment).toMatchObject({ paidDate: '2026-10-08', method: 'cash' })
  })
  it('删除交纳记录进回收站，恢复回来；彻底删除党员后交纳记录（姓名快照）还在，基数一并删除', () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id)
    const [id] = pay(ctx, veteran.id).ids
    deletePayment(ctx, id)
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-01' }).totals.paid).toBe(0)
    restoreRecycled(ctx, { entity: 'duesPayment', id })
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-01' }).totals.paid).toBe(1)
    deleteMember(ctx, veteran.id)
    purgeRecycled(ctx, { entity: 'member', id: veteran.id })
    expect(ctx.db.prepare('SELECT name FROM dues_payments WHERE id = ?').get(id)).toEqual({ name: veteran.name })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM dues_bases WHERE member_id = ?').get(veteran.id)).toEqual({ n: 0 })
  })
})

describe('停止党籍', () => {
  it('7 月停止党籍、11 月恢复：停止期间应交为 0，恢复后不算欠交；从 11 月起按原来的基数交', () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id)
    pay(ctx, veteran.id, { toMonth: '2026-06', paidDate: '2026-06-30' })
    const setStatus = (c: AppContext, status: string) => {
      const { orgName: _o, createdAt: _c, updatedAt: _u, ...form } = getMember(c, veteran.id)
      saveMember(c, memberInput.parse({ ...form, status }))
    }
    const july = createContext({ dataDir: ctx.dataDir, today: () => '2026-07-15', actor: '测试' })
    setStatus(july, 'suspended')
    july.close()
    setStatus(ctx, 'normal')
    expect(memberBases(ctx, veteran.id).map((b) => [b.fromMonth, b.dueFen, b.note])).toEqual([
      ['2026-11', 9000, '恢复党籍，按停止前的核定交纳'],
      ['2026-07', 0, '停止党籍期间不交纳党费'],
      ['2026-01', 9000, null]
    ])
    expect(duesArrears(ctx, OFFICE).some((a) => a.memberId === veteran.id)).toBe(false)
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-11' }).rows.find((r) => r.memberId === veteran.id)!.dueFen).toBe(9000)
  })
})

describe('欠交、首页待办、体检建议分', () => {
  it('截至上个月连续欠交：3 个月黄、6 个月红；首页待办与体检 E2.2 跟着变', () => {
    const { ctx, veteran, members } = setup()
    const tpl = getTemplate(ctx, DEFAULT_TEMPLATE).body.items
    expect(suggestScores(ctx, OFFICE, '2026-11-20', tpl)['E2.2']).toMatchObject({ score: 0 })
    const other = members.find((m) => m.id !== veteran.id && m.joinDate < '2025-01-01' && !m.transferInDate)!
    base(ctx, veteran.id)
    base(ctx, other.id)
    pay(ctx, veteran.id, { toMonth: '2026-04', paidDate: '2026-04-30' }) // 5–10 月没交：连续 6 个月
    pay(ctx, other.id, { toMonth: '2026-07', paidDate: '2026-07-30' }) // 8–10 月没交：连续 3 个月
    expect(duesArrears(ctx, OFFICE).map((a) => [a.name, a.consecutive, a.level, a.owedFen])).toEqual([
      [veteran.name, 6, 'red', 6 * 9000],
      [other.name, 3, 'yellow', 3 * 9000]
    ])
    const todos = dashboardSummary(ctx, {}).todos.filter((t) => t.kind === '党费')
    expect(todos.every((t) => t.route === `/dues/arrears?org=${OFFICE}`)).toBe(true)
    expect(todos.map((t) => [t.level, t.title])).toEqual([
      ['overdue', `${veteran.name} 连续 6 个月未交党费（满 6 个月，请核实是否按自行脱党处理）`],
      ['soon', `${other.name} 连续 3 个月未交党费`]
    ])
    const s = suggestScores(ctx, OFFICE, '2026-11-20', tpl)['E2.2']
    expect(s.score).toBe(1)
    expect(s.explanation).toBe(`欠交 2 人、共 9 个月（${veteran.name} 6 个月、${other.name} 3 个月），扣 1`)
    pay(ctx, veteran.id, { fromMonth: '2026-05', toMonth: '2026-10', paidDate: '2026-11-02' })
    pay(ctx, other.id, { fromMonth: '2026-08', toMonth: '2026-10', paidDate: '2026-11-02' })
    expect(duesArrears(ctx, OFFICE)).toEqual([])
    expect(suggestScores(ctx, OFFICE, '2026-11-20', tpl)['E2.2'].score).toBe(2)
    // 体检日在补交之前：按当时的台账仍算欠交
    expect(suggestScores(ctx, OFFICE, '2026-11-01', tpl)['E2.2'].score).toBe(1)
  })
})

describe('党费收缴台账', () => {
  it('调走、出党或彻底删除的党员：当时交的党费照样记在原组织的台账和按月收缴表上，不记到新组织', () => {
    const { ctx, veteran } = setup()
    const WORKS = 'd3e0a000-0000-4000-8000-000000000004'
    base(ctx, veteran.id)
    pay(ctx, veteran.id, { fromMonth: '2026-01', toMonth: '2026-06', paidDate: '2026-06-10' })
    ctx.db.prepare('UPDATE members SET org_id = ? WHERE id = ?').run(WORKS, veteran.id)
    const mine = (orgId: string) => duesLedgerRows(ctx, { orgId, fromMonth: '2026-01', toMonth: '2026-06' }).filter((r) => r.kind === 'month' && r.name === veteran.name)
    expect(mine(OFFICE).length).toBe(6)
    expect(mine(WORKS).length).toBe(0)
    const total = duesLedgerRows(ctx, { orgId: OFFICE, fromMonth: '2026-01', toMonth: '2026-06' }).at(-1)!
    expect(total).toMatchObject({ kind: 'total', paidFen: 6 * 9000 })
    expect(duesMonth(ctx, { orgId: OFFICE, month: '2026-03' }).rows.find((r) => r.memberId === veteran.id)).toMatchObject({ left: true, dueFen: 9000, payment: { paidFen: 9000 } })
    expect(duesMonth(ctx, { orgId: WORKS, month: '2026-03' }).rows.some((r) => r.memberId === veteran.id)).toBe(false)
    deleteMember(ctx, veteran.id)
    purgeRecycled(ctx, { entity: 'member', id: veteran.id })
    expect(mine(OFFICE).length).toBe(6)
  })

  it('所选月份每人每月一行，没交的实交留空，末行合计；身份证号脱敏、金额是数字', async () => {
    const { ctx, veteran, members } = setup()
    const other = members.find((m) => m.id !== veteran.id && m.joinDate < '2025-01-01' && !m.transferInDate)!
    base(ctx, veteran.id)
    base(ctx, other.id, { category: 'retired', baseYuan: 4800 })
    pay(ctx, veteran.id, { fromMonth: '2026-09', toMonth: '2026-10', paidDate: '2026-10-12' })
    const r = (await exportDuesLedger(ctx, { orgId: OFFICE, fromMonth: '2026-09', toMonth: '2026-10' }))!
    expect(r.rows).toBe(4)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r.path)
    const ws = wb.worksheets[0]
    const rows: unknown[][] = []
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(String(rows[0][0])).toBe('党费收缴台账')
    const header = rows.findIndex((x) => x[0] === '序号')
    expect(rows[header].map((v) => (typeof v === 'string' ? v.replace(/\n/g, '') : v))).toEqual(['序号', '姓名', '身份证号', '人员类别', '核定基数（元）', '比例', '月应交（元）', '月实交（元）', '所属月份', '交纳日期', '交纳方式', '补交/预交', '减免批准文号', '收款人', '备注'])
    const body = rows.slice(header + 1)
    const mine = body.filter((x) => x[1] === veteran.name)
    expect(mine.map((x) => [x[8], x[6], x[7], x[9], x[10], x[11]])).toEqual([
      ['2026-09', 90, 90, '2026-10-12', '现金', '补交 1 个月'],
      ['2026-10', 90, 90, '2026-10-12', '现金', undefined]
    ])
    expect(String(mine[0][2])).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
    const retired = body.find((x) => x[1] === other.name)!
    expect([retired[3], retired[4], retired[5], retired[6], retired[7], retired[10]]).toEqual(['离退休', 4800, '0.5%', 24, undefined, '未交'])
    expect(body.at(-1)!.slice(1, 9)).toEqual(['合计', undefined, undefined, undefined, undefined, 228, 180, '已交 2 / 4'])
  })

  it('党费基数核定表：每次核定一行，基数、比例、月应交、减免文号读回', async () => {
    const { ctx, veteran } = setup()
    base(ctx, veteran.id, { baseYuan: 6000 })
    base(ctx, veteran.id, { fromMonth: '2026-07', baseYuan: 12000, reducedYuan: 50, reductionDoc: '嘉新党委〔2026〕3号' })
    const r = (await exportDuesBaseLedger(ctx, OFFICE))!
    expect(r.path).toMatch(/党费基数核定表-嘉州新材料机关党支部-2026-11-25\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r.path)
    const rows: unknown[][] = []
    wb.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1))))
    expect(rows[0][0]).toBe('党费基数核定表')
    const mine = rows.filter((x) => x[1] === veteran.name)
    expect(mine.map((x) => [x[5], x[6], x[7], x[8], x[9]])).toEqual([
      ['2026-01', 6000, '1.5%', 90, undefined],
      ['2026-07', 12000, '减免', 50, '嘉新党委〔2026〕3号']
    ])
  })
})

describe('党费上缴与返还凭证登记', () => {
  const remit = (ctx: AppContext, o: Record<string, unknown> = {}) =>
    saveRemittance(ctx, remittanceInput.parse({ orgId: OFFICE, kind: 'remit', month: '2026-10', date: '2026-11-05', amountYuan: 1072, counterpart: '嘉州新材料党委', voucherNo: 'DF-2026-10', ...o }))
  it('登记、拒绝将来的日期和 0 元、删除进回收站再恢复、台账读回', async () => {
    const { ctx } = setup()
    const { id } = remit(ctx)
    remit(ctx, { kind: 'refund', month: '2026-06', date: '2026-07-20', amountYuan: 3000.5, counterpart: '嘉州高新区党工委', voucherNo: 'FH-2026-01' })
    const before = counts(ctx)
    expect(() => remit(ctx, { date: '2026-11-26' })).toThrow('上缴日期 2026-11-26 晚于今天')
    expect(() => remit(ctx, { amountYuan: 0 })).toThrow('金额应大于 0')
    expect(counts(ctx)).toEqual(before)
    expect(listRemittances(ctx, { orgId: OFFICE, year: 2026 }).map((r) => [r.kind, r.month, r.amountFen])).toEqual([['refund', '2026-06', 300050], ['remit', '2026-10', 107200]])
    deleteRemittance(ctx, id)
    expect(listRemittances(ctx, { orgId: OFFICE, year: 2026 }).length).toBe(1)
    restoreRecycled(ctx, { entity: 'duesRemittance', id })
    const r = (await exportRemittances(ctx, { orgId: OFFICE, year: 2026 }))!
    expect(r.rows).toBe(2)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r.path)
    const rows: unknown[][] = []
    wb.worksheets[0].eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1))))
    expect(rows[0][0]).toBe('党费上缴与返还凭证登记')
    const body = rows.slice(rows.findIndex((x) => x[0] === '序号') + 1)
    expect(body.map((x) => [x[2], x[3], x[5], x[7]])).toEqual([['返还', '2026-06', 3000.5, 'FH-2026-01'], ['上缴', '2026-10', 1072, 'DF-2026-10']])
  })
})

