import type { DB } from '../types'

// 第 3 版：附件（签到表、照片、佐证材料），文件按内容哈希存放在数据目录的「附件」文件夹
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE attachments (
      id TEXT PRIMARY KEY,
      owner TEXT NOT NULL,
      owner_id TEXT NOT NULL,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      size INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX attachments_owner ON attachments(owner, owner_id);
  `)
}
