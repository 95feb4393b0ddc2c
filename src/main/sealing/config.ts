// 报送配置文件：园区为一个企业组织生成一次，企业导入后报送包就加密给这个园区。
// 文件是 JSON：{ format, formatVersion, body, signature }。body 是一段 JSON 文本（配置编号、园区名称、
// 园区的 Ed25519 与 X25519 公钥、绑定的组织编号与名称、生成时间），signature 是园区签名私钥对 body 这段文本的 Ed25519 签名。
// 企业的每个加密报送包里原样带着这份配置，园区据此确认绑定的组织确实是自己发出的。
import crypto, { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { z } from 'zod'
import { AppError, notFound } from '../../shared/errors'
import { CONFIG_EXT, type IssuedConfig, type ParkConfigInfo } from '../../shared/sealing/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { type Identity, ensureIdentity, fingerprint, loadIdentity, signKeyFrom } from './keys'
import { sealStore } from './store'

export const CONFIG_FORMAT = 'redtie-submit-config'
export const CONFIG_FORMAT_VERSION = 1

const key32 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/)
const body = z.strictObject({
  id: z.uuid(),
  parkName: z.string().min(1).max(100),
  parkSignKey: key32,
  parkBoxKey: key32,
  orgId: z.string().min(1).max(100),
  orgName: z.string().min(1).max(200),
  issuedAt: z.string().max(40)
})
const file = z.object({ format: z.literal(CONFIG_FORMAT), formatVersion: z.number().int(), body: z.string().max(4096), signature: z.string().max(200) })

export type ConfigBody = z.infer<typeof body>
/** 读出并验过签名的报送配置；text 是原文，加密报送包里原样带着它 */
export type SignedConfig = { body: ConfigBody; text: string; signKey: Buffer; boxKey: Buffer }

const bad = (why: string): AppError => new AppError('BAD_CONFIG', `${why}。本机数据没有任何改动。`)

/** 检查一份报送配置的格式和园区自己的签名；出错时抛出中文说明 */
export function readConfig(text: string): SignedConfig {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw bad(`这个文件不是报送配置（报送配置由园区在「数据与设置」里生成，扩展名为 ${CONFIG_EXT}）`)
  }
  const kind = z.object({ format: z.literal(CONFIG_FORMAT), formatVersion: z.number() }).safeParse(doc)
  if (!kind.success) throw bad(`这个文件不是报送配置（报送配置由园区在「数据与设置」里生成，扩展名为 ${CONFIG_EXT}）`)
  if (kind.data.formatVersion > CONFIG_FORMAT_VERSION) throw bad(`报送配置的格式（第 ${kind.data.formatVersion} 版）比本程序能读的新，请先升级本程序`)
  const f = file.safeParse(doc)
  let b: ConfigBody | null = null
  try {
    if (f.success) b = body.parse(JSON.parse(f.data.body))
  } catch {
    b = null
  }
  if (!f.success || !b) throw bad('报送配置内容不完整，请让园区重新生成一份')
  const signKey = Buffer.from(b.parkSignKey, 'base64')
  const ok = crypto.verify(null, Buffer.from(f.data.body, 'utf8'), signKeyFrom(signKey), Buffer.from(f.data.signature, 'base64'))
  if (!ok) throw bad('报送配置已被改动（园区的签名对不上），请让园区重新生成一份')
  return { body: b, text, signKey, boxKey: Buffer.from(b.parkBoxKey, 'base64') }
}

/** 园区用自己的签名私钥签一份报送配置，返回文件内容 */
export function signConfig(b: ConfigBody, me: Identity): string {
  const bodyText = JSON.stringify(b)
  const signature = crypto.sign(null, Buffer.from(bodyText, 'utf8'), me.signPrivate).toString('base64')
  return JSON.stringify({ format: CONFIG_FORMAT, formatVersion: CONFIG_FORMAT_VERSION, body: bodyText, signature }, null, 1)
}

const safeName = (s: string): string => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '_')

/** 园区：为树上的一个组织生成报送配置文件 */
export async function issueConfig(ctx: AppContext, input: { orgId: string; parkName: string }): Promise<IssuedConfig> {
  const org = sealStore.liveOrg(ctx.db, input.orgId)
  if (!org) throw notFound('要绑定的组织')
  const me = ctx.db.transaction(() => ensureIdentity(ctx.db))()
  const b: ConfigBody = {
    id: randomUUID(),
    parkName: input.parkName,
    parkSignKey: me.signPublic.toString('base64'),
    parkBoxKey: me.boxPublic.toString('base64'),
    orgId: org.id,
    orgName: org.name,
    issuedAt: nowStamp()
  }
  const text = signConfig(b, me)
  const target = await ctx.chooseSavePath(`报送配置-${safeName(org.name)}${CONFIG_EXT}`)
  if (!target) return null
  const tmp = `${target}.part`
  try {
    fs.writeFileSync(tmp, text)
    fs.renameSync(tmp, target)
  } catch {
    fs.rmSync(tmp, { force: true })
    throw new AppError('WRITE_FAILED', `报送配置没有保存成功：无法写入「${target}」，请换个位置或检查磁盘空间`)
  }
  ctx.db.transaction(() => {
    sealStore.addIssued(ctx.db, { id: b.id, org_id: org.id, org_name: org.name, park_name: b.parkName, issued_at: b.issuedAt, actor: ctx.actor })
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submitConfig', action: 'export', after: { file: target, org: { id: org.id, name: org.name }, parkName: b.parkName, configId: b.id } })
  })()
  return { path: target, orgName: org.name, parkName: b.parkName, fingerprint: fingerprint(me.signPublic) }
}

export function parkConfigInfo(ctx: AppContext): ParkConfigInfo | null {
  const r = sealStore.parkConfig(ctx.db)
  if (!r) return null
  return { parkName: r.park_name, parkFingerprint: fingerprint(r.park_sign_key), orgId: r.org_id, orgName: r.org_name, issuedAt: r.issued_at, importedAt: r.imported_at }
}

/** 企业：导入园区发来的报送配置；绑定的组织必须在本机 */
export function importConfig(ctx: AppContext, upload: { fileName: string; base64: string }): ParkConfigInfo {
  const bytes = Buffer.from(upload.base64, 'base64')
  if (bytes.length === 0) throw bad('选择的文件是空的')
  const cfg = readConfig(bytes.toString('utf8'))
  const mine = loadIdentity(ctx.db)
  if (mine && mine.signPublic.equals(cfg.signKey)) throw bad('这是本机自己生成的报送配置，应交给企业，在企业的电脑上导入')
  if (!sealStore.liveOrg(ctx.db, cfg.body.orgId))
    throw bad(
      `本机没有报送配置绑定的组织「${cfg.body.orgName}」。请先把本企业的报送包交园区导入一次，园区在组织树里选中导入后的本企业再生成报送配置`
    )
  ctx.db.transaction(() => {
    ensureIdentity(ctx.db)
    sealStore.saveParkConfig(ctx.db, {
      config_id: cfg.body.id,
      park_name: cfg.body.parkName,
      park_sign_key: cfg.signKey,
      park_box_key: cfg.boxKey,
      org_id: cfg.body.orgId,
      org_name: cfg.body.orgName,
      issued_at: cfg.body.issuedAt,
      ticket: cfg.text,
      imported_at: nowStamp(),
      actor: ctx.actor
    })
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submitConfig', action: 'import', after: { file: upload.fileName, parkName: cfg.body.parkName, park: fingerprint(cfg.signKey), org: { id: cfg.body.orgId, name: cfg.body.orgName } } })
  })()
  return parkConfigInfo(ctx)!
}
