import type { DB } from '../types'

// 第 16 版：表单草稿（没保存的会议、党员、走访、体检表单内容，关掉对话框、重启后可以恢复）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE form_drafts (
      key TEXT PRIMARY KEY,
      body_json TEXT NOT NULL,
      saved_at TEXT NOT NULL
    );
  `)
}
