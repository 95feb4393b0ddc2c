// 加密报送包的耗时：把五万人数据的报送包加密给园区（X25519 + AES-256-GCM + Ed25519 签名），再由园区验签、核对、解密
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { createContext } from '../src/main/context'
import { signConfig } from '../src/main/sealing/config'
import { ensureIdentity } from '../src/main/sealing/keys'
import { openPackage, sealPackage } from '../src/main/sealing/seal'
import { buildSubmission } from '../src/main/submit/export'
import { packSubmission } from '../src/main/submit/format'
import type { Figure, FigureFn } from './run'

const round = (x: number, digits = 0): number => Number(x.toFixed(digits))
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export const sealFigures: FigureFn = (env): Figure[] => {
  const { rootId } = env.dataset()
  const plain = packSubmission(buildSubmission(env.context(), rootId))
  const ent = createContext({ dataDir: path.join(env.tmp, 'seal-ent'), today: () => env.today })
  const park = createContext({ dataDir: path.join(env.tmp, 'seal-park'), today: () => env.today })
  try {
    const me = park.db.transaction(() => ensureIdentity(park.db))()
    const ticket = signConfig(
      { id: randomUUID(), parkName: '测试园区综合党委', parkSignKey: me.signPublic.toString('base64'), parkBoxKey: me.boxPublic.toString('base64'), orgId: rootId, orgName: '测试企业', issuedAt: '2026-11-25 09:00:00' },
      me
    )
    const sealMs: number[] = []
    const openMs: number[] = []
    let sealed: Buffer = Buffer.alloc(0)
    for (let i = 0; i < 3; i++) {
      let t = performance.now()
      sealed = sealPackage(ent, plain, { boxKey: me.boxPublic, ticket })
      sealMs.push(performance.now() - t)
      t = performance.now()
      const opened = openPackage(park, sealed)
      openMs.push(performance.now() - t)
      if (!opened.plain.equals(plain)) throw new Error('解密后的报送包与原来的不同')
    }
    return [
      { name: `seal_package_${env.memberCount / 1000}k`, value: round(median(sealMs)), unit: 'ms' },
      { name: `open_package_${env.memberCount / 1000}k`, value: round(median(openMs)), unit: 'ms' },
      { name: 'sealed_package_size', value: round(sealed.length / 1024 / 1024, 1), unit: 'MB' },
      { name: 'sealed_package_overhead', value: sealed.length - plain.length, unit: 'bytes' }
    ]
  } finally {
    ent.close()
    park.close()
  }
}
