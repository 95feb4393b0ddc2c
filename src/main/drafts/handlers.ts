// 表单草稿通道 → 存储（并入 src/main/api.ts）。草稿不是记录：不进变更日志、回收站和报送包
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { draftChannels } from '../../shared/drafts/channels'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { deleteDraft, readDraft, writeDraft } from './store'

type K = keyof typeof draftChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function draftHandlers(ctx: AppContext): Handlers {
  return {
    'drafts.get': ({ key }) => readDraft(ctx.db, key),
    'drafts.save': ({ key, body }) => (writeDraft(ctx.db, key, body, nowStamp()), null),
    'drafts.discard': ({ key }) => (deleteDraft(ctx.db, key), null)
  }
}
