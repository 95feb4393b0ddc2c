// 志愿服务的通道（并入 src/shared/contract.ts）
import { idOnly } from '../org/schemas'
import { type VolunteerYear, volunteerInput, volunteerQuery } from './schemas'

const out = <T>(): T => undefined as unknown as T
type Saved = { id: string; warnings: string[] }

export const volunteerChannels = {
  'volunteer.list': { input: volunteerQuery, output: out<VolunteerYear>() },
  'volunteer.save': { input: volunteerInput, output: out<Saved>() },
  'volunteer.delete': { input: idOnly, output: out<null>() },
  'volunteer.exportLedger': { input: volunteerQuery, output: out<{ path: string; rows: number } | null>() }
}
