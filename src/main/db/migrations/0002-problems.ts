import type { DB } from '../types'

// 第 2 版：问题清单与整改（体检、走访、检查、自查发现的问题，整改到销号）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE problems (
      id TEXT PRIMARY KEY,
      code TEXT NOT NULL,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      source TEXT NOT NULL,
      source_id TEXT,
      source_label TEXT,
      indicator_code TEXT,
      description TEXT NOT NULL,
      category TEXT,
      severity TEXT NOT NULL,
      measure TEXT,
      owner TEXT,
      deadline TEXT,
      status TEXT NOT NULL,
      completed_date TEXT,
      evidence TEXT,
      reviewer TEXT,
      review_opinion TEXT,
      closed_date TEXT,
      found_date TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX problems_org ON problems(org_id);
    CREATE INDEX problems_source ON problems(source, source_id);
    CREATE INDEX problems_code ON problems(code);
  `)
}
