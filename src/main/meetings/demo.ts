// 示例数据：组织生活、指导员走访、议题前置、经营分析会（seeds/demo/meetings.json，固定编号，重复载入不重复插入）
import demo from '../../../seeds/demo/meetings.json'
import { analysisInput } from '../../shared/analysis/schemas'
import { consultationInput } from '../../shared/consultations/schemas'
import { meetingInput } from '../../shared/meetings/schemas'
import { visitInput } from '../../shared/visits/schemas'
import { analysisStore } from '../analysis/store'
import { consultationStore } from '../consultations/store'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import type { DB } from '../db/types'
import { visitStore } from '../visits/store'
import { expectedRoster } from './roster'
import { meetingStore } from './store'

const exists = (db: DB, table: string, id: string): boolean => !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)

/** Runs inside the caller's transaction (loadDemo). Members absent from the list are present. */
export function loadMeetingDemo(ctx: AppContext): number {
  const { db } = ctx
  const stamp = nowStamp()
  let n = 0
  for (const raw of demo.meetings) {
    if (exists(db, 'meetings', raw.id)) continue
    const roster = expectedRoster(ctx, raw.orgId, raw.date, raw.type)
    const absent = new Map(raw.absent.map((a) => [a.memberId, a.reason]))
    const m = meetingInput.parse({ ...raw, present: roster.filter((r) => !absent.has(r.id)).map((r) => r.id) })
    meetingStore.insert(db, { ...m, id: raw.id, lifeSteps: m.lifeSteps, createdAt: stamp, updatedAt: stamp })
    meetingStore.replaceAttendees(
      db,
      raw.id,
      roster.map((r) => ({ memberId: r.id, name: r.name, category: r.category, present: !absent.has(r.id), voting: r.voting, reason: absent.get(r.id) ?? null, grade: null }))
    )
    n++
  }
  for (const raw of demo.visits) {
    if (exists(db, 'visits', raw.id)) continue
    visitStore.insert(db, { ...visitInput.parse(raw), id: raw.id, createdAt: stamp, updatedAt: stamp })
    n++
  }
  for (const raw of demo.consultations) {
    if (exists(db, 'consultations', raw.id)) continue
    consultationStore.insert(db, { ...consultationInput.parse(raw), id: raw.id, createdAt: stamp, updatedAt: stamp })
    n++
  }
  for (const raw of demo.analysisMeetings) {
    if (exists(db, 'analysis_meetings', raw.id)) continue
    analysisStore.insert(db, { ...analysisInput.parse(raw), id: raw.id, createdAt: stamp, updatedAt: stamp })
    n++
  }
  return n
}
