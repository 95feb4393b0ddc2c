// 变更日志：每次写入记录谁、何时、改了什么（与写入在同一事务里）
import type { RecordEntity } from '../../shared/entities'
import type { DB } from '../db/types'
import { nowStamp } from '../db/time'

export type ChangeAction = 'create' | 'update' | 'delete' | 'restore' | 'purge' | 'reveal' | 'export' | 'seed' | 'import'

export function logChange(
  db: DB,
  e: { actor: string; entity: RecordEntity | 'ledger' | 'app'; entityId: string; action: ChangeAction; before?: unknown; after?: unknown }
): void {
  db.prepare(
    'INSERT INTO change_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)'
  ).run(
    nowStamp(),
    e.actor,
    e.entity,
    e.entityId,
    e.action,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after)
  )
}
