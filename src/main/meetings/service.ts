// 组织生活：会议登记（到会从花名册选）、查看、删除进回收站；组织生活会的整改清单转入问题整改
import { randomUUID } from 'node:crypto'
import { invalid, notFound } from '../../shared/errors'
import { type RosterEntry, attendanceErrors, meetingFieldErrors, quorumWarning, reviewErrors, reviewWarning } from '../../shared/meetings/attendance'
import type { Meeting, MeetingData, MeetingQuery, MeetingRow } from '../../shared/meetings/schemas'
import type { ReviewRule } from '../../shared/meetings/rules'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'
import { createProblems } from '../problems/service'
import { problemStore } from '../problems/store'
import { effectiveRuleFile } from '../rules/service'
import { expectedRoster, membersOn } from './roster'
import type { FrequencyRuleSet } from '../../shared/meetings/rules'
import { type AttendeeRecord, type MeetingRecord, meetingStore } from './store'

export function listMeetings(ctx: AppContext, q: MeetingQuery): MeetingRow[] {
  return meetingStore
    .list(ctx.db, { orgIds: q.orgId ? orgSubtree(ctx, q.orgId) : undefined, year: q.year, types: q.type ? [q.type] : undefined })
    .map((m) => ({ id: m.id, orgId: m.orgId, orgName: m.orgName, type: m.type, topic: m.topic, date: m.date, host: m.host, hours: m.hours, expected: m.expected, presentCount: m.presentCount }))
}

export function getMeeting(ctx: AppContext, id: string): Meeting {
  const m = meetingStore.get(ctx.db, id)
  if (!m) throw notFound('会议记录')
  const attendees = meetingStore.attendees(ctx.db, id)
  const present = attendees.filter((a) => a.present).map((a) => a.memberId)
  const roster = attendees.map((a) => ({ id: a.memberId, name: a.name, category: a.category as 'full' | 'probationary', partyPost: null, voting: a.voting }))
  const problems = problemStore.list(ctx.db, { source: 'life_meeting', sourceId: id })
  return {
    ...m,
    attendees,
    expected: attendees.length,
    presentCount: present.length,
    quorumWarning: quorumWarning(m.type, roster, present),
    rectifications: problems.map((p) => ({ problemId: p.id, code: p.code, description: p.description, status: p.status })),
    createdAt: m.createdAt,
    updatedAt: m.updatedAt
  }
}

/**
 * 应到名单取会议日期的花名册。修改已登记的会议（组织、日期、类型没变）时，保留当时记下的人：
 * 之后调走或删除的党员仍在这次会的名单里。
 */
function rosterFor(ctx: AppContext, input: MeetingData): RosterEntry[] {
  const current = expectedRoster(ctx, input.orgId, input.date, input.type)
  const before = input.id ? meetingStore.get(ctx.db, input.id) : null
  if (!before || before.orgId !== input.orgId || before.date !== input.date || before.type !== input.type) return current
  const known = new Set(current.map((r) => r.id))
  const kept = meetingStore
    .attendees(ctx.db, before.id)
    .filter((a) => !known.has(a.memberId))
    .map((a): RosterEntry => ({ id: a.memberId, name: a.name, category: a.category as RosterEntry['category'], partyPost: null, voting: a.voting }))
  return [...current, ...kept]
}

/** A 支委会 recorded by a branch below the committee threshold: kept, with the rule said (a record of what happened is not refused). */
function smallBranchWarning(ctx: AppContext, orgId: string, date: string): string | null {
  const min = effectiveRuleFile<FrequencyRuleSet>(ctx, 'meeting-frequency', orgId).committeeMinFullMembers
  const full = membersOn(ctx, orgId, date).filter((m) => (m.full_date ? m.full_date <= date : m.category === 'full')).length
  return full < min ? `这个支部 ${date} 有正式党员 ${full} 人，不足 ${min} 人，按规定一般不设支部委员会；这次支委会照样记下了，请核对会议类型` : null
}

export function saveMeeting(ctx: AppContext, input: MeetingData): { id: string; warnings: string[] } {
  const { db } = ctx
  const today = ctx.today()
  if (!orgStore.get(db, input.orgId)) throw notFound('会议所属的党组织')
  const expected = rosterFor(ctx, input)
  const errors = [
    ...meetingFieldErrors(input, today),
    ...attendanceErrors({ expected, present: input.present, absent: input.absent }),
    ...(input.type === 'review' ? reviewErrors(expected, input.grades) : [])
  ]
  if (errors.length) throw invalid(errors.join('；'))
  const reviewRule = effectiveRuleFile<ReviewRule>(ctx, 'democratic-review', input.orgId)
  const warnings = [
    quorumWarning(input.type, expected, input.present),
    input.type === 'review' ? reviewWarning(expected, input.grades, reviewRule) : null,
    input.type === 'committee' ? smallBranchWarning(ctx, input.orgId, input.date) : null
  ].filter((w): w is string => !!w)
  const present = new Set(input.present)
  const reasons = new Map(input.absent.map((a) => [a.memberId, a.reason]))
  const grades = new Map(input.type === 'review' ? input.grades.map((g) => [g.memberId, g.grade]) : [])
  const attendees: AttendeeRecord[] = expected.map((m) => ({
    memberId: m.id,
    name: m.name,
    category: m.category,
    present: present.has(m.id),
    voting: m.voting,
    reason: present.has(m.id) ? null : (reasons.get(m.id) ?? null),
    grade: grades.get(m.id) ?? null
  }))
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? meetingStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('会议记录')
    const rec: MeetingRecord = {
      id: before?.id ?? randomUUID(),
      orgId: input.orgId,
      type: input.type,
      topic: input.topic,
      date: input.date,
      place: input.place,
      host: input.host,
      recorder: input.recorder,
      lecturer: input.lecturer,
      hours: input.hours,
      content: input.content,
      discussion: input.discussion,
      decisions: input.decisions,
      guests: input.guests,
      lifeSteps: input.type === 'life' ? input.lifeSteps : [],
      createdAt: before?.createdAt ?? stamp,
      updatedAt: stamp
    }
    if (before) meetingStore.update(db, rec)
    else meetingStore.insert(db, rec)
    meetingStore.replaceAttendees(db, rec.id, attendees)
    if (input.type === 'life') registerRectifications(ctx, rec, input.rectifications)
    const after = { ...rec, present: input.present, absent: input.absent, grades: input.grades }
    if (before) {
      const { orgName: _o, ...beforeRec } = before
      logChange(db, { actor: ctx.actor, entity: 'meeting', entityId: rec.id, action: 'update', before: beforeRec, after })
    } else logChange(db, { actor: ctx.actor, entity: 'meeting', entityId: rec.id, action: 'create', after })
    return rec.id
  })()
  return { id, warnings }
}

/** 组织生活会查摆出的问题进入问题整改清单；已登记过的同一条不重复登记。 */
function registerRectifications(ctx: AppContext, m: MeetingRecord, items: string[]): void {
  const known = new Set(problemStore.list(ctx.db, { source: 'life_meeting', sourceId: m.id }).map((p) => p.description))
  const fresh = [...new Set(items)].filter((d) => !known.has(d))
  if (!fresh.length) return
  createProblems(
    ctx,
    fresh.map((description) => ({
      orgId: m.orgId, source: 'life_meeting', sourceId: m.id, sourceLabel: `${m.date} 组织生活会`, indicatorCode: null, description,
      category: 'life', severity: 'normal', measure: null, owner: null, deadline: null, foundDate: m.date
    }))
  )
}

export function deleteMeeting(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = meetingStore.get(ctx.db, id)
    if (!before) throw notFound('会议记录')
    meetingStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'meeting', entityId: id, action: 'delete', before })
  })()
  return null
}
