// 报送包按字段归属合并：园区的体检得分、签字和销号不被企业重新报送的包冲掉；两边都改了同一字段时列出冲突，由人选
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { getCheckup, saveCheckup, signOffCheckup } from '../../../src/main/checkups/service'
import { getTemplate } from '../../../src/main/checkups/templates'
import { getMember, listMembers, saveMember } from '../../../src/main/members/service'
import { createProblems, listProblems, transitionProblem } from '../../../src/main/problems/service'
import { exportReceipt } from '../../../src/main/submit/export'
import { commitSubmission, previewSubmission } from '../../../src/main/submit/service'
import { checkupInput } from '../../../src/shared/checkups/schemas'
import { memberInput } from '../../../src/shared/members/schemas'
import { problemInput, problemTransition } from '../../../src/shared/problems/schemas'
import fs from 'node:fs'
import path from 'node:path'
import { TEMPLATE, XINCAI, enterprise, exportFile, fingerprint, later, park, startClock } from '../../helpers/submit'
import { TODAY } from '../../helpers/clock'

beforeEach(startClock)
afterEach(() => vi.useRealTimers())

/** 企业自评一次体检（只填自评分），再登记一个自查问题并整改到「待复核」 */
function selfAssess(ent: AppContext): { checkupId: string; problemId: string } {
  const items = getTemplate(ent, TEMPLATE).body.items.map((i) => ({ code: i.code, selfScore: i.score }))
  const checkupId = saveCheckup(ent, checkupInput.parse({ orgId: XINCAI, templateId: TEMPLATE, checkDate: '2026-11-20', items })).id
  const [problemId] = createProblems(ent, [problemInput.parse({ orgId: XINCAI, source: 'self', description: '党员活动室制度未上墙', severity: 'normal', foundDate: '2026-11-01', deadline: '2026-12-31' })])
  transitionProblem(ent, problemTransition.parse({ id: problemId, to: 'in_progress' }))
  transitionProblem(ent, problemTransition.parse({ id: problemId, to: 'awaiting_review', completedDate: '2026-11-20', evidence: '已上墙，照片两张' }))
  return { checkupId, problemId }
}

/** 园区逐项打体检得分（第一项扣 1 分）、签字确认、对问题复核销号 */
function parkReviews(pk: AppContext, checkupId: string, problemId: string): void {
  const d = getCheckup(pk, checkupId)
  const items = d.items.map((i, n) => ({ code: i.code, selfScore: i.selfScore, checkScore: n === 0 ? i.selfScore! - 1 : i.selfScore, reason: n === 0 ? '会议记录不全' : null }))
  saveCheckup(pk, checkupInput.parse({ orgId: XINCAI, templateId: TEMPLATE, checkDate: d.checkup.checkDate, checker: '园区指导员甲', items, id: checkupId }))
  signOffCheckup(pk, { id: checkupId, signer: '园区指导员甲' })
  transitionProblem(pk, problemTransition.parse({ id: problemId, to: 'closed', reviewer: '园区指导员甲', reviewOpinion: '已整改到位，同意销号' }))
}

describe('报送包按字段归属合并', () => {
  it('企业改了一项自评分重新报送：园区的体检得分、签字和销号都还在，新的自评分进来了，没有冲突', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const { checkupId, problemId } = selfAssess(ent)
    later()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    later()
    parkReviews(pk, checkupId, problemId)
    const signed = getCheckup(pk, checkupId)
    expect(signed.checkup.status).toBe('signed')

    later()
    const d = getCheckup(ent, checkupId)
    const changed = d.items[1].code
    const items = d.items.map((i) => ({ code: i.code, selfScore: i.code === changed ? i.selfScore! - 0.5 : i.selfScore }))
    saveCheckup(ent, checkupInput.parse({ orgId: XINCAI, templateId: TEMPLATE, checkDate: '2026-11-20', items, id: checkupId }))
    later()
    const file = await exportFile(ent)
    const preview = previewSubmission(pk, file)
    expect(preview.conflicts).toEqual([])
    expect(preview.tables.find((t) => t.table === 'checkup_items')).toMatchObject({ updated: 1 })
    await commitSubmission(pk, { ...file, parentId: preview.parentId })

    const after = getCheckup(pk, checkupId)
    expect(after.checkup).toMatchObject({ status: 'signed', signedBy: '园区指导员甲', checker: '园区指导员甲', total: signed.checkup.total, level: signed.checkup.level })
    expect(after.items.map((i) => i.checkScore)).toEqual(signed.items.map((i) => i.checkScore))
    expect(after.items.find((i) => i.code === changed)!.selfScore).toBe(d.items[1].selfScore! - 0.5)
    expect(after.items[0].reason).toBe('会议记录不全')
    const p = listProblems(pk, { orgId: XINCAI }).find((x) => x.id === problemId)!
    expect(p).toMatchObject({ status: 'closed', reviewer: '园区指导员甲', reviewOpinion: '已整改到位，同意销号', evidence: '已上墙，照片两张' })
  })

  it('两边都改了同一字段：预览列出冲突和两边的值；选「保留本机」或「采用对方」后导入照此执行', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const [a, b] = listMembers(ent, { orgId: XINCAI, limit: 5 }).rows.map((r) => r.id)
    const remark = (ctx: AppContext, id: string, text: string): void => {
      const { orgName: _o, createdAt: _c, updatedAt: _u, ...data } = getMember(ctx, id)
      saveMember(ctx, memberInput.parse({ ...data, remark: text }))
    }
    later()
    remark(ent, a, '企业：调任生产部')
    remark(ent, b, '企业：调任销售部')
    later()
    remark(pk, a, '园区：核实为质检部')
    remark(pk, b, '园区：核实为财务部')
    const file = await exportFile(ent)
    const preview = previewSubmission(pk, file)
    expect(preview.conflicts.map((c) => [c.label, c.field, c.mine, c.theirs]).sort()).toEqual([
      ['党员', '备注', '园区：核实为质检部', '企业：调任生产部'],
      ['党员', '备注', '园区：核实为财务部', '企业：调任销售部']
    ].sort())
    const ka = preview.conflicts.find((c) => c.theirs === '企业：调任生产部')!.key
    const kb = preview.conflicts.find((c) => c.theirs === '企业：调任销售部')!.key
    await commitSubmission(pk, { ...file, parentId: preview.parentId, choices: { [ka]: 'theirs', [kb]: 'mine' } })
    expect(getMember(pk, a).remark).toBe('企业：调任生产部')
    expect(getMember(pk, b).remark).toBe('园区：核实为财务部')
    const log = pk.db.prepare("SELECT after_json FROM change_log WHERE entity = 'app' AND action = 'import' ORDER BY id DESC LIMIT 1").get() as { after_json: string }
    expect(JSON.parse(log.after_json).conflicts.map((c: Record<string, string>) => [c.对方, c.采用]).sort()).toEqual([['企业：调任生产部', '对方'], ['企业：调任销售部', '本机']])
    // 同一个包再导入：对方没有再改，不再列冲突，本机保留的值不动
    later()
    const again = previewSubmission(pk, await exportFile(ent))
    expect(again.conflicts).toEqual([])
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: again.parentId })
    expect(getMember(pk, b).remark).toBe('园区：核实为财务部')
  })

  it('园区发回体检结果回执：企业看到园区的得分、签字和销号；企业自己后来改的自评分和党员资料不被回执改动', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const { checkupId, problemId } = selfAssess(ent)
    later()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    later()
    parkReviews(pk, checkupId, problemId)
    later()
    // 园区导出回执之前，企业又改了一项自评分（还没报送）
    const d = getCheckup(ent, checkupId)
    const items = d.items.map((i, n) => ({ code: i.code, selfScore: n === 2 ? i.selfScore! - 1 : i.selfScore }))
    saveCheckup(ent, checkupInput.parse({ orgId: XINCAI, templateId: TEMPLATE, checkDate: '2026-11-20', items, id: checkupId }))
    later()
    const out = await exportReceipt(pk, XINCAI)
    expect(path.basename(out!.path)).toBe(`体检结果回执-嘉州新材料党委-${TODAY}.hldb`)
    const file = { fileName: path.basename(out!.path), base64: fs.readFileSync(out!.path).toString('base64') }
    const membersBefore = JSON.stringify(ent.db.prepare('SELECT * FROM members ORDER BY id').all())
    const roundsBefore = ent.db.prepare('SELECT id, round_id FROM checkups ORDER BY id').all()
    const p = previewSubmission(ent, file)
    expect(p).toMatchObject({ kind: 'receipt', orgName: '嘉州新材料党委', firstTime: false, skipped: [], conflicts: [] })
    expect(p.tables.map((t) => t.table)).toEqual(['orgs', 'problems', 'checkup_templates', 'checkups', 'checkup_items'])
    await commitSubmission(ent, { ...file, parentId: p.parentId })

    const seen = getCheckup(ent, checkupId)
    const parkSide = getCheckup(pk, checkupId)
    expect(seen.checkup).toMatchObject({ status: 'signed', signedBy: '园区指导员甲', checker: '园区指导员甲', total: parkSide.checkup.total, level: parkSide.checkup.level })
    expect(seen.items.map((i) => i.checkScore)).toEqual(parkSide.items.map((i) => i.checkScore))
    expect(seen.items[2].selfScore).toBe(d.items[2].selfScore! - 1)
    expect(listProblems(ent, { orgId: XINCAI }).find((x) => x.id === problemId)).toMatchObject({ status: 'closed', reviewer: '园区指导员甲', reviewOpinion: '已整改到位，同意销号' })
    expect(JSON.stringify(ent.db.prepare('SELECT * FROM members ORDER BY id').all())).toBe(membersBefore)
    // 园区没有企业那边的体检批次：回执里批次为空，不因此清掉企业的
    expect(ent.db.prepare('SELECT id, round_id FROM checkups ORDER BY id').all()).toEqual(roundsBefore)
    expect(p.tables.find((t) => t.table === 'checkups')).toMatchObject({ updated: 1 })
    expect(ent.db.prepare('SELECT parent_id FROM orgs WHERE id = ?').get(XINCAI)).toEqual({ parent_id: 'd3e0a000-0000-4000-8000-000000000001' })

    // 企业再报送：园区的签字照旧，收到企业后来改的自评分
    later()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId })
    expect(getCheckup(pk, checkupId).checkup.status).toBe('signed')
    expect(getCheckup(pk, checkupId).items[2].selfScore).toBe(d.items[2].selfScore! - 1)
  })

  it('回执发给本机没有的组织：整包拒绝，什么也不改', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const out = await exportReceipt(pk, rootId)
    const other = park().ctx
    const before = fingerprint(other)
    expect(() => previewSubmission(other, { fileName: 'r.hldb', base64: fs.readFileSync(out!.path).toString('base64') })).toThrow(/回执是发给「某园区综合党委」的，本机没有这个组织/)
    expect(fingerprint(other)).toBe(before)
  })
})
