import type { DB } from '../types'

// 第 9 版：报送包导入记录（哪个文件、哪个企业、挂在哪个组织下、何时、各类记录的数目）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE submissions (
      id TEXT PRIMARY KEY,
      file_name TEXT NOT NULL,
      org_id TEXT NOT NULL,
      org_name TEXT NOT NULL,
      parent_id TEXT,
      exported_at TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      actor TEXT NOT NULL,
      counts_json TEXT NOT NULL
    );
    CREATE INDEX submissions_org ON submissions(org_id, imported_at);
  `)
}
