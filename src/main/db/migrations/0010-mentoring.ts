import type { DB } from '../types'

// 第 10 版：红师傅带蓝徒弟——师带徒结对（师傅取自花名册，存姓名快照；徒弟可以不是党员，可关联发展党员记录；金额以分为单位）；
// 党员先锋队、应急突击队、志愿服务队的服务活动（参加的党员存编号与姓名快照）
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
      pair_status TEXT NOT NULL,
      end_date TEXT,
      certificate TEXT,
      certificate_date TEXT,
      proposal_count INTEGER NOT NULL DEFAULT 0,
      savings_fen INTEGER NOT NULL DEFAULT 0,
      applied_date TEXT,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX mentorships_org_start ON mentorships(org_id, start_date);
    CREATE TABLE volunteer_activities (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      team_type TEXT NOT NULL,
      team_name TEXT NOT NULL,
      activity_date TEXT NOT NULL,
      service_content TEXT NOT NULL,
      headcount INTEGER NOT NULL,
      member_ids TEXT NOT NULL DEFAULT '[]',
      member_names TEXT NOT NULL DEFAULT '[]',
      hours_per_person REAL NOT NULL,
      served INTEGER NOT NULL DEFAULT 0,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX volunteer_activities_org_date ON volunteer_activities(org_id, activity_date);
  `)
}
