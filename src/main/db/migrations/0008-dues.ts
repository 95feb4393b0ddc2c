import type { DB } from '../types'

// 第 8 版：党费——每名党员的基数核定（按起始月份，可多次调整）与逐月交纳记录（金额以分为单位）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE dues_bases (
      id TEXT PRIMARY KEY,
      member_id TEXT NOT NULL REFERENCES members(id),
      from_month TEXT NOT NULL,
      category TEXT NOT NULL,
      base_fen INTEGER,
      fixed_fen INTEGER,
      reduced_fen INTEGER,
      reduction_doc TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX dues_bases_member_month_live ON dues_bases(member_id, from_month) WHERE deleted_at IS NULL;
    -- 交纳记录：姓名是交纳当时的快照（党员日后调走或删除，台账不变）
    CREATE TABLE dues_payments (
      id TEXT PRIMARY KEY,
      member_id TEXT NOT NULL,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      name TEXT NOT NULL,
      month TEXT NOT NULL,
      due_fen INTEGER NOT NULL,
      paid_fen INTEGER NOT NULL,
      paid_date TEXT NOT NULL,
      method TEXT NOT NULL,
      collector TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX dues_payments_member_month_live ON dues_payments(member_id, month) WHERE deleted_at IS NULL;
    CREATE INDEX dues_payments_org_month ON dues_payments(org_id, month);
  `)
}
