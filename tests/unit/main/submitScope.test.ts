// 报送包只能改报送单位自己的记录：园区把报送单位绑定到本机一棵组织子树；越界的行拒绝并写明，别人的顶级组织整包拒绝
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildSubmission } from '../../../src/main/submit/export'
import { packSubmission } from '../../../src/main/submit/format'
import { commitSubmission, previewSubmission } from '../../../src/main/submit/service'
import type { Row } from '../../../src/main/submit/tables'
import { XINCAI, allCounts, enterprise, exportFile, fingerprint, later, park, startClock } from '../../helpers/submit'

const JIAZHOU = 'd3e0a000-0000-4000-8000-000000000006' // 示例数据里的另一家企业党组织

beforeEach(startClock)
afterEach(() => vi.useRealTimers())

const upload = (pkg: Parameters<typeof packSubmission>[0], fileName = 'x.hldb') => ({ fileName, base64: packSubmission(pkg).toString('base64') })

/** 园区先导入两家企业（两份各自的程序）的报送包 */
async function twoEnterprises() {
  const a = enterprise()
  const b = enterprise()
  const { ctx: pk, rootId } = park()
  await commitSubmission(pk, { ...(await exportFile(a, XINCAI)), parentId: rootId, confirmSender: true })
  await commitSubmission(pk, { ...(await exportFile(b, JIAZHOU)), parentId: rootId, confirmSender: true })
  return { a, b, pk, rootId }
}

describe('报送包的范围', () => {
  it('第一次收到某个报送单位的包要人确认，没确认不导入；确认后绑定，以后自动', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const file = await exportFile(ent)
    const p = previewSubmission(pk, file)
    expect(p).toMatchObject({ firstTime: true, existing: false, parentId: rootId })
    const before = fingerprint(pk)
    await expect(commitSubmission(pk, { ...file, parentId: rootId })).rejects.toThrow(/请先在预览里核对它在本机的位置/)
    expect(fingerprint(pk)).toBe(before)
    await commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true })
    later()
    expect(previewSubmission(pk, await exportFile(ent))).toMatchObject({ firstTime: false, existing: true })
  })

  it('包里带别的企业的党员、园区的顶级组织、别的企业的组织和体检：一条也不改，逐条写明拒绝', async () => {
    const { a, b, pk, rootId } = await twoEnterprises()
    const theirs = buildSubmission(b, JIAZHOU).tables
    const pkg = buildSubmission(a, XINCAI)
    const victim = theirs.members[0]
    const moved = theirs.members[1]
    const checkup = theirs.checkups[0]
    const parkRoot = pk.db.prepare('SELECT * FROM orgs WHERE id = ?').get(rootId) as Row
    const stamp = '2026-11-25 10:00:00'
    const evil = {
      ...pkg,
      tables: {
        ...pkg.tables,
        orgs: [
          ...pkg.tables.orgs.map((o) => (o.id === XINCAI ? { ...o, parent_id: null } : o)),
          { ...parkRoot, name: '被改名的园区党委', updated_at: stamp },
          { ...theirs.orgs.find((o) => o.id === JIAZHOU)!, name: '被改名的企业', parent_id: XINCAI, updated_at: stamp }
        ],
        members: [
          ...pkg.tables.members,
          { ...victim, name: '被改名的党员', updated_at: stamp },
          { ...moved, org_id: XINCAI, deleted_at: stamp, updated_at: stamp }
        ],
        checkups: [...pkg.tables.checkups, { ...checkup, status: 'draft', signed_by: null, updated_at: stamp }]
      }
    }
    const before = fingerprint(pk)
    const p = previewSubmission(pk, upload(evil))
    const refused = p.skipped.map((s) => `${s.label}「${s.record}」：${s.reason}`)
    expect(refused).toEqual(expect.arrayContaining([
      expect.stringMatching(/^组织「被改名的园区党委」：本机的「某园区综合党委」不属于报送单位/),
      expect.stringMatching(/^组织「被改名的企业」：本机的「[^」]+」不属于报送单位/),
      expect.stringMatching(new RegExp(`^党员「被改名的党员」：所属的组织是本机「[^」]+」的，不属于报送单位`)),
      expect.stringMatching(new RegExp(`^党员「${moved.name}」：是本机「[^」]+」的记录，不属于报送单位`)),
      expect.stringMatching(/^党建体检「.+」：所属的组织是本机「[^」]+」的，不属于报送单位/)
    ]))
    expect(p.tables.find((t) => t.table === 'orgs')).toMatchObject({ skipped: 2, updated: 0 })
    await commitSubmission(pk, { ...upload(evil), parentId: p.parentId })
    expect(fingerprint(pk)).toBe(before)
    expect(pk.db.prepare('SELECT parent_id FROM orgs WHERE id = ?').get(XINCAI)).toEqual({ parent_id: rootId })
  })

  it('顶级组织是别的企业的、是园区自己的、或与已绑定的不符：整包拒绝，说明里用本机的名称而不是包里自称的', async () => {
    const { a, pk, rootId } = await twoEnterprises()
    const stranger = enterprise() // 第三份程序
    const claim = (from: typeof a, root: string, name: string) => {
      const pkg = buildSubmission(from, XINCAI)
      return upload({ ...pkg, org: { id: root, name }, tables: { ...pkg.tables, orgs: [...pkg.tables.orgs, { ...pkg.tables.orgs[0], id: root, name }] } })
    }
    const before = allCounts(pk)
    const cases: [string, ReturnType<typeof claim>, RegExp][] = [
      ['别的程序冒称另一家企业', claim(stranger, JIAZHOU, '冒名公司'), /顶级组织在本机是「[^」]+」，它属于另一个报送单位/],
      ['已绑定的程序换了顶级组织', claim(a, JIAZHOU, '冒名公司'), /这个报送单位以前报送的是本机的「嘉州新材料党委」/],
      ['园区自己的组织', claim(stranger, rootId, '冒名公司'), /本机自己登记的「某园区综合党委」/]
    ]
    for (const [name, file, msg] of cases) {
      expect(() => previewSubmission(pk, file), name).toThrow(msg)
      await expect(commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true }), name).rejects.toThrow(msg)
      try {
        previewSubmission(pk, file)
      } catch (e) {
        expect((e as Error).message, name).not.toContain('冒名公司')
      }
    }
    expect(allCounts(pk)).toEqual(before)
  })
})
