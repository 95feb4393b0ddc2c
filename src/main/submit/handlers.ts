// 报送包通道 → 服务（并入 src/main/api.ts）
import type { ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { submitChannels } from '../../shared/submit/channels'
import type { AppContext } from '../context'
import { exportReceipt, exportSubmission } from './export'
import { commitInWorker, previewInWorker, submitProgress } from './runner'
import { submissionHistory, submissionStatus } from './service'

type K = keyof typeof submitChannels
type Handlers = { [C in K]: (input: ChannelParsed<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> }

export function submitHandlers(ctx: AppContext): Handlers {
  return {
    'submit.export': ({ orgId }) => exportSubmission(ctx, orgId),
    'submit.exportReceipt': ({ orgId }) => exportReceipt(ctx, orgId),
    'submit.preview': (input) => previewInWorker(ctx, input),
    'submit.commit': (input) => commitInWorker(ctx, input),
    'submit.progress': () => submitProgress(ctx),
    'submit.history': () => submissionHistory(ctx),
    'submit.status': () => submissionStatus(ctx)
  }
}
