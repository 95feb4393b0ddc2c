// 表单草稿的通道（并入 src/shared/contract.ts）：没保存的表单内容按表单存一份，关掉对话框、重启应用后还能恢复
import { z } from 'zod'

const out = <T>(): T => undefined as unknown as T

/** Which form a draft belongs to: `meeting:new:<orgId>`, `member:<id>` … */
export const draftKey = z.string().regex(/^[a-z]+(:[0-9A-Za-z-]{1,40}){1,3}$/, '草稿编号格式不正确')

/** A draft's values: plain JSON, at most 256 KB written out. */
const draftBody = z.record(z.string(), z.unknown()).refine((b) => JSON.stringify(b).length <= 256 * 1024, '草稿太大，没有保存')

export type Draft = { body: Record<string, unknown>; savedAt: string }

export const draftChannels = {
  'drafts.get': { input: z.strictObject({ key: draftKey }), output: out<Draft | null>() },
  'drafts.save': { input: z.strictObject({ key: draftKey, body: draftBody }), output: out<null>() },
  'drafts.discard': { input: z.strictObject({ key: draftKey }), output: out<null>() }
}
