// 示例师带徒数据（seeds/demo/mentoring.json）：固定编号，幂等；师傅不在花名册上的跳过
import demo from '../../../seeds/demo/mentoring.json'
import { toFen } from '../../shared/dues/calc'
import { mentorshipInput } from '../../shared/mentoring/schemas'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { mentorshipStore } from './store'

export function loadMentoringDemo(ctx: AppContext): void {
  const { db } = ctx
  const stamp = nowStamp()
  for (const raw of demo.pairs) {
    const { id, savingsYuan, ...p } = mentorshipInput.parse(raw)
    if (!id || db.prepare('SELECT 1 FROM mentorships WHERE id = ?').get(id)) continue
    const mentor = memberStore.get(db, p.mentorId)
    if (!mentor) continue
    mentorshipStore.insert(db, { ...p, id, mentorName: mentor.name, savingsFen: toFen(savingsYuan)!, createdAt: stamp, updatedAt: stamp })
  }
}
