// 经营分析会：党组织参加的分析会，提出与被采纳的建议
import { randomUUID } from 'node:crypto'
import { type AnalysisData, type AnalysisMeeting, type AnalysisQuery, analysisErrors } from '../../shared/analysis/schemas'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { type AnalysisRecord, analysisStore } from './store'

export function listAnalysisMeetings(ctx: AppContext, q: AnalysisQuery): AnalysisMeeting[] {
  return analysisStore.list(ctx.db, { orgIds: q.orgId ? orgSubtree(ctx, q.orgId) : undefined, year: q.year })
}

export function saveAnalysisMeeting(ctx: AppContext, input: AnalysisData): { id: string; warnings: string[] } {
  const { db } = ctx
  const errors = analysisErrors(input, ctx.today())
  if (errors.length) throw invalid(errors.join('；'))
  if (!orgStore.get(db, input.orgId)) throw notFound('党组织')
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? analysisStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('经营分析会记录')
    const rec: AnalysisRecord = { ...input, id: before?.id ?? randomUUID(), createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    if (before) {
      analysisStore.update(db, rec)
      const { orgName: _o, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'analysisMeeting', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
    } else {
      analysisStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'analysisMeeting', entityId: rec.id, action: 'create', after: rec })
    }
    return rec.id
  })()
  return { id, warnings: [] }
}

export function deleteAnalysisMeeting(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = analysisStore.get(ctx.db, id)
    if (!before) throw notFound('经营分析会记录')
    analysisStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'analysisMeeting', entityId: id, action: 'delete', before })
  })()
  return null
}
