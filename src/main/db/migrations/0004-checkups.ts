import type { DB } from '../types'

// 第 4 版：党建体检（指标模板版本、体检批次、体检记录与逐项得分）
export function up(db: DB): void {
  db.exec(`
    CREATE TABLE checkup_templates (
      id TEXT PRIMARY KEY,
      key TEXT NOT NULL,
      version TEXT NOT NULL,
      title TEXT NOT NULL,
      based_on TEXT,
      shipped INTEGER NOT NULL DEFAULT 0,
      body_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE UNIQUE INDEX checkup_templates_version_live ON checkup_templates(key, version) WHERE deleted_at IS NULL;

    CREATE TABLE checkup_rounds (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      park_org_id TEXT NOT NULL REFERENCES orgs(id),
      template_id TEXT NOT NULL REFERENCES checkup_templates(id),
      start_date TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );

    CREATE TABLE checkups (
      id TEXT PRIMARY KEY,
      org_id TEXT NOT NULL REFERENCES orgs(id),
      template_id TEXT NOT NULL REFERENCES checkup_templates(id),
      round_id TEXT REFERENCES checkup_rounds(id),
      check_date TEXT NOT NULL,
      checker TEXT,
      companion TEXT,
      status TEXT NOT NULL,
      signed_by TEXT,
      signed_at TEXT,
      requirements TEXT,
      bonus_json TEXT NOT NULL DEFAULT '[]',
      vetoes_json TEXT NOT NULL DEFAULT '[]',
      base_score REAL,
      total_score REAL,
      stars INTEGER,
      level TEXT,
      conclusion TEXT,
      vetoed INTEGER NOT NULL DEFAULT 0,
      self_scored INTEGER NOT NULL DEFAULT 0,
      unscored INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    );
    CREATE INDEX checkups_org ON checkups(org_id, check_date);
    CREATE INDEX checkups_round ON checkups(round_id);
    CREATE INDEX checkups_template ON checkups(template_id);

    CREATE TABLE checkup_items (
      id TEXT PRIMARY KEY,
      checkup_id TEXT NOT NULL REFERENCES checkups(id),
      code TEXT NOT NULL,
      self_score REAL,
      check_score REAL,
      reason TEXT,
      evidence TEXT
    );
    CREATE UNIQUE INDEX checkup_items_code ON checkup_items(checkup_id, code);
  `)
}
