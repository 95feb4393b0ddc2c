import ExcelJS from 'exceljs'
import { joinedLedgerHeaders, joinedLedgerRows } from '../../helpers/ledgerParts'
import { describe, expect, it } from 'vitest'
import { addAttachment, removeAttachment } from '../../../src/main/attachments/service'
import { exportProblems } from '../../../src/main/problems/ledger'
import { createProblems, deleteProblem, listProblems, saveProblem, transitionProblem } from '../../../src/main/problems/service'
import { saveOrg } from '../../../src/main/org/service'
import { listRecycle, restoreRecycled } from '../../../src/main/recycle/service'
import { orgInput } from '../../../src/shared/org/schemas'
import { problemInput, problemTransition } from '../../../src/shared/problems/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

function setup() {
  const ctx = testContext(undefined, SCENARIO_DAY)
  const orgId = saveOrg(ctx, orgInput.parse({ name: '测试公司党支部', orgType: 'branch', setupMode: 'single', enterpriseName: '测试公司' })).id
  return { ctx, orgId }
}
const p = (orgId: string, o: Record<string, unknown> = {}) =>
  problemInput.parse({ orgId, source: 'self', description: '主题党日活动记录不全', severity: 'normal', deadline: '2026-12-31', foundDate: '2026-11-01', ...o })
const t = (o: Record<string, unknown>) => problemTransition.parse(o)

describe('问题清单与整改', () => {
  it('登记时按年份编号，状态为待整改', () => {
    const { ctx, orgId } = setup()
    const [a, b] = createProblems(ctx, [p(orgId), p(orgId, { description: '党员档案缺转正申请' })])
    const list = listProblems(ctx, {})
    expect(list.map((x) => [x.id, x.code, x.status])).toEqual([[a, 'ZG-2026-0001', 'pending'], [b, 'ZG-2026-0002', 'pending']])
  })

  it('走完整个流程到销号，销号日期为今天；非法跳步被拒绝且不改数据', () => {
    const { ctx, orgId } = setup()
    const [id] = createProblems(ctx, [p(orgId)])
    expect(() => transitionProblem(ctx, t({ id, to: 'closed', reviewer: '甲', reviewOpinion: '好' }))).toThrow(/不能从「待整改」直接改为「已销号」/)
    expect(listProblems(ctx, {})[0].status).toBe('pending')
    transitionProblem(ctx, t({ id, to: 'in_progress' }))
    transitionProblem(ctx, t({ id, to: 'awaiting_review', completedDate: '2026-11-20', evidence: '补齐 10 月主题党日记录' }))
    const closed = transitionProblem(ctx, t({ id, to: 'closed', reviewer: '陈立新', reviewOpinion: '已整改到位' }))
    expect(closed).toMatchObject({ status: 'closed', closedDate: '2026-11-25', completedDate: '2026-11-20', reviewer: '陈立新' })
    expect(() => saveProblem(ctx, p(orgId, { id }))).toThrow(/已销号的问题不能修改/)
  })

  it('逾期问题能筛出来；日期不合理被拒绝', () => {
    const { ctx, orgId } = setup()
    createProblems(ctx, [p(orgId, { deadline: '2026-11-01', foundDate: '2026-10-01' }), p(orgId)])
    expect(listProblems(ctx, { overdueOnly: true }).length).toBe(1)
    expect(() => createProblems(ctx, [p(orgId, { foundDate: '2026-12-01' })])).toThrow(/不能晚于今天/)
    expect(() => createProblems(ctx, [p(orgId, { deadline: '2026-10-01' })])).toThrow(/不能早于发现日期/)
    expect(listProblems(ctx, {}).length).toBe(2)
  })

  it('删除进回收站，可恢复', () => {
    const { ctx, orgId } = setup()
    const [id] = createProblems(ctx, [p(orgId)])
    deleteProblem(ctx, id)
    expect(listProblems(ctx, {})).toEqual([])
    expect(listRecycle(ctx)).toMatchObject([{ entity: 'problem', id }])
    restoreRecycled(ctx, { entity: 'problem', id })
    expect(listProblems(ctx, {}).length).toBe(1)
  })

  it('问题整改台账：列与 domain.md §1.5 一致，读回有问题与逾期标记', async () => {
    const { ctx, orgId } = setup()
    createProblems(ctx, [p(orgId, { deadline: '2026-11-01', foundDate: '2026-10-01', indicatorCode: '3.2' })])
    const r = await exportProblems(ctx, {})
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(r!.path)
    // too wide for one page at 9 pt: two parts, each titled, 问题编号 and 来源 in both
    expect(wb.worksheets.map((ws) => ws.getCell(1, 1).value)).toEqual(['问题整改台账（一）', '问题整改台账（二）'])
    const header = await joinedLedgerHeaders(r!.path)
    const want = ['问题编号', '来源', '体检批次', '企业', '党组织', '对应指标编号', '问题描述', '问题类别', '严重程度', '整改措施', '责任人', '整改时限', '整改状态', '完成日期', '佐证材料', '复核人', '复核意见', '销号日期', '是否逾期']
    expect(want.every((h) => header.includes(h))).toBe(true)
    const row = (await joinedLedgerRows(r!.path))[0]
    expect(row).toContain('ZG-2026-0001')
    expect(row).toContain('测试公司')
    expect(row).toContain('3.2')
    expect(row[header.indexOf('是否逾期')]).toBe('是')
  })

  it('整改佐证附件：列表带附件名（移到回收站的不算）；只有附件也能提交复核；台账佐证材料一栏先写说明再列附件名', async () => {
    const { ctx, orgId } = setup()
    const [id, other] = createProblems(ctx, [p(orgId), p(orgId, { description: '党员档案缺转正申请' })])
    const attach = (fileName: string) => addAttachment(ctx, { owner: 'problem', ownerId: id, fileName, data: Buffer.from(`佐证：${fileName}`) })
    // 同一秒上传的按文件名排：先传的名字也排在前，顺序不随时钟变
    attach('活动室照片.jpg')
    attach('补开支委会记录.pdf')
    removeAttachment(ctx, attach('拍糊了.jpg').id)
    expect(listProblems(ctx, {}).map((x) => [x.id, x.files])).toEqual([[id, ['活动室照片.jpg', '补开支委会记录.pdf']], [other, []]])
    transitionProblem(ctx, t({ id, to: 'in_progress' }))
    transitionProblem(ctx, t({ id: other, to: 'in_progress' }))
    expect(() => transitionProblem(ctx, t({ id: other, to: 'awaiting_review', completedDate: '2026-11-20' }))).toThrow(/提交复核前请说明佐证材料或上传佐证附件/)
    const moved = transitionProblem(ctx, t({ id, to: 'awaiting_review', completedDate: '2026-11-20' }))
    expect(moved).toMatchObject({ status: 'awaiting_review', evidence: null, files: ['活动室照片.jpg', '补开支委会记录.pdf'] })
    transitionProblem(ctx, t({ id: other, to: 'awaiting_review', completedDate: '2026-11-20', evidence: '补齐转正申请' }))

    const r = await exportProblems(ctx, {})
    const evidence = (await joinedLedgerHeaders(r!.path)).indexOf('佐证材料')
    expect(evidence).toBeGreaterThan(0)
    expect((await joinedLedgerRows(r!.path)).map((row) => row[evidence])).toEqual(['附件：活动室照片.jpg、补开支委会记录.pdf', '补齐转正申请'])
    addAttachment(ctx, { owner: 'problem', ownerId: other, fileName: '转正申请.jpg', data: Buffer.from('转正申请') })
    const again = (await exportProblems(ctx, {}))!.path
    expect((await joinedLedgerRows(again))[1][evidence]).toBe('补齐转正申请；附件：转正申请.jpg')
  })
})
