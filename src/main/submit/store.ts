// 报送包往来的 SQL：本机这一份程序的编号、报送单位与本机组织的绑定、每条记录上次从对方收到的内容
import { randomUUID } from 'node:crypto'
import type { DB } from '../db/types'
import type { Row } from './tables'

const INSTALLATION_KEY = 'submit.installationId'

export type SenderBinding = { senderId: string; orgId: string; boundAt: string; actor: string }

export const exchangeStore = {
  /** 本机这一份程序的编号：第一次导出时生成，以后不变 */
  installationId(db: DB): string {
    const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(INSTALLATION_KEY) as { value: string } | undefined
    if (row) return row.value
    const id = randomUUID()
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(INSTALLATION_KEY, id)
    return id
  },
  bindingOfSender(db: DB, senderId: string): SenderBinding | null {
    const r = db.prepare('SELECT sender_id AS senderId, org_id AS orgId, bound_at AS boundAt, actor FROM submit_senders WHERE sender_id = ?').get(senderId) as SenderBinding | undefined
    return r ?? null
  },
  bindingOfOrg(db: DB, orgId: string): SenderBinding | null {
    const r = db.prepare('SELECT sender_id AS senderId, org_id AS orgId, bound_at AS boundAt, actor FROM submit_senders WHERE org_id = ?').get(orgId) as SenderBinding | undefined
    return r ?? null
  },
  /** 园区为这个组织重新生成了报送配置：原来绑定的报送单位让给签名核对过的新电脑 */
  rebind(db: DB, b: SenderBinding): void {
    db.prepare('DELETE FROM submit_senders WHERE org_id = ?').run(b.orgId)
    exchangeStore.bind(db, b)
  },
  bind(db: DB, b: SenderBinding): void {
    db.prepare('INSERT INTO submit_senders (sender_id, org_id, bound_at, actor) VALUES (?, ?, ?, ?)').run(b.senderId, b.orgId, b.boundAt, b.actor)
  },
  /** 本机的一棵子树（含回收站里的组织） */
  subtree(db: DB, orgId: string): Set<string> {
    const rows = db.prepare('WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub WHERE id IN (SELECT id FROM orgs)').all(orgId) as { id: string }[]
    return new Set(rows.map((r) => r.id))
  },
  /** 以前用报送包导入过的组织（绑定发出方之前的旧导入） */
  wasSubmitted(db: DB, orgId: string): boolean {
    return !!db.prepare('SELECT 1 FROM submissions WHERE org_id = ? LIMIT 1').get(orgId)
  }
}

/** 上次从对方收到的这一行；没有时为 null（从没收到过，或是升级前导入的） */
export function baseReader(db: DB): { get: (table: string, rec: string) => Row | null; put: (table: string, rec: string, row: Row) => void; drop: (table: string, rec: string) => void } {
  const get = db.prepare('SELECT vals_json FROM submit_base WHERE tbl = ? AND rec = ?')
  const put = db.prepare('INSERT INTO submit_base (tbl, rec, vals_json) VALUES (?, ?, ?) ON CONFLICT(tbl, rec) DO UPDATE SET vals_json = excluded.vals_json')
  const drop = db.prepare('DELETE FROM submit_base WHERE tbl = ? AND rec = ?')
  return {
    get: (table, rec) => {
      const r = get.get(table, rec) as { vals_json: string } | undefined
      return r ? (JSON.parse(r.vals_json) as Row) : null
    },
    put: (table, rec, row) => void put.run(table, rec, JSON.stringify(row)),
    drop: (table, rec) => void drop.run(table, rec)
  }
}
