// 报送包的检查与上限：坏行按界面的规则跳过并写明；压缩炸弹解压到上限就停、说「文件过大」；行数超限整包拒绝
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildSubmission } from '../../../src/main/submit/export'
import { MAX_TABLE_ROWS, packSubmission } from '../../../src/main/submit/format'
import { MAX_LISTED } from '../../../src/main/submit/merge'
import { commitSubmission, previewSubmission } from '../../../src/main/submit/service'
import { XINCAI, allCounts, enterprise, fingerprint, park, startClock } from '../../helpers/submit'

beforeEach(startClock)
afterEach(() => vi.useRealTimers())

/** 一个约 1 MB 的 gzip，解开是 1 GB 的 0：64 MB 的 0 压一次，连着放 16 份（gzip 允许多段相接） */
function gzipBomb(): Buffer {
  const part = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 })
  return Buffer.concat(Array.from({ length: 16 }, () => part))
}

describe('报送包的检查与上限', () => {
  it('身份证号不对、名字 5 MB、性别 9、出生日期 0000-00-00 的党员逐条跳过并写明原因，其余照常导入', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const pkg = buildSubmission(ent, XINCAI)
    const [a, b, c, d, ...rest] = pkg.tables.members
    const bad = [
      { ...a, id_number: '511102199001011234' },
      { ...b, name: '名'.repeat(5 * 1024 * 1024) },
      { ...c, gender: '9' },
      { ...d, birth_date: '0000-00-00' }
    ]
    const file = { fileName: 'bad.hldb', base64: packSubmission({ ...pkg, tables: { ...pkg.tables, members: [...bad, ...rest] } }).toString('base64') }
    const p = previewSubmission(pk, file)
    const members = p.skipped.filter((s) => s.label === '党员')
    expect(members.map((s) => s.record)).toEqual([a.name, `${'名'.repeat(40)}…`, c.name, d.name])
    expect(members[0].reason).toMatch(/身份证号/)
    expect(members[1].reason).toMatch(/名称太长（5242880 字）/)
    expect(members[2].reason).toMatch(/请选择性别/)
    expect(members[3].reason).toMatch(/日期/)
    expect(JSON.stringify(p).length).toBeLessThan(200_000)
    await commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true })
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM members').get()).toEqual({ n: rest.length })
    expect(pk.db.prepare('SELECT MAX(LENGTH(name)) AS n FROM members').get()).toEqual({ n: expect.any(Number) })
    expect((pk.db.prepare('SELECT MAX(LENGTH(name)) AS n FROM members').get() as { n: number }).n).toBeLessThanOrEqual(30)
  })

  it('坏行很多时预览只逐条列出前 1000 条，其余合成一句，数目照样全', () => {
    const ent = enterprise()
    const { ctx: pk } = park()
    const pkg = buildSubmission(ent, XINCAI)
    const bad = Array.from({ length: 1500 }, () => ({ ...pkg.tables.members[0], gender: '9' }))
    const p = previewSubmission(pk, { fileName: 'bad.hldb', base64: packSubmission({ ...pkg, tables: { ...pkg.tables, members: bad } }).toString('base64') })
    expect(p.tables.find((t) => t.table === 'members')!.skipped).toBe(1500)
    expect(p.skipped).toHaveLength(MAX_LISTED + 1)
    const total = p.tables.reduce((n, t) => n + t.skipped, 0)
    expect(p.skipped.at(-1)).toMatchObject({ label: '其余', record: `${total - MAX_LISTED} 条` })
  })

  it('1 MB 的压缩炸弹：很快说「文件过大」，不说「已损坏」，什么也不改', async () => {
    const { ctx: pk, rootId } = park()
    const bomb = gzipBomb()
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const file = { fileName: 'bomb.hldb', base64: bomb.toString('base64') }
    const before = fingerprint(pk)
    const t = performance.now()
    expect(() => previewSubmission(pk, file)).toThrow(/文件过大/)
    expect(performance.now() - t).toBeLessThan(2000)
    await expect(commitSubmission(pk, { ...file, parentId: rootId, confirmSender: true })).rejects.toThrow(/文件过大.*本机数据没有任何改动/)
    expect(fingerprint(pk)).toBe(before)
  })

  it(`一张表超过 ${MAX_TABLE_ROWS} 行：整包拒绝，写明是哪张表`, () => {
    const ent = enterprise()
    const { ctx: pk } = park()
    const pkg = buildSubmission(ent, XINCAI)
    const many = Array.from({ length: MAX_TABLE_ROWS + 1 }, () => ({}))
    const before = allCounts(pk)
    expect(() => previewSubmission(pk, { fileName: 'many.hldb', base64: packSubmission({ ...pkg, tables: { ...pkg.tables, members: many } }).toString('base64') })).toThrow(
      new RegExp(`「党员」的记录超过 ${MAX_TABLE_ROWS} 条`)
    )
    expect(allCounts(pk)).toEqual(before)
  })
})
