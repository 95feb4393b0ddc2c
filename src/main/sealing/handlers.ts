// 报送配置通道 → 服务（并入 src/main/api.ts）
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { submitConfigChannels } from '../../shared/sealing/channels'
import type { SubmitConfigStatus } from '../../shared/sealing/types'
import type { AppContext } from '../context'
import { importConfig, issueConfig, parkConfigInfo } from './config'
import { fingerprint, loadIdentity } from './keys'
import { sealStore } from './store'

type K = keyof typeof submitConfigChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function submitConfigStatus(ctx: AppContext): SubmitConfigStatus {
  const me = loadIdentity(ctx.db)
  const senders = new Map(sealStore.senders(ctx.db).map((s) => [s.org_id, s]))
  return {
    identity: me ? { fingerprint: fingerprint(me.signPublic), createdAt: me.createdAt } : null,
    config: parkConfigInfo(ctx),
    issued: sealStore.latestIssued(ctx.db).map((r) => {
      const s = senders.get(r.org_id)
      return {
        id: r.id,
        orgId: r.org_id,
        orgName: r.org_name,
        parkName: r.park_name,
        issuedAt: r.issued_at,
        sender: s ? { fingerprint: fingerprint(s.sign_key), boundAt: s.bound_at, lastSeenAt: s.last_seen_at } : null
      }
    })
  }
}

export function submitConfigHandlers(ctx: AppContext): Handlers {
  return {
    'submitConfig.status': () => submitConfigStatus(ctx),
    'submitConfig.issue': (input) => issueConfig(ctx, input),
    'submitConfig.import': (upload) => importConfig(ctx, upload)
  }
}
