// 师带徒的通道（并入 src/shared/contract.ts）
import { idOnly } from '../org/schemas'
import { type MentoringYear, mentoringQuery, mentorshipInput } from './schemas'

const out = <T>(): T => undefined as unknown as T
type Saved = { id: string; warnings: string[] }

export const mentoringChannels = {
  'mentoring.list': { input: mentoringQuery, output: out<MentoringYear>() },
  'mentoring.save': { input: mentorshipInput, output: out<Saved>() },
  'mentoring.delete': { input: idOnly, output: out<null>() },
  'mentoring.exportLedger': { input: mentoringQuery, output: out<{ path: string; rows: number } | null>() }
}
