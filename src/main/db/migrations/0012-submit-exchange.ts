import type { DB } from '../types'

// 第 12 版：报送包往来的依据——报送单位绑定到本机哪个组织（园区），每条记录上次从对方收到的内容（按字段合并时判断哪一方改过）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE submit_senders (
      sender_id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL,
      bound_at TEXT NOT NULL,
      actor TEXT NOT NULL
    );
    CREATE UNIQUE INDEX submit_senders_org ON submit_senders(org_id);

    CREATE TABLE submit_base (
      tbl TEXT NOT NULL,
      rec TEXT NOT NULL,
      vals_json TEXT NOT NULL,
      PRIMARY KEY (tbl, rec)
    ) WITHOUT ROWID;
  `)
}
