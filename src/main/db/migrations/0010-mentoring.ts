import type { DB } from '../types'

// 第 10 版：红师傅带蓝徒弟——师带徒结对（师傅取自花名册，存姓名快照；徒弟可以不是党员，可关联发展党员记录；金额以分为单位）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE mentorships (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      mentor_id TEXT NOT NULL,
      mentor_name TEXT NOT NULL,
      apprentice_name TEXT NOT NULL,
      apprentice_job TEXT NOT NULL,
      apprentice_phone TEXT,
      dev_person_id TEXT,
      start_date TEXT NOT NULL,
      planned_end_date TEXT NOT NULL,
      skill_goal TEXT,
      thought_goal TEXT,
      other_goal TEXT,
      status TEXT NOT NULL,
      end_date TEXT,
      certificate TEXT,
      certificate_date TEXT,
      proposals INTEGER NOT NULL DEFAULT 0,
      savings_fen INTEGER NOT NULL DEFAULT 0,
      applied_date TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX mentorships_org_start ON mentorships(org_id, start_date);
  `)
}
