import type { DB } from '../types'

// 第 6 版：组织生活（会议与到会）、指导员走访、议题前置、经营分析会
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      type TEXT NOT NULL,
      topic TEXT NOT NULL,
      date TEXT NOT NULL,
      place TEXT,
      host TEXT,
      recorder TEXT,
      lecturer TEXT,
      hours REAL,
      content TEXT,
      discussion TEXT,
      decisions TEXT,
      guests TEXT,
      life_steps TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX meetings_org_date ON meetings(org_id, date);
    -- 到会名单：姓名与身份在开会当时的快照（党员日后调走或删除，记录不变）
    CREATE TABLE meeting_attendees (
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      member_id TEXT NOT NULL,
      name TEXT NOT NULL,
      category TEXT NOT NULL,
      present INTEGER NOT NULL,
      voting INTEGER NOT NULL,
      reason TEXT,
      grade TEXT,
      PRIMARY KEY (meeting_id, member_id)
    );
    CREATE INDEX meeting_attendees_member ON meeting_attendees(member_id);
    CREATE TABLE visits (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      date TEXT NOT NULL,
      instructor TEXT NOT NULL,
      mode TEXT NOT NULL,
      findings TEXT,
      problems TEXT NOT NULL DEFAULT '[]',
      guidance TEXT,
      needs TEXT,
      next_plan TEXT,
      contact TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX visits_org_date ON visits(org_id, date);
    CREATE TABLE consultations (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      topic TEXT NOT NULL,
      body TEXT,
      submitted_date TEXT NOT NULL,
      opinion TEXT NOT NULL,
      outcome TEXT NOT NULL,
      decision_date TEXT,
      remark TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX consultations_org ON consultations(org_id, submitted_date);
    CREATE TABLE analysis_meetings (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      date TEXT NOT NULL,
      kind TEXT NOT NULL,
      topic TEXT NOT NULL,
      participants TEXT NOT NULL,
      proposals_made INTEGER NOT NULL,
      proposals_adopted INTEGER NOT NULL,
      proposals TEXT,
      remark TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX analysis_meetings_org ON analysis_meetings(org_id, date);
  `)
}
