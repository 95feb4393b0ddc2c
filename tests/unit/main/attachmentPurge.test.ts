// 彻底删除记录时附件一起走；文件只在没有任何附件行（含回收站中的）再用到时才从数据目录删除
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ATTACHMENT_DIR, attachmentFile, storeAttachmentFile } from '../../../src/main/attachments/files'
import { sweepAttachmentFiles } from '../../../src/main/attachments/keep'
import { autoBackup, restoreBackup } from '../../../src/main/backup/service'
import { addAttachment, listAttachments, openAttachment, removeAttachment } from '../../../src/main/attachments/service'
import { changesFor } from '../../../src/main/changes/service'
import { deleteRound, saveRound } from '../../../src/main/checkups/rounds'
import { CHECKUP_ITEM_OWNER, deleteCheckup, getCheckup, listCheckups, saveCheckup } from '../../../src/main/checkups/service'
import { getTemplate } from '../../../src/main/checkups/templates'
import { deleteMeeting } from '../../../src/main/meetings/service'
import { createProblems, deleteProblem } from '../../../src/main/problems/service'
import { purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { deleteVisit } from '../../../src/main/visits/service'
import { checkupInput } from '../../../src/shared/checkups/schemas'
import { problemInput } from '../../../src/shared/problems/schemas'
import { testContext } from '../../helpers/context'

const PARK = 'd3e0a000-0000-4000-8000-000000000001'
const EMEI = 'd3e0a000-0000-4000-8000-000000000009'
const DEFAULT = 'c4ec0000-0000-4000-8000-000000000001'

const photo = Buffer.from('整改后的党员活动室照片 ' + 'x'.repeat(3000))
const scan = Buffer.from('补开支委会的会议记录扫描件 ' + 'y'.repeat(3000))

function setup() {
  const ctx = testContext()
  loadDemo(ctx)
  const problem = (description: string): string =>
    createProblems(ctx, [problemInput.parse({ orgId: EMEI, source: 'self', description, severity: 'normal', foundDate: '2026-11-01' })])[0]
  const attach = (owner: string, ownerId: string, fileName: string, data = photo) => addAttachment(ctx, { owner, ownerId, fileName, data })
  const rows = (sha: string): number => (ctx.db.prepare('SELECT COUNT(*) AS n FROM attachments WHERE sha256 = ?').get(sha) as { n: number }).n
  const stored = (): string[] => {
    const root = path.join(ctx.dataDir, ATTACHMENT_DIR)
    return fs.existsSync(root) ? fs.readdirSync(root).flatMap((d) => fs.readdirSync(path.join(root, d))).sort() : []
  }
  return { ctx, problem, attach, rows, stored }
}

describe('彻底删除时不留孤儿文件', () => {
  it('两条问题共用同一文件：删掉第一条时文件保留，最后一条删掉后文件才从数据目录删除', async () => {
    const { ctx, problem, attach, rows, stored } = setup()
    const a = problem('党员活动室未挂党旗')
    const b = problem('制度未上墙')
    const fa = attach('problem', a, '整改后照片.jpg')
    const fb = attach('problem', b, '活动室.JPG')
    const other = attach('problem', b, '会议记录.pdf', scan)
    expect(stored()).toEqual([`${fa.sha256}.jpg`, `${other.sha256}.pdf`].sort())

    deleteProblem(ctx, a)
    purgeRecycled(ctx, { entity: 'problem', id: a })
    expect(listAttachments(ctx, 'problem', a)).toEqual([])
    expect(rows(fa.sha256)).toBe(1)
    expect(fs.existsSync(attachmentFile(ctx.dataDir, fa.sha256, fa.fileName))).toBe(true)
    expect((await openAttachment(ctx, fb.id)).path).toBe(attachmentFile(ctx.dataDir, fb.sha256, fb.fileName))

    deleteProblem(ctx, b)
    purgeRecycled(ctx, { entity: 'problem', id: b })
    expect(rows(fa.sha256) + rows(other.sha256)).toBe(0)
    expect(stored()).toEqual([])
    // 附件的去向记在变更日志里
    expect(changesFor(ctx, { entity: 'attachment', id: other.id }).map((c) => c.action)).toEqual(['彻底删除', '新建'])
  })

  it('另一条记录在回收站里的附件也算在用：文件保留', () => {
    const { ctx, problem, attach, stored } = setup()
    const a = problem('党员活动室未挂党旗')
    const b = problem('制度未上墙')
    const fa = attach('problem', a, '照片.jpg')
    const fb = attach('problem', b, '照片.jpg')
    removeAttachment(ctx, fb.id)
    deleteProblem(ctx, a)
    purgeRecycled(ctx, { entity: 'problem', id: a })
    expect(stored()).toEqual([`${fa.sha256}.jpg`])
    // 回收站里的附件本身被彻底删除，是最后一个引用：文件随之删除
    purgeRecycled(ctx, { entity: 'attachment', id: fb.id })
    expect(stored()).toEqual([])
  })

  it('同样的内容用不同扩展名存了两份：最后一个引用走后两份都删', () => {
    const { ctx, problem, attach, stored } = setup()
    const a = problem('党员活动室未挂党旗')
    const f = attach('problem', a, '照片.jpg')
    attach('problem', a, '照片.jpeg')
    expect(stored()).toEqual([`${f.sha256}.jpeg`, `${f.sha256}.jpg`])
    deleteProblem(ctx, a)
    purgeRecycled(ctx, { entity: 'problem', id: a })
    expect(stored()).toEqual([])
  })

  it('恢复问题时附件还在，文件能打开', async () => {
    const { ctx, problem, attach } = setup()
    const a = problem('党员活动室未挂党旗')
    const f = attach('problem', a, '照片.jpg')
    deleteProblem(ctx, a)
    restoreRecycled(ctx, { entity: 'problem', id: a })
    expect(listAttachments(ctx, 'problem', a).map((x) => x.fileName)).toEqual(['照片.jpg'])
    expect(fs.readFileSync((await openAttachment(ctx, f.id)).path).equals(photo)).toBe(true)
  })

  it('会议、走访彻底删除时带走附件；别的记录共用的文件保留', () => {
    const { ctx, problem, attach, rows, stored } = setup()
    const meeting = (ctx.db.prepare('SELECT id FROM meetings WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id
    const visit = (ctx.db.prepare('SELECT id FROM visits WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id
    const keep = problem('党员活动室未挂党旗')
    const m = attach('meeting', meeting, '签到表.png', scan)
    attach('visit', visit, '走访照片.jpg')
    attach('problem', keep, '走访照片.jpg')
    deleteMeeting(ctx, meeting)
    purgeRecycled(ctx, { entity: 'meeting', id: meeting })
    expect(rows(m.sha256)).toBe(0)
    expect(stored()).toEqual([`${createdHash(ctx, keep)}.jpg`])
    deleteVisit(ctx, visit)
    purgeRecycled(ctx, { entity: 'visit', id: visit })
    expect(listAttachments(ctx, 'visit', visit)).toEqual([])
    expect(listAttachments(ctx, 'problem', keep)).toHaveLength(1)
    expect(stored()).toEqual([`${createdHash(ctx, keep)}.jpg`])
  })

  it('体检彻底删除时，检查项的佐证和签字扫描件一起删除；恢复时都在', () => {
    const { ctx, attach, stored } = setup()
    ctx.db.exec("DELETE FROM problems WHERE source = 'checkup'; DELETE FROM checkup_items; DELETE FROM checkups; DELETE FROM checkup_rounds;")
    const items = getTemplate(ctx, DEFAULT).body.items.map((i) => ({ code: i.code, selfScore: i.score, checkScore: i.score, reason: null }))
    const { id } = saveCheckup(ctx, checkupInput.parse({ orgId: EMEI, templateId: DEFAULT, checkDate: '2026-11-20', checker: '陈立新', companion: '刘晓梅', items }))
    const [i1, i2] = getCheckup(ctx, id).items
    attach(CHECKUP_ITEM_OWNER, i1.id, '签到表.jpg')
    attach(CHECKUP_ITEM_OWNER, i2.id, '制度上墙.pdf', scan)
    const signed = attach('checkup', id, '体检表签字版.pdf', Buffer.from('签字盖章的体检表'))
    expect(stored()).toHaveLength(3)
    deleteCheckup(ctx, id)
    restoreRecycled(ctx, { entity: 'checkup', id })
    expect(getCheckup(ctx, id).files).toEqual({ [i1.code]: ['签到表.jpg'], [i2.code]: ['制度上墙.pdf'] })
    expect(listAttachments(ctx, 'checkup', id).map((a) => a.id)).toEqual([signed.id])
    deleteCheckup(ctx, id)
    purgeRecycled(ctx, { entity: 'checkup', id })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM attachments').get()).toEqual({ n: 0 })
    expect(stored()).toEqual([])
  })

  it('体检批次彻底删除时，随批次删除的体检的附件一起删除', () => {
    const { ctx, attach, stored } = setup()
    ctx.db.exec("DELETE FROM problems WHERE source = 'checkup'; DELETE FROM checkup_items; DELETE FROM checkups; DELETE FROM checkup_rounds;")
    const { id: round } = saveRound(ctx, { name: '2026 年第一批', parkOrgId: PARK, templateId: DEFAULT, startDate: '2026-11-01', orgIds: [EMEI] })
    const checkup = listCheckups(ctx, { roundId: round })[0].id
    attach('checkup', checkup, '通知回执.jpg')
    deleteRound(ctx, round)
    purgeRecycled(ctx, { entity: 'checkupRound', id: round })
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM checkups').get()).toEqual({ n: 0 })
    expect(listAttachments(ctx, 'checkup', checkup)).toEqual([])
    expect(stored()).toEqual([])
  })

  it('彻底删除被拒绝时（组织下还有记录）附件和文件都不动', () => {
    const { ctx, problem, attach, stored } = setup()
    const a = problem('党员活动室未挂党旗')
    attach('problem', a, '照片.jpg')
    ctx.db.prepare('UPDATE orgs SET deleted_at = ? WHERE id = ?').run('2026-11-25 10:00:00', EMEI)
    expect(() => purgeRecycled(ctx, { entity: 'org', id: EMEI })).toThrow(/请先彻底删除它们/)
    expect(listAttachments(ctx, 'problem', a)).toHaveLength(1)
    expect(stored()).toHaveLength(1)
  })
})

function createdHash(ctx: ReturnType<typeof testContext>, problemId: string): string {
  return listAttachments(ctx, 'problem', problemId)[0].sha256
}

describe('自动备份还用着的文件留着，从备份恢复后附件都在', () => {
  it('备份后彻底删除：文件保留；恢复这份备份后附件能打开', async () => {
    const { ctx, problem, attach, stored } = setup()
    const a = problem('党员活动室未挂党旗')
    const f = attach('problem', a, '整改后照片.jpg')
    const backup = (await autoBackup(ctx, '导入前'))!
    deleteProblem(ctx, a)
    purgeRecycled(ctx, { entity: 'problem', id: a })
    expect(stored()).toEqual([`${f.sha256}.jpg`])
    await restoreBackup(ctx, { name: path.basename(backup) })
    expect(fs.existsSync((await openAttachment(ctx, f.id)).path)).toBe(true)
  })
  it('每天第一次启动时清扫：当前数据和备份都不用的文件删除（含以前留下的），还在用的不动', async () => {
    const { ctx, problem, attach, stored } = setup()
    const a = problem('制度未上墙')
    const kept = attach('problem', a, '制度.png', scan)
    const orphan = storeAttachmentFile(ctx.dataDir, '以前删剩的.jpg', photo)
    expect(stored()).toEqual([`${kept.sha256}.png`, `${orphan}.jpg`].sort())
    expect(sweepAttachmentFiles(ctx).map((f) => path.basename(f))).toEqual([`${orphan}.jpg`])
    expect(stored()).toEqual([`${kept.sha256}.png`])
    // 启动备份会做同样的清扫
    storeAttachmentFile(ctx.dataDir, '以前删剩的.jpg', photo)
    await autoBackup(ctx, '启动')
    expect(stored()).toEqual([`${kept.sha256}.png`])
    // 有一份备份读不了（可能还用着任何文件）：这次什么也不删
    storeAttachmentFile(ctx.dataDir, '以前删剩的.jpg', photo)
    fs.writeFileSync(path.join(ctx.dataDir, 'backups', '自动备份-导入前-20261120-000000.db'), 'not a database')
    expect(sweepAttachmentFiles(ctx)).toEqual([])
    expect(stored()).toEqual([`${kept.sha256}.png`, `${orphan}.jpg`].sort())
  })
})

