// 加密报送：企业把报送包加密给园区并签名；园区打开、核对发送方；园区把回执加密给企业。
// 园区第一次收到某个组织的加密报送包时记下发送方的签名公钥（与组织绑定），以后换了发送方就拒收，
// 除非园区为这个组织重新生成过报送配置、而这份包带的配置比登记的发送方用过的都新（企业换电脑或重装后的正路）。
import { AppError } from '../../shared/errors'
import type { SealNotice } from '../../shared/sealing/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { type SignedConfig, readConfig } from './config'
import { type Envelope, KIND_RETURN, KIND_SUBMISSION, SEAL_VERSION, decrypt, isSealed, parseEnvelope, seal, signatureValid } from './envelope'
import { ensureIdentity, fingerprint, loadIdentity } from './keys'
import { sealStore } from './store'

/** 收件方：X25519 公钥；报送包还带着收件园区发的报送配置原文 */
export type Recipient = { boxKey: Buffer; ticket: string }

export type Sender = {
  signKey: Buffer
  boxKey: Buffer
  fingerprint: string
  /** 报送包：报送配置绑定的组织；回执：null */
  orgId: string | null
  orgName: string | null
  config: { id: string; issuedAt: string } | null
  firstTime: boolean
  rebound: boolean
}

export type OpenedPackage = { plain: Buffer; sealed: boolean; kind: 'submission' | 'return' | 'legacy'; sender: Sender | null; warning?: string }

export const LEGACY_WARNING =
  '这是未加密、未签名的报送包（旧格式，或企业还没有导入本园区的报送配置）：无法确认它来自哪台电脑，也发现不了途中的改动。建议为这个企业生成报送配置，以后它的报送包会加密并签名。'

const refuse = (why: string): AppError => new AppError('BAD_PACKAGE', `${why}。本机数据没有任何改动。`)
const TAMPERED = '报送包已被改动（签名或校验对不上），可能在复制中损坏或被人改过，请让对方重新导出一份'

/** 加密并签名；kind 为报送包或回执 */
export function sealPackage(ctx: AppContext, plain: Buffer, recipient: Recipient, kind: number = KIND_SUBMISSION): Buffer {
  const me = ctx.db.transaction(() => ensureIdentity(ctx.db))()
  return seal(plain, { kind, senderSign: me.signPublic, senderBox: me.boxPublic, senderSignPrivate: me.signPrivate, recipientBox: recipient.boxKey, ticket: recipient.ticket })
}

/** 企业导出时调用：导入过报送配置就加密给那个园区（只能导出配置绑定的组织），没有就原样返回 */
export function sealForPark(ctx: AppContext, orgId: string, plain: Buffer): Buffer {
  const cfg = sealStore.parkConfig(ctx.db)
  if (!cfg) return plain
  if (cfg.org_id !== orgId)
    throw new AppError('INVALID', `本机导入的报送配置绑定的是「${cfg.org_name}」，报送包只能从这个组织导出（报送给「${cfg.park_name}」）`)
  return sealPackage(ctx, plain, { boxKey: cfg.park_box_key, ticket: cfg.ticket })
}

/** 园区把回执加密给一个已登记发送方的组织（公钥来自它的加密报送包） */
export function sealReturn(ctx: AppContext, orgId: string, plain: Buffer): Buffer {
  const s = sealStore.sender(ctx.db, orgId)
  if (!s) throw new AppError('INVALID', '这个组织还没有交过加密的报送包，本机不知道它的公钥，无法加密回执。请先为它生成报送配置')
  return sealPackage(ctx, plain, { boxKey: s.box_key, ticket: '' }, KIND_RETURN)
}

/** 检查并打开一个文件：旧格式原样返回并带提醒；加密的验签、核对收件方和发送方、解密。任何问题都抛出中文说明，不写数据库 */
export function openPackage(ctx: AppContext, bytes: Buffer): OpenedPackage {
  if (!isSealed(bytes)) return { plain: bytes, sealed: false, kind: 'legacy', sender: null, warning: LEGACY_WARNING }
  const env = parseEnvelope(bytes)
  if (env === 'version') {
    const v = bytes.readUInt8(8)
    throw refuse(v > SEAL_VERSION ? `报送包的加密格式（第 ${v} 版）比本程序能读的新，请先升级本程序` : TAMPERED)
  }
  if (env === 'short') throw refuse('报送包不完整（可能没有复制完），请让对方重新导出一份')
  if (env === 'kind') throw refuse(TAMPERED)
  if (!signatureValid(env)) throw refuse(TAMPERED)
  const me = loadIdentity(ctx.db)
  const submission = env.kind === KIND_SUBMISSION
  if (!me || !env.recipientBox.equals(me.boxPublic))
    throw refuse(submission ? '这个报送包不是发给本园区的（它加密给了另一个园区，本机打不开）' : '这份回执不是发给本机的（它加密给了另一台电脑，本机打不开）')
  const sender = submission ? submissionSender(ctx, env, me.signPublic, me.boxPublic) : returnSender(ctx, env)
  const plain = decrypt(env, me.boxPrivate)
  if (!plain) throw refuse(TAMPERED)
  return { plain, sealed: true, kind: submission ? 'submission' : 'return', sender }
}

function submissionSender(ctx: AppContext, env: Envelope, ownSign: Buffer, ownBox: Buffer): Sender {
  let cfg: SignedConfig
  try {
    cfg = readConfig(env.ticket)
  } catch {
    throw refuse('报送包里带的报送配置无效，请让企业重新导入本园区的报送配置后再导出')
  }
  if (!cfg.signKey.equals(ownSign) || !cfg.boxKey.equals(ownBox)) throw refuse('这个报送包不是发给本园区的（它带的报送配置是另一个园区生成的）')
  const fp = fingerprint(env.senderSign)
  const bound = sealStore.sender(ctx.db, cfg.body.orgId)
  let rebound = false
  if (bound && !bound.sign_key.equals(env.senderSign)) {
    rebound = cfg.body.issuedAt > bound.config_issued_at && cfg.body.id !== bound.config_id
    if (!rebound)
      throw refuse(
        `发送方与上次不同：「${cfg.body.orgName}」以前的报送包来自标识为 ${fingerprint(bound.sign_key)} 的电脑，这一份来自 ${fp}。` +
          '如果企业换了电脑或重装了程序，请在「报送配置」里为它重新生成一份，企业导入后再导出'
      )
  }
  return {
    signKey: env.senderSign,
    boxKey: env.senderBox,
    fingerprint: fp,
    orgId: cfg.body.orgId,
    orgName: cfg.body.orgName,
    config: { id: cfg.body.id, issuedAt: cfg.body.issuedAt },
    firstTime: !bound,
    rebound
  }
}

function returnSender(ctx: AppContext, env: Envelope): Sender {
  const cfg = sealStore.parkConfig(ctx.db)
  if (!cfg) throw refuse('本机没有导入报送配置，无法确认这份回执来自哪个园区')
  if (!cfg.park_sign_key.equals(env.senderSign)) throw refuse(`这份回执不是「${cfg.park_name}」发来的（发送方与报送配置里的园区不同）`)
  return { signKey: env.senderSign, boxKey: env.senderBox, fingerprint: fingerprint(env.senderSign), orgId: null, orgName: null, config: null, firstTime: false, rebound: false }
}

/** 读出报送包内容后调用：加密包里的组织必须是报送配置绑定的那个；已登记发送方的组织不再接受未加密的包 */
export function acceptSender(ctx: AppContext, opened: OpenedPackage, packageOrgId: string): void {
  if (opened.kind === 'submission' && opened.sender?.orgId !== packageOrgId)
    throw refuse(`报送包里的组织与它带的报送配置绑定的组织（「${opened.sender?.orgName}」）不一致`)
  if (opened.kind === 'legacy') {
    const bound = sealStore.sender(ctx.db, packageOrgId)
    if (bound) throw refuse('这个组织已经登记了加密报送的发送方，不再接受未加密的报送包。请让企业用本园区的报送配置重新导出')
  }
}

/** 导入确认时（在导入的事务里）调用：第一次登记发送方，换过报送配置的改登记，其余记下最近一次收到的时间 */
export function rememberSender(ctx: AppContext, opened: OpenedPackage): void {
  const s = opened.sender
  if (opened.kind !== 'submission' || !s?.orgId || !s.config) return
  const at = nowStamp()
  if (s.firstTime || s.rebound) {
    sealStore.bindSender(ctx.db, { org_id: s.orgId, sign_key: s.signKey, box_key: s.boxKey, config_id: s.config.id, config_issued_at: s.config.issuedAt, bound_at: at, last_seen_at: at })
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submitConfig', action: 'update', after: { 登记发送方: s.fingerprint, 组织: s.orgName, 原因: s.firstTime ? '第一次收到加密报送包' : '按重新生成的报送配置改登记' } })
  } else sealStore.touchSender(ctx.db, s.orgId, at, s.boxKey, s.config)
}

/** 给导入预览看的说明 */
export function sealNotice(opened: OpenedPackage): SealNotice {
  return { sealed: opened.sealed, sender: opened.sender?.fingerprint ?? null, firstTime: !!opened.sender?.firstTime, rebound: !!opened.sender?.rebound, warning: opened.warning }
}
