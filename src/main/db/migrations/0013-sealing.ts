import type { DB } from '../types'

// 第 13 版：加密报送。本机的长期密钥（私钥不离开本机）；企业导入的报送配置；园区发出的报送配置与各组织登记的发送方
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE seal_identity (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      sign_public BLOB NOT NULL,
      sign_private BLOB NOT NULL,
      box_public BLOB NOT NULL,
      box_private BLOB NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE TABLE seal_park_config (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      config_id TEXT NOT NULL,
      park_name TEXT NOT NULL,
      park_sign_key BLOB NOT NULL,
      park_box_key BLOB NOT NULL,
      org_id TEXT NOT NULL,
      org_name TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      ticket TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      actor TEXT NOT NULL
    );
    CREATE TABLE seal_issued (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL,
      org_name TEXT NOT NULL,
      park_name TEXT NOT NULL,
      issued_at TEXT NOT NULL,
      actor TEXT NOT NULL
    );
    CREATE INDEX seal_issued_org ON seal_issued(org_id, issued_at);
    CREATE TABLE seal_senders (
      org_id TEXT PRIMARY KEY,
      sign_key BLOB NOT NULL,
      box_key BLOB NOT NULL,
      config_id TEXT NOT NULL,
      config_issued_at TEXT NOT NULL,
      bound_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    );
  `)
}
