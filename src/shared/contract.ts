// 接口契约：每个通道的输入校验与返回类型。主进程、预加载脚本和 Chromium 外壳都从这里取通道清单。
import { z } from 'zod'
import { type Attachment, attachmentOwnerRef, attachmentUpload } from './attachments'
import { type BackupInfo, restoreInput } from './backup/types'
import * as dev from './development/schemas'
import { type RuleFileView, ruleListQuery, ruleOverrideInput } from './rules/types'
import { checkupChannels } from './checkups/channels'
import { duesChannels } from './dues/channels'
import { submitChannels } from './submit/channels'
import { submitConfigChannels } from './sealing/channels'
import { mentoringChannels } from './mentoring/channels'
import { volunteerChannels } from './volunteer/channels'
import { draftChannels } from './drafts/channels'
import type { AppInfo, ChangeEntry, CodeTables, RecycleItem } from './app/types'
import { type DashboardSummary, dashboardQuery } from './dashboard/types'
import { recordEntities } from './entities'
import { FILE_BASE_MAX } from './fileName'
import { noInput, uuid } from './fields'
import { type ImportCounts, type ImportReport, type ImportRowView, importUpload } from './members/import'
import { type Member, type MemberRow, memberInput, memberQuery, revealInput } from './members/schemas'
import { rosterColumnNames } from './members/rosterColumns'
import { type Org, idOnly, orgInput } from './org/schemas'
import { printRequest } from './print'
import { type AnalysisMeeting, analysisInput, analysisQuery } from './analysis/schemas'
import { type Consultation, consultationInput, consultationQuery } from './consultations/schemas'
import { type ComplianceReport, type HoursReport, type Meeting, type MeetingRow, type RosterEntry, meetingInput, meetingLedgerQuery, meetingQuery, orgYear, rosterQuery } from './meetings/schemas'
import { type CoverageRow, type Visit, monthQuery, visitInput, visitQuery } from './visits/schemas'
import { type Problem, problemBatchTransition, problemInput, problemQuery, problemTransition } from './problems/schemas'

const out = <T>(): T => undefined as unknown as T
const entityRef = z.strictObject({ entity: z.enum(recordEntities, '不认识的记录类型'), id: uuid })
type Saved = { id: string; warnings: string[] }

export const contract = {
  'app.info': { input: noInput, output: out<AppInfo>() },
  'app.loadDemo': { input: noInput, output: out<{ orgs: number; members: number }>() },
  'attachments.list': { input: attachmentOwnerRef, output: out<Attachment[]>() },
  'attachments.add': { input: attachmentUpload, output: out<Attachment>() },
  'attachments.remove': { input: idOnly, output: out<null>() },
  'attachments.open': { input: idOnly, output: out<{ path: string }>() },
  'backup.list': { input: noInput, output: out<BackupInfo[]>() },
  'backup.create': { input: noInput, output: out<{ path: string } | null>() },
  'backup.restore': { input: restoreInput, output: out<{ orgs: number; members: number; safetyBackup: string }>() },
  'dashboard.summary': { input: dashboardQuery, output: out<DashboardSummary>() },
  'codes.all': { input: noInput, output: out<CodeTables>() },
  'org.list': { input: noInput, output: out<Org[]>() },
  'org.save': { input: orgInput, output: out<Saved>() },
  'org.delete': { input: idOnly, output: out<null>() },
  'members.list': { input: memberQuery, output: out<{ total: number; rows: MemberRow[] }>() },
  'members.get': { input: idOnly, output: out<Member>() },
  'members.save': { input: memberInput, output: out<Saved>() },
  'members.delete': { input: idOnly, output: out<null>() },
  'members.importTemplate': { input: noInput, output: out<{ path: string } | null>() },
  'members.importPreview': { input: importUpload, output: out<{ counts: ImportCounts; rows: ImportRowView[] }>() },
  'members.importCommit': { input: importUpload, output: out<ImportReport>() },
  'members.reveal': { input: revealInput, output: out<string>() },
  'problems.list': { input: problemQuery, output: out<Problem[]>() },
  'problems.save': { input: problemInput, output: out<Saved>() },
  'problems.transition': { input: problemTransition, output: out<Problem>() },
  'problems.transitionMany': { input: problemBatchTransition, output: out<{ moved: number }>() },
  'problems.delete': { input: idOnly, output: out<null>() },
  'problems.exportLedger': { input: problemQuery, output: out<{ path: string; rows: number } | null>() },
  'meetings.list': { input: meetingQuery, output: out<MeetingRow[]>() },
  'meetings.get': { input: idOnly, output: out<Meeting>() },
  'meetings.roster': { input: rosterQuery, output: out<RosterEntry[]>() },
  'meetings.save': { input: meetingInput, output: out<Saved>() },
  'meetings.delete': { input: idOnly, output: out<null>() },
  'meetings.compliance': { input: orgYear, output: out<ComplianceReport>() },
  'meetings.hours': { input: orgYear, output: out<HoursReport>() },
  'meetings.exportLedger': { input: meetingLedgerQuery, output: out<{ path: string; rows: number } | null>() },
  'visits.list': { input: visitQuery, output: out<Visit[]>() },
  'visits.save': { input: visitInput, output: out<Saved>() },
  'visits.delete': { input: idOnly, output: out<null>() },
  'visits.toProblems': { input: idOnly, output: out<{ created: number; codes: string[] }>() },
  'visits.coverage': { input: monthQuery, output: out<CoverageRow[]>() },
  'visits.exportLedger': { input: visitQuery, output: out<{ path: string; rows: number } | null>() },
  'consultations.list': { input: consultationQuery, output: out<Consultation[]>() },
  'consultations.save': { input: consultationInput, output: out<Saved>() },
  'consultations.delete': { input: idOnly, output: out<null>() },
  'consultations.exportLedger': { input: consultationQuery, output: out<{ path: string; rows: number } | null>() },
  'analysis.list': { input: analysisQuery, output: out<AnalysisMeeting[]>() },
  'analysis.save': { input: analysisInput, output: out<Saved>() },
  'analysis.delete': { input: idOnly, output: out<null>() },
  'analysis.exportLedger': { input: analysisQuery, output: out<{ path: string; rows: number } | null>() },
  'recycle.list': { input: noInput, output: out<RecycleItem[]>() },
  'recycle.restore': { input: entityRef, output: out<null>() },
  'recycle.purge': { input: entityRef, output: out<null>() },
  'changes.forRecord': { input: entityRef, output: out<ChangeEntry[]>() },
  'print.pdf': {
    input: printRequest.extend({ fileName: z.string().trim().min(1).max(FILE_BASE_MAX).regex(/^[^\\/:*?"<>|]+$/, '文件名含有不允许的字符').optional() }),
    output: out<{ path: string } | null>()
  },
  'print.dialog': { input: printRequest, output: out<null>() },
  'rules.list': { input: ruleListQuery, output: out<RuleFileView[]>() },
  'rules.setOverride': { input: ruleOverrideInput, output: out<RuleFileView[]>() },
  'development.rules': { input: dev.rulesQuery, output: out<dev.DevRules>() },
  'development.setRules': { input: dev.rulesInput, output: out<dev.DevRules>() },
  'development.list': { input: dev.devQuery, output: out<dev.DevPersonRow[]>() },
  'development.get': { input: idOnly, output: out<dev.DevPersonDetail>() },
  'development.savePerson': { input: dev.devPersonInput, output: out<Saved>() },
  'development.saveRecord': { input: dev.devRecordInput, output: out<Saved>() },
  'development.removeRecord': { input: idOnly, output: out<null>() },
  'development.setOutcome': { input: dev.devOutcomeInput, output: out<Saved>() },
  'development.delete': { input: idOnly, output: out<null>() },
  'development.todos': { input: dev.todoQuery, output: out<dev.DevTodo[]>() },
  'development.plan': { input: dev.planQuery, output: out<dev.DevPlanRow[]>() },
  'development.savePlan': { input: dev.planInput, output: out<null>() },
  'development.exportLedger': { input: dev.ledgerQuery, output: out<{ path: string; rows: number } | null>() },
  'ledgers.exportRoster': {
    input: z.strictObject({ orgId: uuid.optional(), includeFullId: z.boolean().optional().default(false), columns: z.array(z.enum(rosterColumnNames, '不认识的花名册列')).optional() }),
    output: out<{ path: string; rows: number } | null>()
  },
  ...checkupChannels,
  ...duesChannels,
  ...submitChannels,
  ...submitConfigChannels,
  ...mentoringChannels,
  ...volunteerChannels,
  ...draftChannels
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>
export type ChannelParsed<K extends Channel> = z.output<Contract[K]['input']>
export type ChannelOutput<K extends Channel> = Contract[K]['output']

export const channels = Object.keys(contract) as Channel[]

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}
