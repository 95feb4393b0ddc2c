// 载入示例数据：固定编号，重复载入不会重复插入（幂等）
import demo from '../../../seeds/demo/demo.json'
import { orgInput } from '../../shared/org/schemas'
import { memberInput } from '../../shared/members/schemas'
import { logChange } from '../changes/log'
import { loadDevelopmentDemo } from '../development/demo'
import { loadDuesDemo } from '../dues/demo'
import { loadCheckupDemo } from '../checkups/demo'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { loadMeetingDemo } from '../meetings/demo'
import { loadMentoringDemo } from '../mentoring/demo'
import { loadVolunteerDemo } from '../volunteer/demo'
import { namePinyin } from '../members/pinyin'
import { memberStore } from '../members/store'
import { orgStore } from '../org/store'

export function loadDemo(ctx: AppContext): { orgs: number; members: number } {
  const { db } = ctx
  let orgs = 0
  let members = 0
  db.transaction(() => {
    const stamp = nowStamp()
    for (const raw of demo.orgs) {
      const o = orgInput.parse(raw)
      if (!o.id || orgStore.get(db, o.id, true)) continue
      orgStore.insert(db, { ...o, id: o.id, createdAt: stamp, updatedAt: stamp })
      orgs++
    }
    for (const raw of demo.members) {
      const m = memberInput.parse(raw)
      if (!m.id || memberStore.get(db, m.id, true) || memberStore.findLiveByIdNumber(db, m.idNumber)) continue
      const { initials, full } = namePinyin(m.name)
      memberStore.insert(db, { ...m, id: m.id, nameInitials: initials, namePinyin: full, createdAt: stamp, updatedAt: stamp })
      members++
    }
    loadMeetingDemo(ctx)
    logChange(db, { actor: ctx.actor, entity: 'app', entityId: 'demo', action: 'seed', after: { orgs, members } })
    loadDevelopmentDemo(ctx)
    loadDuesDemo(ctx)
    loadMentoringDemo(ctx)
    loadVolunteerDemo(ctx)
  })()
  loadCheckupDemo(ctx)
  return { orgs, members }
}
