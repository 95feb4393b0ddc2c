// 加密报送的 SQL：企业导入的报送配置、园区发出的报送配置、园区登记的发送方
import type { DB } from '../db/types'

export type ParkConfigRow = {
  config_id: string
  park_name: string
  park_sign_key: Buffer
  park_box_key: Buffer
  org_id: string
  org_name: string
  issued_at: string
  ticket: string
  imported_at: string
  actor: string
}

export type SenderRow = { org_id: string; sign_key: Buffer; box_key: Buffer; config_id: string; config_issued_at: string; bound_at: string; last_seen_at: string }

export type IssuedRow = { id: string; org_id: string; org_name: string; park_name: string; issued_at: string; actor: string }

export const sealStore = {
  parkConfig: (db: DB): ParkConfigRow | undefined => db.prepare('SELECT * FROM seal_park_config WHERE id = 1').get() as ParkConfigRow | undefined,

  /** 只留最近导入的一份：企业只向一个园区报送 */
  saveParkConfig(db: DB, r: ParkConfigRow): void {
    db.prepare('DELETE FROM seal_park_config').run()
    db.prepare(
      `INSERT INTO seal_park_config (id, config_id, park_name, park_sign_key, park_box_key, org_id, org_name, issued_at, ticket, imported_at, actor)
       VALUES (1, @config_id, @park_name, @park_sign_key, @park_box_key, @org_id, @org_name, @issued_at, @ticket, @imported_at, @actor)`
    ).run(r)
  },

  addIssued: (db: DB, r: IssuedRow): void => void db.prepare('INSERT INTO seal_issued (id, org_id, org_name, park_name, issued_at, actor) VALUES (@id, @org_id, @org_name, @park_name, @issued_at, @actor)').run(r),

  /** 每个组织最近一次生成的报送配置 */
  latestIssued: (db: DB): IssuedRow[] =>
    db
      .prepare(
        `SELECT i.* FROM seal_issued i
         WHERE i.rowid = (SELECT j.rowid FROM seal_issued j WHERE j.org_id = i.org_id ORDER BY j.issued_at DESC, j.rowid DESC LIMIT 1)
         ORDER BY i.issued_at DESC, i.org_name`
      )
      .all() as IssuedRow[],

  sender: (db: DB, orgId: string): SenderRow | undefined => db.prepare('SELECT * FROM seal_senders WHERE org_id = ?').get(orgId) as SenderRow | undefined,

  senders: (db: DB): SenderRow[] => db.prepare('SELECT * FROM seal_senders').all() as SenderRow[],

  bindSender(db: DB, r: SenderRow): void {
    db.prepare(
      `INSERT INTO seal_senders (org_id, sign_key, box_key, config_id, config_issued_at, bound_at, last_seen_at)
       VALUES (@org_id, @sign_key, @box_key, @config_id, @config_issued_at, @bound_at, @last_seen_at)
       ON CONFLICT(org_id) DO UPDATE SET sign_key = excluded.sign_key, box_key = excluded.box_key, config_id = excluded.config_id,
         config_issued_at = excluded.config_issued_at, bound_at = excluded.bound_at, last_seen_at = excluded.last_seen_at`
    ).run(r)
  },

  /** 登记的发送方又来了一份：记下时间；它带的报送配置更新就记下新配置（这份配置就不能再用来改登记了） */
  touchSender: (db: DB, orgId: string, at: string, boxKey: Buffer, config: { id: string; issuedAt: string }): void =>
    void db
      .prepare(
        `UPDATE seal_senders SET last_seen_at = @at, box_key = @boxKey,
           config_id = CASE WHEN @issuedAt > config_issued_at THEN @id ELSE config_id END,
           config_issued_at = MAX(config_issued_at, @issuedAt)
         WHERE org_id = @orgId`
      )
      .run({ at, boxKey, orgId, id: config.id, issuedAt: config.issuedAt }),

  liveOrg: (db: DB, id: string): { id: string; name: string; parent_id: string | null } | undefined =>
    db.prepare('SELECT id, name, parent_id FROM orgs WHERE id = ? AND deleted_at IS NULL').get(id) as { id: string; name: string; parent_id: string | null } | undefined
}
