// 问题清单与整改：登记、按状态流转、逾期标记、删除进回收站。体检、走访等领域用 createProblems 把发现的问题转进来。
import { randomUUID } from 'node:crypto'
import { AppError, invalid, notFound } from '../../shared/errors'
import { checkTransition, isOverdue } from '../../shared/problems/flow'
import type { Problem, ProblemData, ProblemQuery } from '../../shared/problems/schemas'
import type { z } from 'zod'
import type { problemBatchTransition, problemTransition } from '../../shared/problems/schemas'
import { attachmentStore } from '../attachments/store'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { type ProblemRecord, type ProblemRow, problemStore } from './store'

/** Evidence files hang on the problem as attachments with this owner. */
export const PROBLEM_OWNER = 'problem'

const present = (r: ProblemRow, today: string, files: Map<string, string[]>): Problem => ({ ...r, files: files.get(r.id) ?? [], overdue: isOverdue(r, today) })

export function listProblems(ctx: AppContext, q: ProblemQuery): Problem[] {
  const today = ctx.today()
  const rows = problemStore.list(ctx.db, {
    orgIds: q.orgId ? orgSubtree(ctx, q.orgId) : undefined,
    status: q.status,
    source: q.source,
    sourceId: q.sourceId
  })
  const files = attachmentStore.namesByOwner(ctx.db, PROBLEM_OWNER)
  return rows.map((r) => present(r, today, files)).filter((p) => !q.overdueOnly || p.overdue)
}

function checkDates(ctx: AppContext, input: ProblemData): void {
  const today = ctx.today()
  if (input.foundDate && input.foundDate > today) throw invalid(`发现日期 ${input.foundDate} 不能晚于今天`)
  if (input.deadline && input.foundDate && input.deadline < input.foundDate) throw invalid('整改时限不能早于发现日期')
}

/** Registers problems in one transaction (the caller's, when it has one). */
export function createProblems(ctx: AppContext, inputs: ProblemData[]): string[] {
  const { db } = ctx
  return db.transaction(() =>
    inputs.map((input) => {
      checkDates(ctx, input)
      if (!orgStore.get(db, input.orgId)) throw notFound('问题所属的党组织')
      const stamp = nowStamp()
      const foundDate = input.foundDate ?? ctx.today()
      const rec: ProblemRecord = {
        ...input,
        id: randomUUID(),
        code: problemStore.nextCode(db, foundDate.slice(0, 4)),
        status: 'pending',
        foundDate,
        completedDate: null,
        evidence: null,
        reviewer: null,
        reviewOpinion: null,
        closedDate: null,
        createdAt: stamp,
        updatedAt: stamp
      }
      problemStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'problem', entityId: rec.id, action: 'create', after: rec })
      return rec.id
    })
  )()
}

export function saveProblem(ctx: AppContext, input: ProblemData): { id: string; warnings: string[] } {
  if (!input.id) return { id: createProblems(ctx, [input])[0], warnings: [] }
  const { db } = ctx
  checkDates(ctx, input)
  db.transaction(() => {
    const before = problemStore.get(db, input.id!)
    if (!before) throw notFound('整改问题')
    if (before.status === 'closed') throw invalid('已销号的问题不能修改，如需修改请先「重新打开」')
    const { orgName: _o, enterpriseName: _e, ...beforeRec } = before
    const rec: ProblemRecord = { ...beforeRec, ...input, id: before.id, foundDate: input.foundDate ?? before.foundDate, updatedAt: nowStamp() }
    problemStore.update(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'problem', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
  })()
  return { id: input.id, warnings: [] }
}

export function transitionProblem(ctx: AppContext, t: z.output<typeof problemTransition>): Problem {
  const { db } = ctx
  const today = ctx.today()
  db.transaction(() => {
    const before = problemStore.get(db, t.id)
    if (!before) throw notFound('整改问题')
    const files = attachmentStore.list(db, PROBLEM_OWNER, t.id).length
    const data = { ...t, completedDate: t.completedDate ?? before.completedDate, evidence: t.evidence ?? before.evidence, files }
    const errors = checkTransition(before.status, t.to, data, today)
    if (errors.length) throw invalid(errors.join('；'))
    const { orgName: _o, enterpriseName: _e, ...beforeRec } = before
    const rec: ProblemRecord = {
      ...beforeRec,
      status: t.to,
      completedDate: t.to === 'awaiting_review' ? data.completedDate : before.completedDate,
      evidence: data.evidence,
      reviewer: t.to === 'closed' || t.to === 'in_progress' ? (t.reviewer ?? before.reviewer) : before.reviewer,
      reviewOpinion: t.reviewOpinion ?? before.reviewOpinion,
      closedDate: t.to === 'closed' ? today : null,
      updatedAt: nowStamp()
    }
    problemStore.update(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'problem', entityId: rec.id, action: 'update', before: beforeRec, after: { ...rec, reason: t.reason ?? undefined } })
  })()
  return present(problemStore.get(db, t.id)!, today, new Map([[t.id, attachmentStore.list(db, PROBLEM_OWNER, t.id).map((a) => a.fileName)]]))
}

/** One step for several problems in one transaction: if any of them can't take it, none moves and the message names it. */
export function transitionProblems(ctx: AppContext, t: z.output<typeof problemBatchTransition>): { moved: number } {
  const { ids, ...step } = t
  ctx.db.transaction(() => {
    for (const id of new Set(ids)) {
      try {
        transitionProblem(ctx, { ...step, id })
      } catch (e) {
        const code = problemStore.get(ctx.db, id)?.code
        if (e instanceof AppError && code) throw new AppError(e.code, `${code}：${e.message}（勾选的问题都没有改动）`)
        throw e
      }
    }
  })()
  return { moved: new Set(ids).size }
}

export function deleteProblem(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = problemStore.get(ctx.db, id)
    if (!before) throw notFound('整改问题')
    problemStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'problem', entityId: id, action: 'delete', before })
  })()
  return null
}
