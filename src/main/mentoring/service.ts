// 红师傅带蓝徒弟：结对登记（师傅须在花名册上、未出党）、出师与成效、按组织和年度的统计
import { randomUUID } from 'node:crypto'
import { toFen } from '../../shared/dues/calc'
import { invalid, notFound } from '../../shared/errors'
import { mentoringSummary, mentorshipErrors } from '../../shared/mentoring/rules'
import type { MentoringYear, Mentorship, MentorshipData } from '../../shared/mentoring/schemas'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { type MentorshipRecord, type MentorshipRow, mentorshipStore } from './store'

const present = (r: MentorshipRow): Mentorship => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r
  return rest
}

/** 组织（含下级）这一年结过对的师带徒，和这一年的成效。 */
export function mentoringYear(ctx: AppContext, q: { orgId: string; year: number }): MentoringYear {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const rows = mentorshipStore.list(ctx.db, orgSubtree(ctx, q.orgId), `${q.year}-01-01`, `${q.year}-12-31`)
  return { rows: rows.map(present), summary: mentoringSummary(rows, q.year) }
}

/** 师傅：组织（含下级）花名册上的党员，不能是已出党的。 */
function mentorOrThrow(ctx: AppContext, mentorId: string, orgId: string, orgName: string): { name: string } {
  const m = memberStore.get(ctx.db, mentorId)
  if (!m) throw invalid('所选师傅不在党员花名册上（可能已被删除），请重新选择')
  if (m.status === 'left') throw invalid(`${m.name}已出党，不能担任「红师傅」`)
  if (!orgSubtree(ctx, orgId).includes(m.orgId)) throw invalid(`${m.name}不在「${orgName}」的党员花名册上，请选择本组织的党员作师傅`)
  return { name: m.name }
}

export function saveMentorship(ctx: AppContext, input: MentorshipData): { id: string; warnings: string[] } {
  const { db } = ctx
  const errors = mentorshipErrors(input, ctx.today())
  if (errors.length) throw invalid(errors.join('；'))
  const org = orgStore.get(db, input.orgId)
  if (!org) throw notFound('党组织')
  const mentor = mentorOrThrow(ctx, input.mentorId, input.orgId, org.name)
  if (input.devPersonId && !db.prepare('SELECT 1 FROM dev_people WHERE id = ? AND deleted_at IS NULL').get(input.devPersonId))
    throw invalid('关联的发展党员记录不存在或已被删除')
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? mentorshipStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('师带徒结对')
    const { savingsYuan, ...rest } = input
    const rec: MentorshipRecord = {
      ...rest, id: before?.id ?? randomUUID(), mentorName: mentor.name, savingsFen: toFen(savingsYuan)!,
      createdAt: before?.createdAt ?? stamp, updatedAt: stamp
    }
    if (before) {
      mentorshipStore.update(db, rec)
      const { orgName: _o, devPersonName: _d, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'mentorship', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
    } else {
      mentorshipStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'mentorship', entityId: rec.id, action: 'create', after: rec })
    }
    return rec.id
  })()
  const warnings = input.pairStatus === 'paired' && input.plannedEndDate < ctx.today() ? [`计划出师日期 ${input.plannedEndDate} 已过，请登记出师或中止`] : []
  return { id, warnings }
}

export function deleteMentorship(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = mentorshipStore.get(ctx.db, id)
    if (!before) throw notFound('师带徒结对')
    mentorshipStore.setDeleted(ctx.db, id, nowStamp())
    const { orgName: _o, devPersonName: _d, ...rec } = before
    logChange(ctx.db, { actor: ctx.actor, entity: 'mentorship', entityId: id, action: 'delete', before: rec })
  })()
  return null
}
