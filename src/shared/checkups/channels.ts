// 党建体检的通道（并入 src/shared/contract.ts）
import { z } from 'zod'
import { noInput } from '../fields'
import { idOnly } from '../org/schemas'
import {
  type Checkup, type CheckupDetail, type Comparison, type ProblemDraft, type Round, type RoundSummary,
  checkupInput, checkupQuery, confirmProblems, reopenInput, roundInput, signOffInput, templateCopy, templateSave
} from './schemas'
import type { CheckupTemplate, TemplateSummary } from './template'

const out = <T>(): T => undefined as unknown as T
type Saved = { id: string; warnings: string[] }
type Exported = { path: string; rows: number } | null

export const checkupChannels = {
  'checkupTemplates.list': { input: noInput, output: out<TemplateSummary[]>() },
  'checkupTemplates.get': { input: idOnly, output: out<CheckupTemplate>() },
  'checkupTemplates.copy': { input: templateCopy, output: out<Saved>() },
  'checkupTemplates.save': { input: templateSave, output: out<Saved>() },
  'checkupTemplates.delete': { input: idOnly, output: out<null>() },
  'checkupRounds.list': { input: noInput, output: out<Round[]>() },
  'checkupRounds.get': { input: idOnly, output: out<RoundSummary>() },
  'checkupRounds.save': { input: roundInput, output: out<Saved>() },
  'checkupRounds.delete': { input: idOnly, output: out<null>() },
  'checkups.list': { input: checkupQuery, output: out<Checkup[]>() },
  'checkups.get': { input: idOnly, output: out<CheckupDetail>() },
  'checkups.save': { input: checkupInput, output: out<Saved>() },
  'checkups.signOff': { input: signOffInput, output: out<Checkup>() },
  'checkups.reopen': { input: reopenInput, output: out<Checkup>() },
  'checkups.delete': { input: idOnly, output: out<null>() },
  'checkups.proposeProblems': { input: idOnly, output: out<ProblemDraft[]>() },
  'checkups.confirmProblems': { input: confirmProblems, output: out<string[]>() },
  'checkups.compare': { input: idOnly, output: out<Comparison>() },
  'checkups.exportSummary': { input: checkupQuery, output: out<Exported>() },
  'checkups.exportForm': { input: idOnly, output: out<Exported>() }
} satisfies Record<string, { input: z.ZodType; output: unknown }>
