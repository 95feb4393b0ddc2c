// 师带徒通道 → 服务（并入 src/main/api.ts）
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { mentoringChannels } from '../../shared/mentoring/channels'
import type { AppContext } from '../context'
import { exportMentoringLedger } from './ledger'
import { deleteMentorship, mentoringYear, saveMentorship } from './service'

type K = keyof typeof mentoringChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function mentoringHandlers(ctx: AppContext): Handlers {
  return {
    'mentoring.list': (q) => mentoringYear(ctx, q),
    'mentoring.save': (input) => saveMentorship(ctx, input),
    'mentoring.delete': ({ id }) => deleteMentorship(ctx, id),
    'mentoring.exportLedger': (q) => exportMentoringLedger(ctx, q)
  }
}
