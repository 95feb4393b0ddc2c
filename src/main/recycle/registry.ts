// 回收站登记：每种记录的表名、列表里显示什么、恢复前要检查什么、彻底删除前要检查什么
import { AppError } from '../../shared/errors'
import type { RecordEntity } from '../../shared/entities'
import type { AttachmentOwners } from '../attachments/purge'
import type { DB } from '../db/types'
import { meetingRecycleRules, orgHasMeetingRecords } from '../meetings/recycle'
import { checkupRecycleRules, checkupsBlockOrgPurge } from '../checkups/recycle'
import { duesRecycleRules, orgHasDuesRecords, purgeMemberDuesBases } from '../dues/recycle'
import { mentoringRecycleRules, orgHasMentorships } from '../mentoring/recycle'
import { orgHasVolunteerActivities, volunteerRecycleRules } from '../volunteer/recycle'

export type RecycleRule = {
  table: string
  /** SELECT returning id, title, detail, deleted_at for deleted rows */
  listSql: string
  /** Throws an AppError with a Chinese reason when the row cannot come back now. */
  beforeRestore?: (db: DB, id: string) => void
  beforePurge?: (db: DB, id: string) => void
  /** Whose attachments go when the row is purged; by default the record's own (owner = its entity name). */
  attachmentOwners?: (db: DB, id: string) => AttachmentOwners
}

const live = (db: DB, table: string, id: string | null): boolean =>
  !!id && !!db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id)

export const recycleRules: Record<RecordEntity, RecycleRule> = {
  org: {
    table: 'orgs',
    listSql: "SELECT id, name AS title, '组织' AS detail, deleted_at FROM orgs WHERE deleted_at IS NOT NULL",
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT name, parent_id FROM orgs WHERE id = ?').get(id) as { name: string; parent_id: string | null }
      if (r.parent_id && !live(db, 'orgs', r.parent_id)) throw new AppError('PARENT_DELETED', `请先恢复上级组织，再恢复「${r.name}」`)
    },
    beforePurge: (db, id) => {
      const n = db.prepare('SELECT (SELECT COUNT(*) FROM orgs WHERE parent_id = ?) + (SELECT COUNT(*) FROM members WHERE org_id = ?) + (SELECT COUNT(*) FROM problems WHERE org_id = ?) + (SELECT COUNT(*) FROM dev_people WHERE org_id = ?) AS n').get(id, id, id, id) as { n: number }
      if (n.n) throw new AppError('IN_USE', '该组织下还有（含回收站中的）下级组织、党员或整改问题，请先彻底删除它们')
      checkupsBlockOrgPurge(db, id)
    }
  },
  member: {
    table: 'members',
    listSql: `SELECT m.id, m.name AS title, '党员 · ' || o.name AS detail, m.deleted_at FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT m.name, m.org_id, m.id_number, o.name AS org FROM members m JOIN orgs o ON o.id = m.org_id WHERE m.id = ?').get(id) as { name: string; org_id: string; id_number: string; org: string }
      if (!live(db, 'orgs', r.org_id)) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复党员「${r.name}」`)
      const dup = db.prepare('SELECT name FROM members WHERE id_number = ? AND deleted_at IS NULL').get(r.id_number) as { name: string } | undefined
      if (dup) throw new AppError('DUPLICATE', `身份证号相同的党员「${dup.name}」已在花名册中，不能恢复`)
    },
    beforePurge: (db, id) => {
      db.prepare('UPDATE dev_people SET member_id = NULL WHERE member_id = ?').run(id)
      purgeMemberDuesBases(db, id)
    }
  },
  problem: {
    table: 'problems',
    listSql: `SELECT p.id, p.code || ' ' || substr(p.description, 1, 30) AS title, '整改问题 · ' || o.name AS detail, p.deleted_at FROM problems p JOIN orgs o ON o.id = p.org_id WHERE p.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT p.org_id, o.name AS org FROM problems p JOIN orgs o ON o.id = p.org_id WHERE p.id = ?').get(id) as { org_id: string; org: string }
      if (!live(db, 'orgs', r.org_id)) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复这条整改问题`)
    }
  },
  devPerson: {
    table: 'dev_people',
    listSql: `SELECT p.id, p.name AS title, '发展党员 · ' || o.name AS detail, p.deleted_at FROM dev_people p JOIN orgs o ON o.id = p.org_id WHERE p.deleted_at IS NOT NULL`,
    beforeRestore: (db, id) => {
      const r = db.prepare('SELECT p.name, p.org_id, p.id_number, o.name AS org FROM dev_people p JOIN orgs o ON o.id = p.org_id WHERE p.id = ?').get(id) as { name: string; org_id: string; id_number: string; org: string }
      if (!live(db, 'orgs', r.org_id)) throw new AppError('PARENT_DELETED', `请先恢复「${r.org}」，再恢复「${r.name}」的发展党员记录`)
      if (db.prepare('SELECT 1 FROM dev_people WHERE id_number = ? AND deleted_at IS NULL').get(r.id_number)) throw new AppError('DUPLICATE', `身份证号相同的发展党员记录已存在，不能恢复「${r.name}」`)
    },
    beforePurge: (db, id) => {
      db.prepare('DELETE FROM dev_records WHERE person_id = ?').run(id)
    }
  },
  attachment: {
    table: 'attachments',
    listSql: "SELECT id, file_name AS title, '附件' AS detail, deleted_at FROM attachments WHERE deleted_at IS NOT NULL"
  },
  ...meetingRecycleRules,
  ...checkupRecycleRules,
  ...duesRecycleRules,
  ...mentoringRecycleRules,
  ...volunteerRecycleRules
}

// 组织下还有会议、走访等记录（含回收站中的）时不能彻底删除组织
const orgBeforePurge = recycleRules.org.beforePurge
recycleRules.org.beforePurge = (db, id) => {
  orgBeforePurge?.(db, id)
  orgHasMeetingRecords(db, id)
  orgHasDuesRecords(db, id)
  orgHasMentorships(db, id)
  orgHasVolunteerActivities(db, id)
}
