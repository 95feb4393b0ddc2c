// 议题前置：决策前征求党组织意见的事项，党组织意见与决策结果
import { randomUUID } from 'node:crypto'
import { type Consultation, type ConsultationData, type ConsultationQuery, consultationErrors } from '../../shared/consultations/schemas'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { type ConsultationRecord, consultationStore } from './store'

export function listConsultations(ctx: AppContext, q: ConsultationQuery): Consultation[] {
  return consultationStore.list(ctx.db, { orgIds: q.orgId ? orgSubtree(ctx, q.orgId) : undefined, year: q.year })
}

export function saveConsultation(ctx: AppContext, input: ConsultationData): { id: string; warnings: string[] } {
  const { db } = ctx
  const errors = consultationErrors(input, ctx.today())
  if (errors.length) throw invalid(errors.join('；'))
  if (!orgStore.get(db, input.orgId)) throw notFound('党组织')
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? consultationStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('议题前置记录')
    const rec: ConsultationRecord = { ...input, id: before?.id ?? randomUUID(), createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    if (before) {
      consultationStore.update(db, rec)
      const { orgName: _o, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'consultation', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
    } else {
      consultationStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'consultation', entityId: rec.id, action: 'create', after: rec })
    }
    return rec.id
  })()
  return { id, warnings: [] }
}

export function deleteConsultation(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = consultationStore.get(ctx.db, id)
    if (!before) throw notFound('议题前置记录')
    consultationStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'consultation', entityId: id, action: 'delete', before })
  })()
  return null
}
