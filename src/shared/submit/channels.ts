// 报送包的通道（并入 src/shared/contract.ts）
import type { z } from 'zod'
import { noInput } from '../fields'
import { type SubmissionRow, type SubmitExported, type SubmitPreview, type SubmitProgress, type SubmitResult, type SubmitStatusRow, submitCommitInput, submitExportInput, submitPreviewInput } from './types'

const out = <T>(): T => undefined as unknown as T

export const submitChannels = {
  'submit.export': { input: submitExportInput, output: out<SubmitExported>() },
  'submit.exportReceipt': { input: submitExportInput, output: out<SubmitExported>() },
  'submit.preview': { input: submitPreviewInput, output: out<SubmitPreview>() },
  'submit.commit': { input: submitCommitInput, output: out<SubmitResult>() },
  'submit.progress': { input: noInput, output: out<SubmitProgress>() },
  'submit.history': { input: noInput, output: out<SubmissionRow[]>() },
  'submit.status': { input: noInput, output: out<SubmitStatusRow[]>() }
} satisfies Record<string, { input: z.ZodType; output: unknown }>
