// 党建体检：录入与计分（与界面同一个计分函数）、签字确认与「重新打开」、删除进回收站、扣分项转为整改问题
import { randomUUID } from 'node:crypto'
import type { Checkup, CheckupData, CheckupDetail, CheckupHeader, ProblemDraft, RoundProgress } from '../../shared/checkups/schemas'
import { checkScores, type ScoreInput, scoreCheckup } from '../../shared/checkups/scoring'
import type { CheckupTemplate } from '../../shared/checkups/template'
import { addMonths } from '../../shared/dates'
import { AppError, invalid, notFound } from '../../shared/errors'
import { problemInput } from '../../shared/problems/schemas'
import { listAttachments } from '../attachments/service'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { createProblems, listProblems } from '../problems/service'
import { suggestScores } from './metrics'
import { type CheckupRecord, type CheckupRow, checkupStore, roundStore } from './store'
import { getTemplate } from './templates'

/** Attachment owners: evidence per item, and papers of the whole checkup (the signed scan). */
export const CHECKUP_ITEM_OWNER = 'checkupItem'
export const CHECKUP_OWNER = 'checkup'

export function progressOf(c: Pick<CheckupRecord, 'status' | 'selfScored' | 'unscored'>, itemCount: number): RoundProgress {
  if (c.status === 'signed') return 'reviewed'
  return c.selfScored > 0 || c.unscored < itemCount ? 'self_assessed' : 'not_started'
}

export function presentCheckup(r: CheckupRow, itemCount: number, problems: { open: number; overdue: number } = { open: 0, overdue: 0 }): Checkup {
  return {
    id: r.id, orgId: r.orgId, orgName: r.orgName, enterpriseName: r.enterpriseName, templateId: r.templateId, templateVersion: r.templateVersion,
    roundId: r.roundId, roundName: r.roundName, checkDate: r.checkDate, checker: r.checker, companion: r.companion, status: r.status,
    signedBy: r.signedBy, signedAt: r.signedAt, requirements: r.requirements, total: r.totalScore, stars: r.stars, level: r.level,
    conclusion: r.conclusion, vetoed: r.vetoed, progress: progressOf(r, itemCount), openProblems: problems.open, overdueProblems: problems.overdue, createdAt: r.createdAt, updatedAt: r.updatedAt
  }
}

const scoreInput = (items: { code: string; selfScore: number | null; checkScore: number | null; reason: string | null }[], data: Pick<CheckupData, 'bonus' | 'vetoes'>): ScoreInput => ({
  items: Object.fromEntries(items.map((i) => [i.code, i])),
  bonus: data.bonus,
  vetoes: data.vetoes.map((v) => v.code)
})

export function listCheckups(ctx: AppContext, q: { orgId?: string; roundId?: string }): Checkup[] {
  const counts = new Map<string, number>()
  const problems = new Map<string, { open: number; overdue: number }>()
  for (const p of listProblems(ctx, { source: 'checkup' })) {
    if (!p.sourceId || p.status === 'closed') continue
    const x = problems.get(p.sourceId) ?? { open: 0, overdue: 0 }
    x.open++
    if (p.overdue) x.overdue++
    problems.set(p.sourceId, x)
  }
  return checkupStore.list(ctx.db, q).map((r) => {
    if (!counts.has(r.templateId)) counts.set(r.templateId, getTemplate(ctx, r.templateId).itemCount)
    return presentCheckup(r, counts.get(r.templateId)!, problems.get(r.id))
  })
}

function headerOf(ctx: AppContext, orgId: string): CheckupHeader {
  const org = orgStore.get(ctx.db, orgId)
  if (!org) throw notFound('党组织')
  const ids = orgSubtree(ctx, orgId)
  const counts = ctx.db
    .prepare(`SELECT SUM(category = 'full') AS f, SUM(category = 'probationary') AS p FROM members WHERE deleted_at IS NULL AND status <> 'left' AND org_id IN (${ids.map(() => '?').join(',')})`)
    .get(...ids) as { f: number | null; p: number | null }
  return {
    enterpriseName: org.enterpriseName,
    creditCode: org.creditCode,
    orgName: org.name,
    orgType: org.orgType,
    parentName: org.parentId ? (orgStore.get(ctx.db, org.parentId)?.name ?? null) : null,
    secretary: org.secretary,
    fullMembers: counts.f ?? 0,
    probationaryMembers: counts.p ?? 0,
    activists: null,
    employees: org.employees
  }
}

export function getCheckup(ctx: AppContext, id: string): CheckupDetail {
  const r = checkupStore.get(ctx.db, id)
  if (!r) throw notFound('体检记录')
  const template = getTemplate(ctx, r.templateId)
  const items = checkupStore.items(ctx.db, id)
  const problems = listProblems(ctx, { source: 'checkup', sourceId: id }).map((p) => ({
    id: p.id, code: p.code, indicatorCode: p.indicatorCode, description: p.description, severity: p.severity, status: p.status, deadline: p.deadline, overdue: p.overdue
  }))
  return {
    checkup: presentCheckup(r, template.itemCount, { open: problems.filter((p) => p.status !== 'closed').length, overdue: problems.filter((p) => p.overdue).length }),
    template,
    items,
    bonus: r.bonus,
    vetoes: r.vetoes,
    score: scoreCheckup(template.body, scoreInput(items, r)),
    suggestions: suggestScores(ctx, r.orgId, r.checkDate, template.body.items),
    files: Object.fromEntries(items.map((i) => [i.code, listAttachments(ctx, CHECKUP_ITEM_OWNER, i.id).map((a) => a.fileName)]).filter(([, f]) => f.length)),
    header: headerOf(ctx, r.orgId),
    problems
  }
}

/** Validates and computes; throws a Chinese INVALID error and saves nothing when something is wrong. */
function prepare(ctx: AppContext, input: CheckupData): { template: CheckupTemplate; cached: Pick<CheckupRecord, 'baseScore' | 'totalScore' | 'stars' | 'level' | 'conclusion' | 'vetoed' | 'selfScored' | 'unscored'> } {
  if (input.checkDate > ctx.today()) throw invalid(`体检日期 ${input.checkDate} 不能晚于今天`)
  if (!orgStore.get(ctx.db, input.orgId)) throw notFound('被体检的党组织')
  const template = getTemplate(ctx, input.templateId)
  if ((ctx.db.prepare('SELECT deleted_at FROM checkup_templates WHERE id = ?').get(input.templateId) as { deleted_at: string | null }).deleted_at) throw notFound('体检模板')
  if (input.roundId && !roundStore.get(ctx.db, input.roundId)) throw notFound('体检批次')
  const codes = input.items.map((i) => i.code)
  if (new Set(codes).size !== codes.length) throw invalid('同一检查项出现了两次')
  const si = scoreInput(input.items, input)
  const errors = checkScores(template.body, si)
  if (errors.length) throw invalid(errors.slice(0, 5).join('；') + (errors.length > 5 ? `；等 ${errors.length} 处` : ''))
  const s = scoreCheckup(template.body, si)
  return {
    template,
    cached: { baseScore: s.base, totalScore: s.total, stars: s.stars, level: s.level, conclusion: s.conclusion, vetoed: s.vetoed, selfScored: s.selfScored, unscored: s.unscored }
  }
}

/** `newId` gives a new checkup a fixed id (demo data). */
export function saveCheckup(ctx: AppContext, input: CheckupData, newId?: string): { id: string; warnings: string[] } {
  const { db } = ctx
  return db.transaction(() => {
    const { cached } = prepare(ctx, input)
    const stamp = nowStamp()
    const fields = { orgId: input.orgId, templateId: input.templateId, roundId: input.roundId, checkDate: input.checkDate, checker: input.checker, companion: input.companion, requirements: input.requirements, bonus: input.bonus, vetoes: input.vetoes, ...cached }
    let id = input.id
    if (id) {
      const before = checkupStore.get(db, id)
      if (!before) throw notFound('体检记录')
      if (before.status === 'signed') throw new AppError('SIGNED', '这次体检已签字确认，不能修改；如需修改请先「重新打开」')
      if (before.templateId !== input.templateId) throw invalid('体检开始后不能更换指标模板，请新建一次体检')
      if (before.orgId !== input.orgId) throw invalid('不能把体检记录改到另一个党组织')
      const { orgName: _o, enterpriseName: _e, templateVersion: _t, roundName: _r, ...beforeRec } = before
      const rec: CheckupRecord = { ...beforeRec, ...fields, updatedAt: stamp }
      checkupStore.update(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'checkup', entityId: id, action: 'update', before: { ...beforeRec, items: checkupStore.items(db, id) }, after: { ...rec, items: input.items } })
    } else {
      id = newId ?? randomUUID()
      const rec: CheckupRecord = { id, ...fields, status: 'draft', signedBy: null, signedAt: null, createdAt: stamp, updatedAt: stamp }
      checkupStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'checkup', entityId: id, action: 'create', after: { ...rec, items: input.items } })
    }
    const existing = new Map(checkupStore.items(db, id).map((i) => [i.code, i.id]))
    for (const i of input.items) checkupStore.upsertItem(db, id, existing.get(i.code) ?? randomUUID(), i)
    return { id, warnings: [] }
  })()
}

export function signOffCheckup(ctx: AppContext, input: { id: string; signer: string }): Checkup {
  const { db } = ctx
  db.transaction(() => {
    const c = checkupStore.get(db, input.id)
    if (!c) throw notFound('体检记录')
    if (c.status === 'signed') throw invalid('这次体检已经签字确认过了')
    if (c.unscored) throw invalid(`还有 ${c.unscored} 项没有填体检得分，不能签字确认`)
    const { orgName: _o, enterpriseName: _e, templateVersion: _t, roundName: _r, ...rec } = c
    checkupStore.update(db, { ...rec, status: 'signed', signedBy: input.signer, signedAt: nowStamp(), updatedAt: nowStamp() })
    logChange(db, { actor: ctx.actor, entity: 'checkup', entityId: c.id, action: 'update', before: { signedBy: null, signedAt: null }, after: { signedBy: input.signer, signedAt: nowStamp() } })
  })()
  return getCheckup(ctx, input.id).checkup
}

/** 「重新打开」：签字确认后要改，必须写明原因，记入变更日志。 */
export function reopenCheckup(ctx: AppContext, input: { id: string; reason: string }): Checkup {
  const { db } = ctx
  db.transaction(() => {
    const c = checkupStore.get(db, input.id)
    if (!c) throw notFound('体检记录')
    if (c.status !== 'signed') throw invalid('这次体检还没有签字确认，不需要重新打开')
    const { orgName: _o, enterpriseName: _e, templateVersion: _t, roundName: _r, ...rec } = c
    checkupStore.update(db, { ...rec, status: 'draft', signedBy: null, signedAt: null, updatedAt: nowStamp() })
    logChange(db, { actor: ctx.actor, entity: 'checkup', entityId: c.id, action: 'update', before: { signedBy: c.signedBy, signedAt: c.signedAt }, after: { signedBy: null, signedAt: null, reason: input.reason } })
  })()
  return getCheckup(ctx, input.id).checkup
}

export function deleteCheckup(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const c = checkupStore.get(ctx.db, id)
    if (!c) throw notFound('体检记录')
    if (c.status === 'signed') throw new AppError('SIGNED', '已签字确认的体检不能删除；如确需删除请先「重新打开」')
    checkupStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'checkup', entityId: id, action: 'delete', before: c })
  })()
  return null
}

/** Each deducted item and each veto proposes a problem; ones already registered for this checkup are left out. */
export function proposeProblems(ctx: AppContext, id: string): ProblemDraft[] {
  const d = getCheckup(ctx, id)
  const done = new Set(d.problems.map((p) => p.indicatorCode))
  const org = orgStore.get(ctx.db, d.checkup.orgId)
  const deadline = addMonths(d.checkup.checkDate, 3)
  const out: ProblemDraft[] = []
  for (const v of d.vetoes) {
    const def = d.template.body.vetoes.find((x) => x.code === v.code)
    if (!def || done.has(v.code)) continue
    out.push({ indicatorCode: v.code, description: `否决项：${def.content}${v.note ? `（${v.note}）` : ''}`, severity: 'veto', measure: null, owner: org?.secretary ?? null, deadline })
  }
  for (const ded of d.score.deductions) {
    const item = d.template.body.items.find((i) => i.code === ded.code)!
    if (done.has(ded.code)) continue
    out.push({
      indicatorCode: ded.code,
      description: `${item.group}：${ded.reason ?? item.content}（扣 ${ded.lost} 分）`,
      severity: ded.lost >= item.score ? 'serious' : 'normal',
      measure: null,
      owner: org?.secretary ?? null,
      deadline
    })
  }
  return out
}

/** The confirmed proposals go to the problems domain: source 体检, this checkup, the round's name. */
export function confirmCheckupProblems(ctx: AppContext, input: { id: string; problems: ProblemDraft[] }): string[] {
  const d = getCheckup(ctx, input.id)
  const done = new Set(d.problems.map((p) => p.indicatorCode))
  const valid = new Set([...d.template.body.items.map((i) => i.code), ...d.template.body.vetoes.map((v) => v.code)])
  const label = d.checkup.roundName ?? `${d.checkup.checkDate.slice(0, 4)}年党建体检`
  return ctx.db.transaction(() =>
    createProblems(
      ctx,
      input.problems.map((p) => {
        if (!valid.has(p.indicatorCode)) throw invalid(`模板里没有指标 ${p.indicatorCode}`)
        if (done.has(p.indicatorCode)) throw invalid(`指标 ${p.indicatorCode} 的问题已经登记过了`)
        done.add(p.indicatorCode)
        const section = d.template.body.items.find((i) => i.code === p.indicatorCode)?.section
        const category = d.template.body.sections.find((s) => s.code === section)?.category ?? null
        if (p.deadline && p.deadline < d.checkup.checkDate) throw invalid(`${p.indicatorCode} 的整改时限不能早于体检日期`)
        return problemInput.parse({
          orgId: d.checkup.orgId, source: 'checkup', sourceId: d.checkup.id, sourceLabel: label, indicatorCode: p.indicatorCode,
          description: p.description, category, severity: p.severity, measure: p.measure, owner: p.owner, deadline: p.deadline, foundDate: d.checkup.checkDate
        })
      })
    )
  )()
}
