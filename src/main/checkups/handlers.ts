// 党建体检通道 → 服务（并入 src/main/api.ts）
import type { checkupChannels } from '../../shared/checkups/channels'
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { AppContext } from '../context'
import { compareCheckup } from './compare'
import { exportCheckupForm, exportCheckupSummary } from './ledger'
import { deleteRound, getRound, listRounds, saveRound } from './rounds'
import { confirmCheckupProblems, deleteCheckup, getCheckup, listCheckups, proposeProblems, reopenCheckup, saveCheckup, signOffCheckup } from './service'
import { copyTemplate, deleteTemplate, getTemplate, listTemplates, saveTemplate } from './templates'

type K = keyof typeof checkupChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function checkupHandlers(ctx: AppContext): Handlers {
  return {
    'checkupTemplates.list': () => listTemplates(ctx),
    'checkupTemplates.get': ({ id }) => getTemplate(ctx, id),
    'checkupTemplates.copy': (input) => copyTemplate(ctx, input),
    'checkupTemplates.save': (input) => saveTemplate(ctx, input),
    'checkupTemplates.delete': ({ id }) => deleteTemplate(ctx, id),
    'checkupRounds.list': () => listRounds(ctx),
    'checkupRounds.get': ({ id }) => getRound(ctx, id),
    'checkupRounds.save': (input) => saveRound(ctx, input),
    'checkupRounds.delete': ({ id }) => deleteRound(ctx, id),
    'checkups.list': (q) => listCheckups(ctx, q),
    'checkups.get': ({ id }) => getCheckup(ctx, id),
    'checkups.save': (input) => saveCheckup(ctx, input),
    'checkups.signOff': (input) => signOffCheckup(ctx, input),
    'checkups.reopen': (input) => reopenCheckup(ctx, input),
    'checkups.delete': ({ id }) => deleteCheckup(ctx, id),
    'checkups.proposeProblems': ({ id }) => proposeProblems(ctx, id),
    'checkups.confirmProblems': (input) => confirmCheckupProblems(ctx, input),
    'checkups.compare': ({ id }) => compareCheckup(ctx, id),
    'checkups.exportSummary': (q) => exportCheckupSummary(ctx, q),
    'checkups.exportForm': ({ id }) => exportCheckupForm(ctx, id)
  }
}
