// 通道 → 服务：每次调用先按契约校验输入，失败时返回带中文说明的 { code, message }
import type { z } from 'zod'
import { type Channel, type ChannelOutput, type ChannelParsed, contract, isChannel } from '../shared/contract'
import { AppError, type ApiResult } from '../shared/errors'
import { fieldLabel } from '../shared/labels'
import { appInfo } from './app/service'
import { listAttachments, openAttachment, removeAttachment, uploadAttachment } from './attachments/service'
import { listBackups, manualBackup, restoreBackup } from './backup/service'
import { changesFor } from './changes/service'
import { checkupHandlers } from './checkups/handlers'
import { duesHandlers } from './dues/handlers'
import { submitHandlers } from './submit/handlers'
import { submitConfigHandlers } from './sealing/handlers'
import { mentoringHandlers } from './mentoring/handlers'
import { volunteerHandlers } from './volunteer/handlers'
import { draftHandlers } from './drafts/handlers'
import type { AppContext } from './context'
import { describeSystemError } from './db/errors'
import { dashboardSummary } from './dashboard/service'
import { exportDevelopmentLedger } from './development/ledger'
import { listTodos, planReport, savePlan } from './development/reminders'
import { developmentRules, setDevelopmentRules } from './development/rules'
import { listRules, setRuleOverride } from './rules/service'
import * as dev from './development/service'
import { importCommit, importPreview, importTemplate } from './members/import/service'
import { exportRoster } from './members/ledger'
import { deleteMember, getMember, listMembers, revealMember, saveMember } from './members/service'
import { deleteOrg, listOrgs, saveOrg } from './org/service'
import { exportPdf, printWithDialog } from './print/service'
import { exportProblems } from './problems/ledger'
import { deleteProblem, listProblems, saveProblem, transitionProblem, transitionProblems } from './problems/service'
import { purgeRecycled, restoreRecycled, listRecycle } from './recycle/service'
import { exportAnalysisMeetings } from './analysis/ledger'
import { deleteAnalysisMeeting, listAnalysisMeetings, saveAnalysisMeeting } from './analysis/service'
import { exportConsultations } from './consultations/ledger'
import { deleteConsultation, listConsultations, saveConsultation } from './consultations/service'
import { exportMeetingLedger } from './meetings/ledger'
import { educationHours, meetingCompliance } from './meetings/reports'
import { expectedRoster } from './meetings/roster'
import { deleteMeeting, getMeeting, listMeetings, saveMeeting } from './meetings/service'
import { exportVisits } from './visits/ledger'
import { deleteVisit, listVisits, saveVisit, visitCoverage, visitToProblems } from './visits/service'
import { codeTables } from './seeds/codes'
import { loadDemo } from './seeds/demo'

type Handlers = { [K in Channel]: (input: ChannelParsed<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>> }

export function createHandlers(ctx: AppContext): Handlers {
  return {
    'app.info': () => appInfo(ctx),
    'app.loadDemo': () => loadDemo(ctx),
    'attachments.list': ({ owner, ownerId }) => listAttachments(ctx, owner, ownerId),
    'attachments.add': (u) => uploadAttachment(ctx, u),
    'attachments.remove': ({ id }) => removeAttachment(ctx, id),
    'attachments.open': ({ id }) => openAttachment(ctx, id),
    'backup.list': () => listBackups(ctx),
    'backup.create': () => manualBackup(ctx),
    'backup.restore': (src) => restoreBackup(ctx, src),
    'dashboard.summary': (q) => dashboardSummary(ctx, q),
    'codes.all': () => codeTables,
    'org.list': () => listOrgs(ctx),
    'org.save': (input) => saveOrg(ctx, input),
    'org.delete': ({ id }) => deleteOrg(ctx, id),
    'members.list': (q) => listMembers(ctx, q),
    'members.get': ({ id }) => getMember(ctx, id),
    'members.save': (input) => saveMember(ctx, input),
    'members.delete': ({ id }) => deleteMember(ctx, id),
    'members.importTemplate': () => importTemplate(ctx),
    'members.importPreview': (u) => importPreview(ctx, u),
    'members.importCommit': (u) => importCommit(ctx, u),
    'members.reveal': ({ id, field }) => revealMember(ctx, id, field),
    'problems.list': (q) => listProblems(ctx, q),
    'problems.save': (input) => saveProblem(ctx, input),
    'problems.transition': (t) => transitionProblem(ctx, t),
    'problems.transitionMany': (t) => transitionProblems(ctx, t),
    'problems.delete': ({ id }) => deleteProblem(ctx, id),
    'problems.exportLedger': (q) => exportProblems(ctx, q),
    'meetings.list': (q) => listMeetings(ctx, q),
    'meetings.get': ({ id }) => getMeeting(ctx, id),
    'meetings.roster': (q) => expectedRoster(ctx, q.orgId, q.date, q.type),
    'meetings.save': (input) => saveMeeting(ctx, input),
    'meetings.delete': ({ id }) => deleteMeeting(ctx, id),
    'meetings.compliance': (q) => meetingCompliance(ctx, q.orgId, q.year),
    'meetings.hours': (q) => educationHours(ctx, q.orgId, q.year),
    'meetings.exportLedger': (q) => exportMeetingLedger(ctx, q),
    'visits.list': (q) => listVisits(ctx, q),
    'visits.save': (input) => saveVisit(ctx, input),
    'visits.delete': ({ id }) => deleteVisit(ctx, id),
    'visits.toProblems': ({ id }) => visitToProblems(ctx, id),
    'visits.coverage': ({ month }) => visitCoverage(ctx, month),
    'visits.exportLedger': (q) => exportVisits(ctx, q),
    'consultations.list': (q) => listConsultations(ctx, q),
    'consultations.save': (input) => saveConsultation(ctx, input),
    'consultations.delete': ({ id }) => deleteConsultation(ctx, id),
    'consultations.exportLedger': (q) => exportConsultations(ctx, q),
    'analysis.list': (q) => listAnalysisMeetings(ctx, q),
    'analysis.save': (input) => saveAnalysisMeeting(ctx, input),
    'analysis.delete': ({ id }) => deleteAnalysisMeeting(ctx, id),
    'analysis.exportLedger': (q) => exportAnalysisMeetings(ctx, q),
    'recycle.list': () => listRecycle(ctx),
    'recycle.restore': (ref) => restoreRecycled(ctx, ref),
    'recycle.purge': (ref) => purgeRecycled(ctx, ref),
    'changes.forRecord': (ref) => changesFor(ctx, ref),
    'print.pdf': (req) => exportPdf(ctx, req),
    'print.dialog': (req) => printWithDialog(ctx, req),
    'ledgers.exportRoster': (q) => exportRoster(ctx, q),
    'rules.list': (q) => listRules(ctx, q.orgId ?? null),
    'rules.setOverride': (input) => setRuleOverride(ctx, input),
    'development.rules': (q) => developmentRules(ctx, q?.orgId ?? null),
    'development.setRules': (input) => setDevelopmentRules(ctx, input),
    'development.list': (q) => dev.listPeople(ctx, q),
    'development.get': ({ id }) => dev.getPerson(ctx, id),
    'development.savePerson': (input) => dev.savePerson(ctx, input),
    'development.saveRecord': (input) => dev.saveRecord(ctx, input),
    'development.removeRecord': ({ id }) => dev.removeRecord(ctx, id),
    'development.setOutcome': (input) => dev.setOutcome(ctx, input),
    'development.delete': ({ id }) => dev.deletePerson(ctx, id),
    'development.todos': (q) => listTodos(ctx, q),
    'development.plan': (q) => planReport(ctx, q),
    'development.savePlan': (input) => savePlan(ctx, input),
    'development.exportLedger': (q) => exportDevelopmentLedger(ctx, q),
    ...checkupHandlers(ctx),
    ...duesHandlers(ctx),
    ...submitHandlers(ctx),
    ...submitConfigHandlers(ctx),
    ...mentoringHandlers(ctx),
    ...volunteerHandlers(ctx),
    ...draftHandlers(ctx)
  }
}

export type Dispatch = (channel: unknown, payload: unknown) => Promise<ApiResult<unknown>>

export function createDispatch(ctx: AppContext, log: (msg: string) => void = console.error): Dispatch {
  const handlers = createHandlers(ctx) as Record<Channel, (input: unknown) => unknown>
  return async (channel, payload) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'NO_CHANNEL', message: '未知的操作' } }
    const parsed = (contract[channel].input as z.ZodType).safeParse(payload)
    if (!parsed.success) return { ok: false, error: { code: 'INVALID', message: describeIssues(parsed.error.issues) } }
    try {
      return { ok: true, data: await handlers[channel](parsed.data) }
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: { code: e.code, message: e.message } }
      const known = describeSystemError(e)
      if (known) {
        log(`[${channel}] ${String(e)}`)
        return { ok: false, error: { code: known.code, message: known.message } }
      }
      log(`[${channel}] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
      return { ok: false, error: { code: 'INTERNAL', message: '操作没有完成，数据未改动。请重试；如果反复出现，请联系技术支持。' } }
    }
  }
}


function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const key = i.path.filter((p) => typeof p === 'string').pop()
      if (i.code === 'unrecognized_keys') return `不认识的字段：${i.keys.join('、')}`
      if (!key || i.message.includes(fieldLabel(key))) return i.message
      return `${fieldLabel(key)}：${i.message}`
    })
    .join('；')
}
