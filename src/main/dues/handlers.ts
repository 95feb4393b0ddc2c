// 党费通道 → 服务（并入 src/main/api.ts）
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { duesChannels } from '../../shared/dues/channels'
import type { AppContext } from '../context'
import { exportDuesBaseLedger, exportDuesLedger } from './ledger'
import { deleteRemittance, exportRemittances, listRemittances, saveRemittance } from './remittances'
import { basesFromRoster, deleteBase, deletePayment, duesArrears, duesMonth, memberBases, payDues, payMonthForAll, saveBase } from './service'

type K = keyof typeof duesChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function duesHandlers(ctx: AppContext): Handlers {
  return {
    'dues.month': (q) => duesMonth(ctx, q),
    'dues.bases': ({ memberId }) => memberBases(ctx, memberId),
    'dues.saveBase': (input) => saveBase(ctx, input),
    'dues.deleteBase': ({ id }) => deleteBase(ctx, id),
    'dues.basesFromRoster': (input) => basesFromRoster(ctx, input),
    'dues.pay': (input) => payDues(ctx, input),
    'dues.payMonth': (input) => payMonthForAll(ctx, input),
    'dues.deletePayment': ({ id }) => deletePayment(ctx, id),
    'dues.arrears': ({ orgId }) => duesArrears(ctx, orgId),
    'dues.exportLedger': (q) => exportDuesLedger(ctx, q),
    'dues.exportBases': ({ orgId }) => exportDuesBaseLedger(ctx, orgId),
    'dues.remittances': (q) => listRemittances(ctx, q),
    'dues.saveRemittance': (input) => saveRemittance(ctx, input),
    'dues.deleteRemittance': ({ id }) => deleteRemittance(ctx, id),
    'dues.exportRemittances': (q) => exportRemittances(ctx, q)
  }
}
