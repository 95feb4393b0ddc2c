// 报送包：企业的程序导出、园区的程序导入，两个真实的 SQLite 数据目录
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { latestVersion } from '../../../src/main/db/migrate'
import { createDispatch } from '../../../src/main/api'
import type { AppContext } from '../../../src/main/context'
import { removeRecord } from '../../../src/main/development/service'
import { deleteMeeting } from '../../../src/main/meetings/service'
import { getMember, listMembers, saveMember } from '../../../src/main/members/service'
import { saveOrg } from '../../../src/main/org/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { buildSubmission, exportSubmission } from '../../../src/main/submit/export'
import { packSubmission } from '../../../src/main/submit/format'
import { commitSubmission, previewSubmission, submissionHistory, submissionStatus } from '../../../src/main/submit/service'
import { submitTables } from '../../../src/main/submit/tables'
import { memberInput } from '../../../src/shared/members/schemas'
import { orgInput } from '../../../src/shared/org/schemas'
import { TODAY, testContext } from '../../helpers/context'

const XINCAI = 'd3e0a000-0000-4000-8000-000000000003' // 嘉州新材料党委
const ROOT = 'd3e0a000-0000-4000-8000-000000000001' // 示例数据的园区综合党委

let clock = new Date('2026-11-25T09:00:00')
const later = (minutes = 1): void => {
  clock = new Date(clock.getTime() + minutes * 60_000)
  vi.setSystemTime(clock)
}
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  clock = new Date('2026-11-25T09:00:00')
  vi.setSystemTime(clock)
})
afterEach(() => vi.useRealTimers())

function enterprise(): AppContext {
  const ctx = testContext()
  loadDemo(ctx)
  return ctx
}

function park(): { ctx: AppContext; rootId: string } {
  const ctx = testContext()
  const rootId = saveOrg(ctx, orgInput.parse({ name: '某园区综合党委', orgType: 'committee', setupMode: 'park' })).id
  return { ctx, rootId }
}

async function exportFile(ctx: AppContext, orgId = XINCAI): Promise<{ fileName: string; base64: string }> {
  const r = await exportSubmission(ctx, orgId)
  return { fileName: path.basename(r!.path), base64: fs.readFileSync(r!.path).toString('base64') }
}

/** 党员当前的资料改一处备注后保存 */
function editRemark(ctx: AppContext, id: string, remark: string): void {
  const { orgName: _o, createdAt: _c, updatedAt: _u, ...data } = getMember(ctx, id)
  saveMember(ctx, memberInput.parse({ ...data, remark }))
}

const SUBTREE = 'WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) '
/** 一棵子树下每张登记表的行（去掉挂接位置与体检批次这两列：它们在园区本来就不同） */
function subtreeRows(ctx: AppContext, orgId: string): Record<string, unknown[]> {
  return Object.fromEntries(
    submitTables.map((t) => [
      t.table,
      (ctx.db.prepare(SUBTREE + t.select).all(orgId) as Record<string, unknown>[])
        .map((r) => JSON.stringify({ ...r, parent_id: r.id === orgId ? null : r.parent_id, round_id: null }))
        .sort()
    ])
  )
}
function allCounts(ctx: AppContext): Record<string, number> {
  const tables = (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name)
  return Object.fromEntries(tables.map((t) => [t, (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]))
}
const totals = (p: { tables: { added: number; updated: number; skipped: number; unchanged: number; keptLocal: number }[] }) =>
  p.tables.reduce((a, t) => ({ added: a.added + t.added, updated: a.updated + t.updated, skipped: a.skipped + t.skipped, unchanged: a.unchanged + t.unchanged, keptLocal: a.keptLocal + t.keptLocal }), { added: 0, updated: 0, skipped: 0, unchanged: 0, keptLocal: 0 })

describe('报送包', () => {
  it('导出文件带全部记录（含回收站的）和完整身份证号，写入变更日志', async () => {
    const ent = enterprise()
    const r = await exportSubmission(ent, XINCAI)
    expect(path.basename(r!.path)).toBe(`报送包-嘉州新材料党委-${TODAY}.hldb`)
    const doc = JSON.parse(zlib.gunzipSync(fs.readFileSync(r!.path)).toString('utf8'))
    expect(doc).toMatchObject({ format: 'redtie-submission', formatVersion: 1, schemaVersion: latestVersion(), org: { id: XINCAI, name: '嘉州新材料党委' } })
    expect(doc.tables.orgs).toHaveLength(3)
    expect(doc.tables.members.length).toBe(r!.idNumbers)
    expect(doc.tables.members[0].id_number).toMatch(/^\d{17}[\dX]$/)
    expect(doc.tables.members.every((m: { updated_at: string }) => m.updated_at)).toBe(true)
    const log = ent.db.prepare("SELECT after_json FROM change_log WHERE entity = 'app' AND entity_id = 'submit' AND action = 'export'").all() as { after_json: string }[]
    expect(log).toHaveLength(1)
    expect(JSON.parse(log[0].after_json).org.name).toBe('嘉州新材料党委')
  })

  it('园区导入：预览与导入的数目一致，导入后子树的每一行与企业的一样；再导入一次什么也不变', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const file = await exportFile(ent, ROOT)
    const preview = previewSubmission(pk, file)
    expect(preview.parentId).toBe(rootId)
    expect(preview.skipped).toEqual([])
    expect(preview.conflicts).toEqual([])
    expect(preview.firstTime).toBe(true)
    expect(allCounts(pk).members).toBe(0) // 预览不写入
    const sent = buildSubmission(ent, ROOT).tables
    for (const t of preview.tables) expect(t.added + t.unchanged, t.label).toBe(sent[t.table].length)
    const done = await commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true })
    expect(done.tables).toEqual(preview.tables)
    expect(fs.existsSync(path.join(pk.dataDir, 'backups', done.backup.split(path.sep).pop()!))).toBe(true)
    expect(subtreeRows(pk, ROOT)).toEqual(subtreeRows(ent, ROOT))
    expect(pk.db.prepare('SELECT parent_id FROM orgs WHERE id = ?').get(ROOT)).toEqual({ parent_id: rootId })
    expect(listMembers(pk, { limit: 1000 }).total).toBe(listMembers(ent, { limit: 1000 }).total)

    const before = allCounts(pk)
    const logBefore = before.change_log
    later()
    const again = await commitSubmission(pk, { ...file, parentId: rootId })
    expect(totals(again)).toMatchObject({ added: 0, updated: 0, skipped: 0 })
    const after = allCounts(pk)
    expect({ ...after, change_log: 0, submissions: 0 }).toEqual({ ...before, change_log: 0, submissions: 0 })
    expect(after.change_log - logBefore).toBe(1) // 只有这次导入的总记录
    expect(subtreeRows(pk, ROOT)).toEqual(subtreeRows(ent, ROOT))
    expect(submissionHistory(pk)).toHaveLength(2)
  })

  it('企业修改、删除后重新导出，园区导入得到更新；默认挂在上次的位置', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const branch = saveOrg(pk, orgInput.parse({ name: '园区非公企业党委', orgType: 'committee', setupMode: 'park', parentId: rootId })).id
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: branch, confirmSender: true })
    later()
    const m = getMember(ent, listMembers(ent, { orgId: XINCAI, limit: 5 }).rows[0].id)
    editRemark(ent, m.id, '已调任生产部')
    const meetingId = (ent.db.prepare('SELECT id FROM meetings WHERE org_id IN (SELECT id FROM orgs WHERE parent_id = ?) AND deleted_at IS NULL LIMIT 1').get(XINCAI) as { id: string }).id
    deleteMeeting(ent, meetingId)
    later()
    const file = await exportFile(ent)
    const preview = previewSubmission(pk, file)
    expect(preview.parentId).toBe(branch)
    expect(preview.tables.find((t) => t.table === 'members')).toMatchObject({ updated: 1, added: 0 })
    expect(preview.tables.find((t) => t.table === 'meetings')).toMatchObject({ updated: 1, added: 0 })
    await commitSubmission(pk, { ...file, parentId: preview.parentId })
    expect(getMember(pk, m.id).remark).toBe('已调任生产部')
    expect(pk.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM meetings WHERE id = ?').get(meetingId)).toEqual({ gone: 1 })
    expect(subtreeRows(pk, XINCAI)).toEqual(subtreeRows(ent, XINCAI))
    const log = pk.db.prepare("SELECT action, after_json FROM change_log WHERE entity = 'member' AND entity_id = ? ORDER BY id").all(m.id) as { action: string; after_json: string }[]
    expect(log.map((l) => l.action)).toEqual(['import', 'import'])
    expect(JSON.parse(log[1].after_json).结果).toBe('更新')
  })

  it('企业撤销一步发展党员登记，园区导入后那一步也没有了；到会名单跟着会议整组替换', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    await commitSubmission(pk, { ...(await exportFile(ent, ROOT)), parentId: rootId, confirmSender: true })
    later()
    const last = ent.db.prepare("SELECT id, person_id FROM dev_records WHERE kind NOT IN ('approval', 'full_approval') ORDER BY date DESC, created_at DESC LIMIT 1").get() as { id: string; person_id: string }
    removeRecord(ent, last.id)
    const meeting = ent.db.prepare('SELECT meeting_id, member_id FROM meeting_attendees WHERE present = 1 LIMIT 1').get() as { meeting_id: string; member_id: string }
    ent.db.prepare("UPDATE meeting_attendees SET present = 0, reason = '出差' WHERE meeting_id = ? AND member_id = ?").run(meeting.meeting_id, meeting.member_id)
    ent.db.prepare("UPDATE meetings SET updated_at = '2026-11-25 09:01:30' WHERE id = ?").run(meeting.meeting_id)
    later()
    const file = await exportFile(ent, ROOT)
    const p = previewSubmission(pk, file)
    expect(p.tables.find((t) => t.table === 'dev_records')).toMatchObject({ updated: 1 })
    expect(p.tables.find((t) => t.table === 'meeting_attendees')!.updated).toBe(1)
    await commitSubmission(pk, { ...file, parentId: rootId })
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM dev_records WHERE id = ?').get(last.id)).toEqual({ n: 0 })
    expect(pk.db.prepare('SELECT present, reason FROM meeting_attendees WHERE meeting_id = ? AND member_id = ?').get(meeting.meeting_id, meeting.member_id)).toEqual({ present: 0, reason: '出差' })
    expect(subtreeRows(pk, ROOT)).toEqual(subtreeRows(ent, ROOT))
  })

  it('园区改过、企业没再改的字段保留园区的；附属行园区自己加的不被删', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const id = listMembers(ent, { orgId: XINCAI, limit: 5 }).rows[0].id
    later()
    editRemark(pk, id, '园区后来改的')
    const meetingId = (pk.db.prepare('SELECT meeting_id FROM meeting_attendees LIMIT 1').get() as { meeting_id: string }).meeting_id
    const absent = pk.db.prepare('SELECT id FROM members WHERE id NOT IN (SELECT member_id FROM meeting_attendees WHERE meeting_id = ?) LIMIT 1').get(meetingId) as { id: string }
    pk.db.prepare("INSERT INTO meeting_attendees (meeting_id, member_id, name, category, present, voting, reason) SELECT ?, id, name, category, 1, 1, NULL FROM members WHERE id = ?").run(meetingId, absent.id)
    later()
    const file = await exportFile(ent)
    const preview = previewSubmission(pk, file)
    expect(preview.conflicts).toEqual([])
    expect(preview.tables.find((t) => t.table === 'members')).toMatchObject({ updated: 0, keptLocal: 0 })
    await commitSubmission(pk, { ...file, parentId: rootId })
    expect(getMember(pk, id).remark).toBe('园区后来改的')
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM meeting_attendees WHERE meeting_id = ? AND member_id = ?').get(meetingId, absent.id)).toEqual({ n: 1 })
  })

  it('身份证号已在园区花名册（另一条记录）的党员跳过并说明，他的党费基数也不导入', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const row = ent.db.prepare("SELECT m.* FROM members m WHERE m.id IN (SELECT member_id FROM dues_bases) LIMIT 1").get() as Record<string, string>
    const other = saveOrg(pk, orgInput.parse({ name: '园区青年党支部', orgType: 'branch', setupMode: 'single', parentId: rootId })).id
    const mine = saveMember(pk, memberInput.parse({ orgId: other, name: '园区登记的人', idNumber: row.id_number, gender: row.gender, ethnicity: row.ethnicity, birthDate: row.birth_date, category: 'full', joinDate: '2015-07-01', fullDate: '2016-07-01', status: 'normal' })).id
    const file = await exportFile(ent)
    const preview = previewSubmission(pk, file)
    const c = preview.skipped.find((x) => x.label === '党员')!
    expect(c.record).toBe(row.name)
    expect(c.reason).toContain('园区青年党支部「园区登记的人」')
    expect(c.reason).toContain(`${row.id_number.slice(0, 4)}**********${row.id_number.slice(-4)}`)
    expect(c.reason).not.toContain(row.id_number)
    expect(preview.tables.find((t) => t.table === 'members')!.skipped).toBe(1)
    expect(preview.skipped.filter((x) => x.label === '党费基数').every((x) => x.reason.includes('所属的党员没有导入'))).toBe(true)
    const done = await commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true })
    expect(done.tables).toEqual(preview.tables)
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM members WHERE id = ?').get(row.id)).toEqual({ n: 0 })
    expect(getMember(pk, mine).name).toBe('园区登记的人')
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM members').get()).toEqual({ n: buildSubmission(ent, XINCAI).tables.members.length })
  })

  it('统一社会信用代码与园区另一组织相同：组织和它下面的记录都跳过，写明原因', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    saveOrg(pk, orgInput.parse({ name: '园区里登记的新材料公司', orgType: 'branch', setupMode: 'single', parentId: rootId, creditCode: '91511100C2WUMAKK1P' }))
    const p = previewSubmission(pk, await exportFile(ent))
    expect(p.skipped[0]).toMatchObject({ label: '组织', record: '嘉州新材料党委' })
    expect(p.skipped[0].reason).toContain('与本机的「园区里登记的新材料公司」相同')
    expect(p.tables.find((t) => t.table === 'members')).toMatchObject({ added: 0 })
  })

  it('坏文件、截断的文件、别的文件、格式或数据库版本更新的包：中文说明，什么也不改', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const good = fs.readFileSync((await exportSubmission(ent, XINCAI))!.path)
    const pkg = buildSubmission(ent, XINCAI)
    const b64 = (b: Buffer): string => b.toString('base64')
    const cases: [string, string, RegExp][] = [
      ['随机字节', b64(Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))), /不是报送包/],
      ['截断', b64(good.subarray(0, Math.floor(good.length / 2))), /已损坏或不完整/],
      ['压缩的不是 JSON', b64(zlib.gzipSync('这不是 JSON')), /内容已损坏/],
      ['别的 JSON', b64(zlib.gzipSync(JSON.stringify({ hello: 1 }))), /不是红领带党建台账的报送包/],
      ['格式版本更新', b64(packSubmission({ ...pkg, formatVersion: 2 })), /格式（第 2 版）比本程序能读的（第 1 版）新/],
      ['数据库版本更新', b64(packSubmission({ ...pkg, schemaVersion: 99 })), new RegExp(`更新版本的程序（数据第 99 版，本程序第 ${latestVersion()} 版）`)],
      ['缺顶级组织', b64(packSubmission({ ...pkg, tables: { ...pkg.tables, orgs: [] } })), /缺少它的顶级组织/],
      ['表不是数组', b64(zlib.gzipSync(JSON.stringify({ ...pkg, tables: { ...pkg.tables, members: { x: 1 } } }))), /不完整或被改动过/]
    ]
    const dispatch = createDispatch(pk, () => {})
    const before = allCounts(pk)
    for (const [name, base64, msg] of cases) {
      expect(() => previewSubmission(pk, { fileName: 'x.hldb', base64 }), name).toThrow(msg)
      await expect(commitSubmission(pk, { fileName: 'x.hldb', base64, parentId: rootId }), name).rejects.toThrow(/本机数据没有任何改动/)
      const r = await dispatch('submit.commit', { fileName: 'x.hldb', base64, parentId: rootId })
      expect(r.ok ? 'ok' : r.error.message, name).toMatch(msg)
    }
    expect(allCounts(pk)).toEqual(before)
    expect(fs.readdirSync(path.join(pk.dataDir, 'backups')).filter((f) => f.includes('导入前'))).toHaveLength(1)
  })

  it('包里改坏的一行（必填列为空、缺列）跳过并说明，其余照常导入', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const pkg = buildSubmission(ent, XINCAI)
    const [first, second, ...rest] = pkg.tables.members
    const { name: _n, ...noName } = second
    const bad = { ...pkg, tables: { ...pkg.tables, members: [{ ...first, gender: null }, noName, ...rest] } }
    const upload = { fileName: 'bad.hldb', base64: packSubmission(bad).toString('base64') }
    const p = previewSubmission(pk, upload)
    expect(p.skipped.filter((c) => c.label === '党员').map((c) => c.reason)).toEqual(['请选择性别，已跳过', '请填写姓名，已跳过'])
    await commitSubmission(pk, { ...upload, parentId: rootId, confirmSender: true })
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM members').get()).toEqual({ n: rest.length })
  })

  it('不能挂在包自己的组织下；上级组织不存在时不导入', async () => {
    const ent = enterprise()
    const { ctx: pk } = park()
    const file = await exportFile(ent)
    expect(() => previewSubmission(pk, { ...file, parentId: XINCAI })).toThrow(/报送包自己的组织/)
    await expect(commitSubmission(pk, { ...file, parentId: 'd3e0a000-0000-4000-8000-0000000000ff' })).rejects.toThrow(/不存在/)
    expect(allCounts(pk).members).toBe(0)
  })

  it('报送情况：园区下每个企业最近一次导入时间，没导入的写未报送', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    saveOrg(pk, orgInput.parse({ name: '还没报送的公司党支部', orgType: 'branch', setupMode: 'single', parentId: rootId }))
    await commitSubmission(pk, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const status = submissionStatus(pk)
    expect(status.map((s) => [s.orgName, s.lastImportedAt])).toEqual([
      ['还没报送的公司党支部', null],
      ['嘉州新材料党委', '2026-11-25 09:00:00']
    ])
  })
})
