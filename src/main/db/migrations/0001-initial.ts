import type { DB } from '../types'

// 第 1 版：组织树、党员花名册、变更日志、设置
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE orgs (
      id TEXT PRIMARY KEY,
      parent_id TEXT REFERENCES orgs(id),
      name TEXT NOT NULL,
      org_type TEXT NOT NULL,
      setup_mode TEXT NOT NULL,
      enterprise_name TEXT,
      credit_code TEXT,
      industry TEXT,
      park TEXT,
      employees INTEGER,
      secretary TEXT,
      deputy_secretary TEXT,
      committee_members TEXT NOT NULL DEFAULT '[]',
      established_date TEXT,
      last_election_date TEXT,
      term_years INTEGER,
      instructor TEXT,
      red_station TEXT,
      remark TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX orgs_parent ON orgs(parent_id);

    CREATE TABLE members (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      name TEXT NOT NULL,
      name_initials TEXT NOT NULL,
      name_pinyin TEXT NOT NULL,
      id_number TEXT NOT NULL,
      gender TEXT NOT NULL,
      ethnicity TEXT NOT NULL,
      birth_date TEXT NOT NULL,
      native_place TEXT,
      education TEXT,
      degree TEXT,
      category TEXT NOT NULL,
      join_date TEXT NOT NULL,
      full_date TEXT,
      party_post TEXT,
      job_category TEXT,
      admin_post TEXT,
      work_start_date TEXT,
      status TEXT NOT NULL,
      phone TEXT,
      address TEXT,
      transfer_in_date TEXT,
      dues_base_cents INTEGER,
      remark TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX members_org ON members(org_id);
    CREATE UNIQUE INDEX members_id_number_live ON members(id_number) WHERE deleted_at IS NULL;
    CREATE INDEX members_live_pinyin ON members(name_pinyin, id) WHERE deleted_at IS NULL;

    CREATE TABLE change_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT NOT NULL,
      action TEXT NOT NULL,
      before_json TEXT,
      after_json TEXT
    );
    CREATE INDEX change_log_entity ON change_log(entity, entity_id);

    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `)
}
