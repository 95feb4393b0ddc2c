// 体检批次：园区综合党委一次为多家企业党组织发起体检，看进度、等次分布和全园区失分最多的指标（共性问题）
import { randomUUID } from 'node:crypto'
import type { Checkup, Round, RoundProgress, RoundSummary } from '../../shared/checkups/schemas'
import type { TemplateBody } from '../../shared/checkups/template'
import { AppError, invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { listCheckups } from './service'
import { checkupStore, roundStore } from './store'
import { getTemplate } from './templates'

export function listRounds(ctx: AppContext): Round[] {
  return roundStore.list(ctx.db)
}

export function saveRound(ctx: AppContext, input: { id?: string; name: string; parkOrgId: string; templateId: string; startDate: string; orgIds: string[] }): { id: string; warnings: string[] } {
  const { db } = ctx
  if (input.startDate > ctx.today()) throw invalid(`开始日期 ${input.startDate} 不能晚于今天`)
  return db.transaction(() => {
    const stamp = nowStamp()
    if (input.id) {
      const before = roundStore.get(db, input.id)
      if (!before) throw notFound('体检批次')
      roundStore.rename(db, input.id, input.name, stamp)
      logChange(db, { actor: ctx.actor, entity: 'checkupRound', entityId: input.id, action: 'update', before: { name: before.name }, after: { name: input.name } })
      return { id: input.id, warnings: [] }
    }
    if (!orgStore.get(db, input.parkOrgId)) throw notFound('发起批次的党组织')
    getTemplate(ctx, input.templateId)
    const under = new Set(orgSubtree(ctx, input.parkOrgId))
    const orgIds = [...new Set(input.orgIds)]
    for (const o of orgIds) if (!under.has(o)) throw invalid('参加体检的党组织应是发起组织或它的下级组织')
    const id = randomUUID()
    roundStore.insert(db, { id, name: input.name, parkOrgId: input.parkOrgId, templateId: input.templateId, startDate: input.startDate, createdAt: stamp }, stamp)
    for (const orgId of orgIds)
      checkupStore.insert(db, {
        id: randomUUID(), orgId, templateId: input.templateId, roundId: id, checkDate: input.startDate, checker: orgStore.get(db, orgId)?.instructor ?? null,
        companion: null, status: 'draft', signedBy: null, signedAt: null, requirements: null, bonus: [], vetoes: [], baseScore: null, totalScore: null,
        stars: null, level: null, conclusion: null, vetoed: false, selfScored: 0, unscored: getTemplate(ctx, input.templateId).itemCount, createdAt: stamp, updatedAt: stamp
      })
    logChange(db, { actor: ctx.actor, entity: 'checkupRound', entityId: id, action: 'create', after: { ...input, orgIds } })
    return { id, warnings: [] }
  })()
}

/** Deletes the round with its checkups nobody has started; refuses while any has scores. */
export function deleteRound(ctx: AppContext, id: string): null {
  const { db } = ctx
  db.transaction(() => {
    const r = roundStore.get(db, id)
    if (!r) throw notFound('体检批次')
    const started = listCheckups(ctx, { roundId: id }).filter((c) => c.progress !== 'not_started')
    if (started.length) throw new AppError('IN_USE', `本批次已有 ${started.length} 家开始体检，不能删除批次`)
    const stamp = nowStamp()
    roundStore.setDeleted(db, id, stamp)
    db.prepare('UPDATE checkups SET deleted_at = ? WHERE round_id = ? AND deleted_at IS NULL').run(stamp, id)
    logChange(db, { actor: ctx.actor, entity: 'checkupRound', entityId: id, action: 'delete', before: r })
  })()
  return null
}

/** Pure summary of a round's checkups: progress, grade distribution, most lost indicators. */
export function summariseRound(body: TemplateBody, checkups: (Checkup & { lost: Record<string, number> })[]): Omit<RoundSummary, 'round' | 'checkups'> {
  const progress: Record<RoundProgress, number> = { not_started: 0, self_assessed: 0, reviewed: 0 }
  const levels = new Map<string, number>(body.grades.levels.map((l) => [l.name, 0]))
  const stars = new Map<number, number>()
  const losses = new Map<string, { lost: number; orgs: number }>()
  for (const c of checkups) {
    progress[c.progress]++
    if (c.progress !== 'reviewed') continue
    if (c.level) levels.set(c.level, (levels.get(c.level) ?? 0) + 1)
    if (c.stars !== null) stars.set(c.stars, (stars.get(c.stars) ?? 0) + 1)
    for (const [code, lost] of Object.entries(c.lost)) {
      const x = losses.get(code) ?? { lost: 0, orgs: 0 }
      x.lost += Math.round(lost * 100)
      x.orgs++
      losses.set(code, x)
    }
  }
  const commonLosses = [...losses.entries()]
    .map(([code, x]) => {
      const item = body.items.find((i) => i.code === code)
      return { code, content: item?.content ?? code, section: body.sections.find((s) => s.code === item?.section)?.name ?? '', lost: x.lost / 100, orgs: x.orgs }
    })
    .sort((a, b) => b.lost - a.lost || b.orgs - a.orgs || a.code.localeCompare(b.code))
    .slice(0, 10)
  return {
    progress,
    levels: [...levels.entries()].map(([name, count]) => ({ name, count })),
    stars: [...stars.entries()].sort((a, b) => b[0] - a[0]).map(([s, count]) => ({ stars: s, count })),
    commonLosses
  }
}

export function getRound(ctx: AppContext, id: string): RoundSummary {
  const round = roundStore.get(ctx.db, id)
  if (!round) throw notFound('体检批次')
  const template = getTemplate(ctx, round.templateId)
  const checkups = listCheckups(ctx, { roundId: id }).sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh-CN'))
  const full = new Map(template.body.items.map((i) => [i.code, Math.round(i.score * 100)]))
  const lostRows = ctx.db
    .prepare('SELECT i.checkup_id, i.code, i.check_score FROM checkup_items i JOIN checkups c ON c.id = i.checkup_id WHERE c.round_id = ? AND c.deleted_at IS NULL AND i.check_score IS NOT NULL')
    .all(id) as { checkup_id: string; code: string; check_score: number }[]
  const lost = new Map<string, Record<string, number>>()
  for (const r of lostRows) {
    const l = (full.get(r.code) ?? 0) - Math.round(r.check_score * 100)
    if (l <= 0) continue
    const m = lost.get(r.checkup_id) ?? {}
    m[r.code] = l / 100
    lost.set(r.checkup_id, m)
  }
  return { round, checkups, ...summariseRound(template.body, checkups.map((c) => ({ ...c, lost: lost.get(c.id) ?? {} }))) }
}
