// 党费的通道（并入 src/shared/contract.ts）
import { idOnly } from '../org/schemas'
import {
  type DuesArrearsRow, type DuesBase, type DuesMonth, type Remittance, remittanceInput, remittanceQuery,
  duesBaseInput, duesBatchInput, duesFromRosterInput, duesLedgerQuery, duesMemberQuery, duesMonthQuery, duesOrgQuery, duesPayInput
} from './schemas'

const out = <T>(): T => undefined as unknown as T
type Saved = { id: string; warnings: string[] }

export const duesChannels = {
  'dues.month': { input: duesMonthQuery, output: out<DuesMonth>() },
  'dues.bases': { input: duesMemberQuery, output: out<DuesBase[]>() },
  'dues.saveBase': { input: duesBaseInput, output: out<Saved>() },
  'dues.deleteBase': { input: idOnly, output: out<null>() },
  'dues.basesFromRoster': { input: duesFromRosterInput, output: out<{ created: number; names: string[] }>() },
  'dues.pay': { input: duesPayInput, output: out<{ ids: string[]; warnings: string[] }>() },
  'dues.payMonth': { input: duesBatchInput, output: out<{ created: number; skipped: string[]; warnings: string[] }>() },
  'dues.deletePayment': { input: idOnly, output: out<null>() },
  'dues.arrears': { input: duesOrgQuery, output: out<DuesArrearsRow[]>() },
  'dues.exportLedger': { input: duesLedgerQuery, output: out<{ path: string; rows: number } | null>() },
  'dues.exportBases': { input: duesOrgQuery, output: out<{ path: string; rows: number } | null>() },
  'dues.remittances': { input: remittanceQuery, output: out<Remittance[]>() },
  'dues.saveRemittance': { input: remittanceInput, output: out<Saved>() },
  'dues.deleteRemittance': { input: idOnly, output: out<null>() },
  'dues.exportRemittances': { input: remittanceQuery, output: out<{ path: string; rows: number } | null>() }
}
