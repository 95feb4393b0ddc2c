// 加密报送包的文件格式（第 1 版）。所有整数按大端序：
//   0    8  魔数 "HLDBSEAL"
//   8    1  格式版本 = 1
//   9    1  种类：1 企业→园区的报送包，2 园区→企业的回执
//   10  32  发送方 Ed25519 签名公钥
//   42  32  发送方 X25519 长期公钥（对方回信时加密给它）
//   74  32  收件方 X25519 公钥
//   106 32  本次临时 X25519 公钥
//   138 12  AES-GCM 初始向量
//   150  4  报送配置长度 n（回执为 0）
//   154  n  报送配置原文（企业导入的那份，带园区签名）
//   …       密文：AES-256-GCM 加密的 gzip 报送包，附加认证数据 = 前面的全部头部
//   …   16  GCM 认证标签
//   末尾 64 发送方对前面全部字节的 Ed25519 签名
// 密钥 = HKDF-SHA256(X25519(临时私钥, 收件方公钥), salt = 临时公钥 ‖ 收件方公钥, info = "redtie-seal/1")
import crypto, { type KeyObject } from 'node:crypto'
import { boxKeyFrom, rawPublic, signKeyFrom } from './keys'

export const SEAL_MAGIC = Buffer.from('HLDBSEAL', 'ascii')
export const SEAL_VERSION = 1
export const KIND_SUBMISSION = 1
export const KIND_RETURN = 2
const HEAD = 154
const TAG = 16
const SIG = 64
const MAX_TICKET = 8192
const INFO = Buffer.from('redtie-seal/1', 'ascii')

export type Envelope = {
  version: number
  kind: number
  senderSign: Buffer
  senderBox: Buffer
  recipientBox: Buffer
  ephemeral: Buffer
  iv: Buffer
  ticket: string
  /** 头部（也是 GCM 的附加认证数据）、密文、标签、签名和被签名的部分 */
  header: Buffer
  cipher: Buffer
  tag: Buffer
  signature: Buffer
  signed: Buffer
}

export type SealParts = { kind: number; senderSign: Buffer; senderBox: Buffer; senderSignPrivate: KeyObject; recipientBox: Buffer; ticket: string }

function keyFor(shared: Buffer, ephemeral: Buffer, recipient: Buffer): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', shared, Buffer.concat([ephemeral, recipient]), INFO, 32))
}

export function isSealed(bytes: Buffer): boolean {
  return bytes.length >= SEAL_MAGIC.length && bytes.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)
}

export function seal(plain: Buffer, p: SealParts): Buffer {
  const eph = crypto.generateKeyPairSync('x25519')
  const ephemeral = rawPublic(eph.publicKey)
  const shared = crypto.diffieHellman({ privateKey: eph.privateKey, publicKey: boxKeyFrom(p.recipientBox) })
  const iv = crypto.randomBytes(12)
  const ticket = Buffer.from(p.ticket, 'utf8')
  const fixed = Buffer.alloc(HEAD)
  SEAL_MAGIC.copy(fixed, 0)
  fixed.writeUInt8(SEAL_VERSION, 8)
  fixed.writeUInt8(p.kind, 9)
  p.senderSign.copy(fixed, 10)
  p.senderBox.copy(fixed, 42)
  p.recipientBox.copy(fixed, 74)
  ephemeral.copy(fixed, 106)
  iv.copy(fixed, 138)
  fixed.writeUInt32BE(ticket.length, 150)
  // 一次分配整个文件，密文直接写进去（五万人的包有几 MB，少复制两遍）
  const out = Buffer.allocUnsafe(HEAD + ticket.length + plain.length + TAG + SIG)
  fixed.copy(out, 0)
  ticket.copy(out, HEAD)
  const header = out.subarray(0, HEAD + ticket.length)
  const gcm = crypto.createCipheriv('aes-256-gcm', keyFor(shared, ephemeral, p.recipientBox), iv)
  gcm.setAAD(header)
  let at = header.length
  at += gcm.update(plain).copy(out, at)
  at += gcm.final().copy(out, at)
  at += gcm.getAuthTag().copy(out, at)
  crypto.sign(null, out.subarray(0, at), p.senderSignPrivate).copy(out, at)
  return out
}

export type ParseFailure = 'short' | 'version' | 'kind'

/** 按格式切开；只看长度和版本，不验签、不解密 */
export function parseEnvelope(bytes: Buffer): Envelope | ParseFailure {
  if (bytes.length < HEAD + TAG + SIG) return 'short'
  const version = bytes.readUInt8(8)
  if (version !== SEAL_VERSION) return 'version'
  const kind = bytes.readUInt8(9)
  if (kind !== KIND_SUBMISSION && kind !== KIND_RETURN) return 'kind'
  const n = bytes.readUInt32BE(150)
  if (n > MAX_TICKET || HEAD + n + TAG + SIG > bytes.length) return 'short'
  const header = bytes.subarray(0, HEAD + n)
  const signed = bytes.subarray(0, bytes.length - SIG)
  return {
    version,
    kind,
    senderSign: Buffer.from(bytes.subarray(10, 42)),
    senderBox: Buffer.from(bytes.subarray(42, 74)),
    recipientBox: Buffer.from(bytes.subarray(74, 106)),
    ephemeral: Buffer.from(bytes.subarray(106, 138)),
    iv: Buffer.from(bytes.subarray(138, 150)),
    ticket: bytes.subarray(HEAD, HEAD + n).toString('utf8'),
    header,
    cipher: bytes.subarray(HEAD + n, signed.length - TAG),
    tag: bytes.subarray(signed.length - TAG, signed.length),
    signature: bytes.subarray(bytes.length - SIG),
    signed
  }
}

export function signatureValid(env: Envelope): boolean {
  try {
    return crypto.verify(null, env.signed, signKeyFrom(env.senderSign), env.signature)
  } catch {
    return false
  }
}

/** 解密；GCM 认证失败返回 null */
export function decrypt(env: Envelope, boxPrivate: KeyObject): Buffer | null {
  try {
    const shared = crypto.diffieHellman({ privateKey: boxPrivate, publicKey: boxKeyFrom(env.ephemeral) })
    const gcm = crypto.createDecipheriv('aes-256-gcm', keyFor(shared, env.ephemeral, env.recipientBox), env.iv)
    gcm.setAAD(env.header)
    gcm.setAuthTag(env.tag)
    const plain = gcm.update(env.cipher)
    gcm.final()
    return plain
  } catch {
    return null
  }
}
