import type { DB } from '../types'

// 第 5 版：发展党员（入党申请人到正式党员的 25 个步骤、年度发展计划）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE dev_people (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      enterprise_name TEXT,
      name TEXT NOT NULL,
      id_number TEXT NOT NULL,
      gender TEXT NOT NULL,
      ethnicity TEXT NOT NULL,
      birth_date TEXT NOT NULL,
      education TEXT,
      job_post TEXT,
      phone TEXT,
      remark TEXT,
      member_id TEXT REFERENCES members(id),
      outcome TEXT,
      outcome_date TEXT,
      outcome_reason TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX dev_people_org ON dev_people(org_id);
    CREATE UNIQUE INDEX dev_people_id_number_live ON dev_people(id_number) WHERE deleted_at IS NULL;

    CREATE TABLE dev_records (
      id TEXT PRIMARY KEY,
      person_id TEXT NOT NULL REFERENCES dev_people(id),
      kind TEXT NOT NULL,
      date TEXT NOT NULL,
      end_date TEXT,
      actor TEXT,
      detail_json TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE INDEX dev_records_person ON dev_records(person_id, kind);

    CREATE TABLE dev_plans (
      org_id TEXT NOT NULL REFERENCES orgs(id),
      year INTEGER NOT NULL,
      planned INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (org_id, year)
    );
  `)
}
