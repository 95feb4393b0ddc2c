// 发展党员示例数据（seeds/demo/development.json）：固定编号，重复载入不重复插入；每条登记照样过规则检查
import demo from '../../../seeds/demo/development.json'
import { devPersonInput, devRecordInput } from '../../shared/development/schemas'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { memberStore } from '../members/store'
import { saveRecord, savePerson } from './service'
import { devStore } from './store'

export function loadDevelopmentDemo(ctx: AppContext): number {
  const { db } = ctx
  let people = 0
  db.transaction(() => {
    for (const raw of demo.people) {
      const p = devPersonInput.parse(raw)
      if (devStore.get(db, p.id!, true) || devStore.findLiveByIdNumber(db, p.idNumber) || memberStore.findLiveByIdNumber(db, p.idNumber)) continue
      const { id: tempId } = savePerson(ctx, { ...p, id: undefined })
      // 固定编号：新建后把随机编号换成示例数据里的编号
      db.prepare('UPDATE dev_people SET id = ? WHERE id = ?').run(p.id, tempId)
      db.prepare("UPDATE change_log SET entity_id = ? WHERE entity = 'devPerson' AND entity_id = ?").run(p.id, tempId)
      for (const r of demo.records.filter((x) => x.personId === p.id)) {
        const { id: recId, ...rest } = devRecordInput.parse(r)
        const saved = saveRecord(ctx, rest)
        db.prepare('UPDATE dev_records SET id = ? WHERE id = ?').run(recId, saved.id)
      }
      people++
    }
    for (const plan of demo.plans)
      db.prepare('INSERT OR IGNORE INTO dev_plans (org_id, year, planned, updated_at) VALUES (?, ?, ?, ?)').run(plan.orgId, plan.year, plan.planned, nowStamp())
  })()
  return people
}
