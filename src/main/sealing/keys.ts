// 本机的长期身份：一对 Ed25519 签名密钥、一对 X25519 交换密钥，第一次需要时生成，存在数据库里，私钥不离开本机
import crypto, { type KeyObject } from 'node:crypto'
import type { DB } from '../db/types'
import { nowStamp } from '../db/time'

export type Identity = { signPublic: Buffer; signPrivate: KeyObject; boxPublic: Buffer; boxPrivate: KeyObject; createdAt: string }

type IdentityRow = { sign_public: Buffer; sign_private: Buffer; box_public: Buffer; box_private: Buffer; created_at: string }

/** 公钥的 32 字节原始形式（报送包和报送配置里只放这 32 字节） */
export function rawPublic(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url')
}

export function signKeyFrom(raw: Buffer): KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' })
}

export function boxKeyFrom(raw: Buffer): KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw.toString('base64url') }, format: 'jwk' })
}

const privateFrom = (der: Buffer): KeyObject => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })

/** 给人核对用的指纹：签名公钥 SHA-256 的前 20 位十六进制，四位一组 */
export function fingerprint(signPublic: Buffer): string {
  const hex = crypto.createHash('sha256').update(signPublic).digest('hex').slice(0, 20).toUpperCase()
  return hex.match(/.{4}/g)!.join('-')
}

export function loadIdentity(db: DB): Identity | null {
  const r = db.prepare('SELECT * FROM seal_identity WHERE id = 1').get() as IdentityRow | undefined
  if (!r) return null
  return { signPublic: r.sign_public, signPrivate: privateFrom(r.sign_private), boxPublic: r.box_public, boxPrivate: privateFrom(r.box_private), createdAt: r.created_at }
}

export function ensureIdentity(db: DB): Identity {
  const have = loadIdentity(db)
  if (have) return have
  const sign = crypto.generateKeyPairSync('ed25519')
  const box = crypto.generateKeyPairSync('x25519')
  const der = (k: KeyObject): Buffer => k.export({ format: 'der', type: 'pkcs8' })
  db.prepare('INSERT INTO seal_identity (id, sign_public, sign_private, box_public, box_private, created_at) VALUES (1, ?, ?, ?, ?, ?)').run(
    rawPublic(sign.publicKey),
    der(sign.privateKey),
    rawPublic(box.publicKey),
    der(box.privateKey),
    nowStamp()
  )
  return loadIdentity(db)!
}
