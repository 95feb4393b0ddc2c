// 志愿服务通道 → 服务（并入 src/main/api.ts）
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { volunteerChannels } from '../../shared/volunteer/channels'
import type { AppContext } from '../context'
import { exportVolunteerLedger } from './ledger'
import { deleteVolunteer, saveVolunteer, volunteerYear } from './service'

type K = keyof typeof volunteerChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function volunteerHandlers(ctx: AppContext): Handlers {
  return {
    'volunteer.list': (q) => volunteerYear(ctx, q),
    'volunteer.save': (input) => saveVolunteer(ctx, input),
    'volunteer.delete': ({ id }) => deleteVolunteer(ctx, id),
    'volunteer.exportLedger': (q) => exportVolunteerLedger(ctx, q)
  }
}
