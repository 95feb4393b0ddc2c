// 加密报送包与报送配置：园区和企业各一个真实的 SQLite 数据目录，文件按用户的路径来回传
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import type { AppContext } from '../../../src/main/context'
import { saveOrg } from '../../../src/main/org/service'
import { importConfig, issueConfig } from '../../../src/main/sealing/config'
import { ensureIdentity, fingerprint } from '../../../src/main/sealing/keys'
import { LEGACY_WARNING, openPackage, sealPackage, sealReturn } from '../../../src/main/sealing/seal'
import { loadDemo } from '../../../src/main/seeds/demo'
import { buildSubmission, exportSubmission } from '../../../src/main/submit/export'
import { packSubmission } from '../../../src/main/submit/format'
import { commitSubmission, previewSubmission } from '../../../src/main/submit/service'
import { orgInput } from '../../../src/shared/org/schemas'
import { testContext } from '../../helpers/context'

const XINCAI = 'd3e0a000-0000-4000-8000-000000000003' // 嘉州新材料党委（示例数据）
const PARK = '乐山高新区综合党委'

let clock = new Date('2026-11-25T09:00:00')
const later = (minutes = 1): void => {
  clock = new Date(clock.getTime() + minutes * 60_000)
  vi.setSystemTime(clock)
}
const open: AppContext[] = []
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  clock = new Date('2026-11-25T09:00:00')
  vi.setSystemTime(clock)
})
afterEach(() => {
  vi.useRealTimers()
  for (const c of open.splice(0)) c.close()
})

type Upload = { fileName: string; base64: string }
const track = (ctx: AppContext): AppContext => (open.push(ctx), ctx)

function enterprise(): AppContext {
  const ctx = track(testContext())
  loadDemo(ctx)
  return ctx
}

function parkWithRoot(): { ctx: AppContext; rootId: string } {
  const ctx = track(testContext())
  const rootId = saveOrg(ctx, orgInput.parse({ name: PARK, orgType: 'committee', setupMode: 'park' })).id
  return { ctx, rootId }
}

const upload = (file: string): Upload => ({ fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') })
const bytesOf = (u: Upload): Buffer => Buffer.from(u.base64, 'base64')
const withBytes = (u: Upload, b: Buffer): Upload => ({ ...u, base64: b.toString('base64') })

async function exportFile(ctx: AppContext, orgId = XINCAI): Promise<Upload> {
  const r = await exportSubmission(ctx, orgId)
  return upload(r!.path)
}

async function issueFile(park: AppContext, orgId = XINCAI): Promise<Upload> {
  const r = await issueConfig(park, { orgId, parkName: PARK })
  return upload(r!.path)
}

/** 每张表的行数：被拒的文件不能改动任何一张 */
function allCounts(ctx: AppContext): Record<string, number> {
  const tables = (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name)
  return Object.fromEntries(tables.map((t) => [t, (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]))
}

/** 企业先交一份未加密的包（园区的树上才有这个企业），园区为它生成报送配置，企业导入 */
async function handshake(): Promise<{ park: AppContext; rootId: string; ent: AppContext; config: Upload }> {
  const { ctx: park, rootId } = parkWithRoot()
  const ent = enterprise()
  await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
  later()
  const config = await issueFile(park)
  importConfig(ent, config)
  later()
  return { park, rootId, ent, config }
}

describe('加密报送包', () => {
  it('导入报送配置后导出的包加密给园区；园区打开、预览、导入并登记发送方，内容与企业的一致', async () => {
    const { park, rootId, ent } = await handshake()
    const u = await exportFile(ent)
    const raw = bytesOf(u)
    expect(raw.subarray(0, 8).toString('ascii')).toBe('HLDBSEAL')
    expect(() => zlib.gunzipSync(raw)).toThrow()
    expect(raw.includes(Buffer.from('嘉州新材料党委'))).toBe(true) // 报送配置原文里的组织名，不是党员数据
    expect(raw.includes(Buffer.from('姚子轩'))).toBe(false)

    const opened = openPackage(park, raw)
    expect(opened.sealed).toBe(true)
    expect(opened.kind).toBe('submission')
    expect(opened.sender!.fingerprint).toBe(fingerprint(ensureIdentity(ent.db).signPublic))
    const doc = JSON.parse(zlib.gunzipSync(opened.plain).toString('utf8'))
    expect(doc.org.id).toBe(XINCAI)
    expect(doc.tables.members).toHaveLength(28)

    const preview = previewSubmission(park, u)
    expect(preview.seal).toMatchObject({ sealed: true, firstTime: true, rebound: false, sender: opened.sender!.fingerprint })
    expect(preview.seal.warning).toBeUndefined()
    expect(park.db.prepare('SELECT COUNT(*) AS n FROM seal_senders').get()).toEqual({ n: 0 }) // 预览不登记
    await commitSubmission(park, { ...u, parentId: rootId, confirmSender: true })
    const bound = park.db.prepare('SELECT org_id FROM seal_senders').all()
    expect(bound).toEqual([{ org_id: XINCAI }])
    expect(previewSubmission(park, await exportFile(ent)).seal).toMatchObject({ sealed: true, firstTime: false, rebound: false })
  })

  it('私钥不出本机：报送配置和报送包里都没有两边任何一把私钥', async () => {
    const { park, ent, config } = await handshake()
    const raw = bytesOf(await exportFile(ent))
    const seeds = [park, ent].flatMap((c) => {
      const r = c.db.prepare('SELECT sign_private, box_private FROM seal_identity').get() as { sign_private: Buffer; box_private: Buffer }
      return [r.sign_private, r.box_private].map((der) => der.subarray(der.length - 32))
    })
    expect(seeds).toHaveLength(4)
    for (const seed of seeds) {
      for (const file of [raw, bytesOf(config)]) {
        expect(file.includes(seed)).toBe(false)
        expect(file.includes(Buffer.from(seed.toString('base64')))).toBe(false)
      }
    }
  })

  it('任意内容按字节原样加密和打开', () => {
    const { ctx: park } = parkWithRoot()
    const ent = track(testContext())
    const parkId = ensureIdentity(park.db)
    const plain = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251))
    const config = JSON.stringify({ x: 1 })
    const sealed = sealPackage(ent, plain, { boxKey: parkId.boxPublic, ticket: config })
    expect(sealed.length).toBe(154 + config.length + plain.length + 16 + 64)
    // 报送配置不是园区签发的：拒收
    expect(() => openPackage(park, sealed)).toThrow(/报送配置无效/)
  })

  it('发给别的园区的包：本园区打不开，说明原因，什么都不改', async () => {
    const { ent } = await handshake()
    const u = await exportFile(ent)
    const { ctx: other, rootId } = parkWithRoot()
    const before = allCounts(other)
    expect(() => previewSubmission(other, u)).toThrow('这个报送包不是发给本园区的')
    ensureIdentity(other.db)
    const withKeys = allCounts(other)
    expect(() => previewSubmission(other, u)).toThrow('不是发给本园区的')
    await expect(commitSubmission(other, { ...u, parentId: rootId, confirmSender: true })).rejects.toThrow('不是发给本园区的')
    expect(allCounts(other)).toEqual(withKeys)
    expect(before.members).toBe(0)
  })

  it('加密给本园区、却带着另一个园区的报送配置：拒收', async () => {
    const { park, ent } = await handshake()
    const { ctx: other } = parkWithRoot()
    loadDemo(other) // 另一个园区的树上也有这个组织
    const foreign = await issueFile(other)
    const parkId = ensureIdentity(park.db)
    const plain = packSubmission(buildSubmission(ent, XINCAI))
    const sealed = sealPackage(ent, plain, { boxKey: parkId.boxPublic, ticket: bytesOf(foreign).toString('utf8') })
    expect(() => openPackage(park, sealed)).toThrow('另一个园区生成的')
  })

  it('改动任何一个字节（头部、报送配置、密文、标签、签名）都被拒收，数据不变', async () => {
    const { park, rootId, ent } = await handshake()
    const u = await exportFile(ent)
    const raw = bytesOf(u)
    const before = allCounts(park)
    const ticketLen = raw.readUInt32BE(150)
    const positions = [12, 80, 110, 140, 160, 154 + ticketLen + 10, raw.length - 64 - 8, raw.length - 20]
    for (const at of positions) {
      const bad = Buffer.from(raw)
      bad[at] ^= 0x01
      expect(() => previewSubmission(park, withBytes(u, bad)), `第 ${at} 字节`).toThrow('报送包已被改动')
    }
    const flipped = Buffer.from(raw)
    flipped[raw.length - 30] ^= 0x80
    await expect(commitSubmission(park, { ...withBytes(u, flipped), parentId: rootId, confirmSender: true })).rejects.toThrow('报送包已被改动')
    expect(() => previewSubmission(park, withBytes(u, raw.subarray(0, 100)))).toThrow('不完整')
    const newer = Buffer.from(raw)
    newer[8] = 9
    expect(() => previewSubmission(park, withBytes(u, newer))).toThrow('第 9 版')
    expect(allCounts(park)).toEqual(before)
  })

  it('同一组织换了发送方（另一台电脑拿同一份报送配置）：拒收；园区重新生成配置后按新配置改登记，旧电脑反被拒收', async () => {
    const { park, rootId, ent, config } = await handshake()
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const other = enterprise() // 示例数据的编号相同：冒充同一个企业
    importConfig(other, config)
    const forged = await exportFile(other)
    const before = allCounts(park)
    expect(() => previewSubmission(park, forged)).toThrow('发送方与上次不同')
    await expect(commitSubmission(park, { ...forged, parentId: rootId, confirmSender: true })).rejects.toThrow(fingerprint(ensureIdentity(other.db).signPublic))
    expect(allCounts(park)).toEqual(before)

    later()
    importConfig(other, await issueFile(park))
    later()
    const fresh = await exportFile(other)
    expect(previewSubmission(park, fresh).seal).toMatchObject({ sealed: true, firstTime: false, rebound: true })
    await commitSubmission(park, { ...fresh, parentId: rootId, confirmSender: true })
    const bound = park.db.prepare('SELECT sign_key FROM seal_senders WHERE org_id = ?').get(XINCAI) as { sign_key: Buffer }
    expect(bound.sign_key.equals(ensureIdentity(other.db).signPublic)).toBe(true)
    expect(() => previewSubmission(park, fresh)).not.toThrow()
    expect(() => previewSubmission(park, forged)).not.toThrow() // 同一台电脑按旧配置导出的包：发送方没变
    const oldMachine = await exportFile(ent)
    expect(() => previewSubmission(park, oldMachine)).toThrow('发送方与上次不同')
  })

  it('登记的发送方用上了新生成的报送配置，这份新配置就不能再被别的电脑拿来改登记', async () => {
    const { park, rootId, ent } = await handshake()
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    later()
    const renewed = await issueFile(park)
    importConfig(ent, renewed)
    later()
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const other = enterprise()
    importConfig(other, renewed)
    const late = await exportFile(other)
    expect(() => previewSubmission(park, late)).toThrow('发送方与上次不同')
  })

  it('未加密的旧格式照常导入并在预览里提醒；组织登记了发送方以后不再接受未加密的包', async () => {
    const { ctx: park, rootId } = parkWithRoot()
    const ent = enterprise()
    const legacy = await exportFile(ent)
    expect(bytesOf(legacy)[0]).toBe(0x1f)
    const preview = previewSubmission(park, legacy)
    expect(preview.seal).toEqual({ sealed: false, sender: null, firstTime: false, rebound: false, warning: LEGACY_WARNING })
    expect(preview.seal.warning).toContain('未加密')
    const done = await commitSubmission(park, { ...legacy, parentId: rootId, confirmSender: true })
    expect(done.tables.find((t) => t.table === 'members')!.added).toBe(28)

    later()
    importConfig(ent, await issueFile(park))
    later()
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const before = allCounts(park)
    expect(() => previewSubmission(park, legacy)).toThrow('不再接受未加密的报送包')
    expect(allCounts(park)).toEqual(before)
  })

  it('有报送配置时只能导出配置绑定的组织', async () => {
    const { ent } = await handshake()
    const sub = ent.db.prepare('SELECT id FROM orgs WHERE parent_id = ? AND deleted_at IS NULL LIMIT 1').get(XINCAI) as { id: string }
    const files = (): string[] => fs.readdirSync(path.join(ent.dataDir, '导出'))
    const before = files()
    await expect(exportSubmission(ent, sub.id)).rejects.toThrow('报送包只能从这个组织导出')
    expect(files()).toEqual(before)
  })

  it('园区把回执加密给企业；企业打开，别的电脑打不开，不是配置里的园区发的也不收', async () => {
    const { park, rootId, ent } = await handshake()
    const plain = Buffer.from('回执内容：体检已签字', 'utf8')
    expect(() => sealReturn(park, XINCAI, plain)).toThrow('还没有交过加密的报送包')
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const back = sealReturn(park, XINCAI, plain)
    const opened = openPackage(ent, back)
    expect(opened).toMatchObject({ sealed: true, kind: 'return' })
    expect(opened.plain.equals(plain)).toBe(true)
    expect(opened.sender!.fingerprint).toBe(fingerprint(ensureIdentity(park.db).signPublic))

    const stranger = enterprise()
    ensureIdentity(stranger.db)
    expect(() => openPackage(stranger, back)).toThrow('这份回执不是发给本机的')
    const { ctx: fake } = parkWithRoot()
    const forged = sealPackage(fake, plain, { boxKey: ensureIdentity(ent.db).boxPublic, ticket: '' }, 2)
    expect(() => openPackage(ent, forged)).toThrow(`不是「${PARK}」发来的`)
  })
})

describe('报送配置', () => {
  it('园区生成的文件写明园区、公钥、绑定组织并签名；企业导入后在状态里看得到，园区的状态列出发出的配置和登记的发送方', async () => {
    const { park, rootId, ent, config } = await handshake()
    const doc = JSON.parse(bytesOf(config).toString('utf8'))
    expect(doc).toMatchObject({ format: 'redtie-submit-config', formatVersion: 1 })
    expect(JSON.parse(doc.body)).toMatchObject({ parkName: PARK, orgId: XINCAI, orgName: '嘉州新材料党委' })
    expect(config.fileName).toBe('报送配置-嘉州新材料党委.hlcfg')

    const call = async (ctx: AppContext, channel: string, input?: unknown): Promise<unknown> => {
      const r = await createDispatch(ctx)(channel, input)
      if (!r.ok) throw new Error(r.error.message)
      return r.data
    }
    const parkFp = fingerprint(ensureIdentity(park.db).signPublic)
    expect(await call(ent, 'submitConfig.status')).toMatchObject({ config: { parkName: PARK, parkFingerprint: parkFp, orgId: XINCAI, orgName: '嘉州新材料党委' } })
    expect(await call(park, 'submitConfig.status')).toMatchObject({ identity: { fingerprint: parkFp }, config: null, issued: [{ orgId: XINCAI, sender: null }] })
    await commitSubmission(park, { ...(await exportFile(ent)), parentId: rootId, confirmSender: true })
    const status = (await call(park, 'submitConfig.status')) as { issued: { sender: { fingerprint: string } | null }[] }
    expect(status.issued[0].sender!.fingerprint).toBe(fingerprint(ensureIdentity(ent.db).signPublic))
  })

  it('坏的报送配置文件各有说明，本机什么都不改', async () => {
    const { ctx: park } = parkWithRoot()
    loadDemo(park)
    const good = await issueFile(park)
    const text = bytesOf(good).toString('utf8')
    const doc = JSON.parse(text)
    const ent = enterprise()
    const before = allCounts(ent)
    const asFile = (s: string): Upload => ({ fileName: 'x.hlcfg', base64: Buffer.from(s, 'utf8').toString('base64') })
    const cases: [Upload, string][] = [
      [asFile('随便一段文字'), '这个文件不是报送配置'],
      [asFile(JSON.stringify({ format: 'redtie-submission', formatVersion: 1 })), '这个文件不是报送配置'],
      [asFile(JSON.stringify({ ...doc, formatVersion: 7 })), '第 7 版'],
      [asFile(JSON.stringify({ ...doc, body: '{}' })), '内容不完整'],
      [asFile(JSON.stringify({ ...doc, body: doc.body.replace('嘉州新材料党委', '别的企业党委') })), '报送配置已被改动'],
      [asFile(JSON.stringify({ ...doc, signature: Buffer.alloc(64).toString('base64') })), '报送配置已被改动'],
      [{ fileName: 'x.hlcfg', base64: '' }, '选择的文件是空的']
    ]
    for (const [u, message] of cases) {
      expect(() => importConfig(ent, u), message).toThrow(message)
      const r = await createDispatch(ent)('submitConfig.import', u)
      expect(r.ok).toBe(false)
    }
    expect(() => importConfig(park, good)).toThrow('本机自己生成的报送配置')
    const empty = track(testContext())
    expect(() => importConfig(empty, good)).toThrow('本机没有报送配置绑定的组织「嘉州新材料党委」')
    expect(allCounts(ent)).toEqual(before)
    expect(ent.db.prepare('SELECT COUNT(*) AS n FROM seal_identity').get()).toEqual({ n: 0 })
  })

  it('园区名称不能为空、组织必须存在', async () => {
    const { ctx: park } = parkWithRoot()
    const r = await createDispatch(park)('submitConfig.issue', { orgId: XINCAI, parkName: ' ' })
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('园区名称') } })
    await expect(issueConfig(park, { orgId: XINCAI, parkName: PARK })).rejects.toThrow('要绑定的组织不存在')
    expect(park.db.prepare('SELECT COUNT(*) AS n FROM seal_issued').get()).toEqual({ n: 0 })
  })
})
