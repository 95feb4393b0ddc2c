// 志愿服务活动：登记（参加的党员须在本组织花名册上）、按组织和年度的次数、人次、时长
import { randomUUID } from 'node:crypto'
import { invalid, notFound } from '../../shared/errors'
import { volunteerErrors, volunteerSummary } from '../../shared/volunteer/rules'
import type { VolunteerActivity, VolunteerData, VolunteerYear } from '../../shared/volunteer/schemas'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { type VolunteerRecord, type VolunteerRow, volunteerStore } from './store'

const present = (r: VolunteerRow): VolunteerActivity => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r
  return rest
}

export function volunteerYear(ctx: AppContext, q: { orgId: string; year: number }): VolunteerYear {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const rows = volunteerStore.list(ctx.db, orgSubtree(ctx, q.orgId), `${q.year}-01-01`, `${q.year}-12-31`)
  return { rows: rows.map(present), summary: volunteerSummary(rows) }
}

export function saveVolunteer(ctx: AppContext, input: VolunteerData): { id: string; warnings: string[] } {
  const { db } = ctx
  const errors = volunteerErrors(input, ctx.today())
  if (errors.length) throw invalid(errors.join('；'))
  const org = orgStore.get(db, input.orgId)
  if (!org) throw notFound('党组织')
  const scope = new Set(orgSubtree(ctx, input.orgId))
  const members = memberStore.getMany(db, input.memberIds)
  if (members.length < input.memberIds.length) throw invalid('所选党员有的不在花名册上（可能已被删除），请重新选择')
  const outside = members.filter((m) => !scope.has(m.orgId))
  if (outside.length) throw invalid(`${outside.map((m) => m.name).join('、')}不在「${org.name}」的党员花名册上`)
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? volunteerStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('志愿服务活动')
    const rec: VolunteerRecord = { ...input, id: before?.id ?? randomUUID(), memberNames: members.map((m) => m.name), createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    if (before) {
      volunteerStore.update(db, rec)
      const { orgName: _o, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'volunteerActivity', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
    } else {
      volunteerStore.insert(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'volunteerActivity', entityId: rec.id, action: 'create', after: rec })
    }
    return rec.id
  })()
  return { id, warnings: [] }
}

export function deleteVolunteer(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = volunteerStore.get(ctx.db, id)
    if (!before) throw notFound('志愿服务活动')
    volunteerStore.setDeleted(ctx.db, id, nowStamp())
    const { orgName: _o, ...rec } = before
    logChange(ctx.db, { actor: ctx.actor, entity: 'volunteerActivity', entityId: id, action: 'delete', before: rec })
  })()
  return null
}
