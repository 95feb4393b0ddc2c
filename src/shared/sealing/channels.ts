// 报送配置的通道（并入 src/shared/contract.ts）
import type { z } from 'zod'
import { noInput } from '../fields'
import { type IssuedConfig, type ParkConfigInfo, type SubmitConfigStatus, importConfigInput, issueConfigInput } from './types'

const out = <T>(): T => undefined as unknown as T

export const submitConfigChannels = {
  'submitConfig.status': { input: noInput, output: out<SubmitConfigStatus>() },
  'submitConfig.issue': { input: issueConfigInput, output: out<IssuedConfig>() },
  'submitConfig.import': { input: importConfigInput, output: out<ParkConfigInfo>() }
} satisfies Record<string, { input: z.ZodType; output: unknown }>
