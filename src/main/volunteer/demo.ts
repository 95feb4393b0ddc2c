// 示例志愿服务活动（seeds/demo/mentoring.json 的 activities）：固定编号，幂等；参加的党员取花名册上的姓名
import demo from '../../../seeds/demo/mentoring.json'
import { volunteerInput } from '../../shared/volunteer/schemas'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { volunteerStore } from './store'

export function loadVolunteerDemo(ctx: AppContext): void {
  const { db } = ctx
  const stamp = nowStamp()
  for (const raw of demo.activities) {
    const { id, ...v } = volunteerInput.parse(raw)
    if (!id || db.prepare('SELECT 1 FROM volunteer_activities WHERE id = ?').get(id)) continue
    const members = memberStore.getMany(db, v.memberIds)
    volunteerStore.insert(db, { ...v, id, memberIds: members.map((m) => m.id), memberNames: members.map((m) => m.name), createdAt: stamp, updatedAt: stamp })
  }
}
