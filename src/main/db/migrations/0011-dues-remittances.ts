import type { DB } from '../types'

// 第 11 版：党费上缴与返还凭证登记（支部按月上缴上级党组织；非公企业党组织获得的党费返还）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE dues_remittances (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      kind TEXT NOT NULL,
      month TEXT NOT NULL,
      date TEXT NOT NULL,
      amount_fen INTEGER NOT NULL,
      counterpart TEXT,
      voucher_no TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX dues_remittances_org_month ON dues_remittances(org_id, month);
  `)
}
