// 报送包导入：先检查文件，再预览（在事务里试合并后整体回滚），确认后自动备份、一个事务里合并并记下这次导入
import { randomUUID } from 'node:crypto'
import { AppError, invalid } from '../../shared/errors'
import type { SubmissionRow, SubmitPreview, SubmitResult, SubmitStatusRow } from '../../shared/submit/types'
import { autoBackup } from '../backup/service'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { latestVersion } from '../db/migrate'
import { nowStamp } from '../db/time'
import { type OpenedPackage, acceptSender, openPackage, rememberSender, sealNotice } from '../sealing/seal'
import { type SubmitPackage, unpackSubmission } from './format'
import { type MergeOutcome, mergeSubmission } from './merge'

type Upload = { fileName: string; base64: string; parentId?: string | null }

const MAX_BYTES = 512 * 1024 * 1024

export function readPackage(ctx: AppContext, upload: Upload): { pkg: SubmitPackage; opened: OpenedPackage } {
  const bytes = Buffer.from(upload.base64, 'base64')
  if (bytes.length > MAX_BYTES) throw new AppError('BAD_PACKAGE', '文件太大，不像是报送包。本机数据没有任何改动。')
  const opened = openPackage(ctx, bytes)
  const pkg = unpackSubmission(opened.plain, latestVersion())
  acceptSender(ctx, opened, pkg.org.id)
  return { pkg, opened }
}

/** 上次导入时挂在哪里；本机已有这个组织就用它现在的上级；否则用本机第一个顶级组织 */
function defaultParent(ctx: AppContext, pkg: SubmitPackage, own: Set<string>): string | null {
  const { db } = ctx
  const live = (id: unknown): boolean => typeof id === 'string' && !own.has(id) && !!db.prepare('SELECT 1 FROM orgs WHERE id = ? AND deleted_at IS NULL').get(id)
  const last = db.prepare('SELECT parent_id FROM submissions WHERE org_id = ? ORDER BY imported_at DESC, rowid DESC LIMIT 1').get(pkg.org.id) as { parent_id: string | null } | undefined
  if (last) return live(last.parent_id) ? last.parent_id : null
  const existing = db.prepare('SELECT parent_id FROM orgs WHERE id = ?').get(pkg.org.id) as { parent_id: string | null } | undefined
  if (existing) return live(existing.parent_id) ? existing.parent_id : null
  const roots = db.prepare('SELECT id FROM orgs WHERE parent_id IS NULL AND deleted_at IS NULL ORDER BY created_at, rowid').all() as { id: string }[]
  return roots.find((r) => live(r.id))?.id ?? null
}

function checkParent(ctx: AppContext, own: Set<string>, parentId: string | null): void {
  if (parentId === null) return
  if (own.has(parentId)) throw invalid('不能挂在报送包自己的组织下面，请另选一个上级组织')
  if (!ctx.db.prepare('SELECT 1 FROM orgs WHERE id = ? AND deleted_at IS NULL').get(parentId)) throw invalid('选择的上级组织不存在或已被删除')
}

class Rollback extends Error {}

function lastParent(ctx: AppContext, pkg: SubmitPackage): string | null {
  const r = ctx.db.prepare('SELECT parent_id FROM orgs WHERE id = ?').get(pkg.org.id) as { parent_id: string | null } | undefined
  return r?.parent_id ?? null
}

function summary(pkg: SubmitPackage, opened: OpenedPackage, fileName: string, parentId: string | null, lastParentId: string | null, outcome: MergeOutcome): SubmitPreview {
  return { fileName, orgId: pkg.org.id, orgName: pkg.org.name, exportedAt: pkg.exportedAt, appVersion: pkg.appVersion, parentId, lastParentId, ...outcome, seal: sealNotice(opened) }
}

export function previewSubmission(ctx: AppContext, upload: Upload): SubmitPreview {
  const { pkg, opened } = readPackage(ctx, upload)
  const own = new Set((pkg.tables.orgs ?? []).map((o) => String(o.id)))
  const parentId = upload.parentId === undefined ? defaultParent(ctx, pkg, own) : upload.parentId
  checkParent(ctx, own, parentId)
  const lastParentId = lastParent(ctx, pkg)
  let outcome: MergeOutcome | null = null
  try {
    ctx.db.transaction(() => {
      outcome = mergeSubmission(ctx, pkg, parentId, upload.fileName)
      throw new Rollback()
    })()
  } catch (e) {
    if (!(e instanceof Rollback)) throw e
  }
  return summary(pkg, opened, upload.fileName, parentId, lastParentId, outcome!)
}

export async function commitSubmission(ctx: AppContext, upload: Upload & { parentId: string | null }): Promise<SubmitResult> {
  const { pkg, opened } = readPackage(ctx, upload)
  const own = new Set((pkg.tables.orgs ?? []).map((o) => String(o.id)))
  checkParent(ctx, own, upload.parentId)
  const lastParentId = lastParent(ctx, pkg)
  const backup = await autoBackup(ctx, '导入前')
  const submissionId = randomUUID()
  const outcome = ctx.db.transaction(() => {
    const o = mergeSubmission(ctx, pkg, upload.parentId, upload.fileName)
    rememberSender(ctx, opened)
    const total = (k: 'added' | 'updated' | 'skipped'): number => o.tables.reduce((n, t) => n + t[k], 0)
    const counts = { added: total('added'), updated: total('updated'), skipped: total('skipped'), tables: o.tables }
    ctx.db
      .prepare('INSERT INTO submissions (id, file_name, org_id, org_name, parent_id, exported_at, imported_at, actor, counts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(submissionId, upload.fileName, pkg.org.id, pkg.org.name, upload.parentId, pkg.exportedAt, nowStamp(), ctx.actor, JSON.stringify(counts))
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submit', action: 'import', after: { file: upload.fileName, org: pkg.org, added: counts.added, updated: counts.updated, skipped: counts.skipped } })
    return o
  })()
  return { ...summary(pkg, opened, upload.fileName, upload.parentId, lastParentId, outcome), backup: backup ?? '', submissionId }
}

export function submissionHistory(ctx: AppContext): SubmissionRow[] {
  const rows = ctx.db.prepare('SELECT * FROM submissions ORDER BY imported_at DESC, rowid DESC').all() as Record<string, string>[]
  return rows.map((r) => {
    const c = JSON.parse(r.counts_json) as { added: number; updated: number; skipped: number }
    return { id: r.id, fileName: r.file_name, orgId: r.org_id, orgName: r.org_name, exportedAt: r.exported_at, importedAt: r.imported_at, actor: r.actor, added: c.added, updated: c.updated, skipped: c.skipped }
  })
}

/** 报送情况：顶级组织（园区党委，本身不是报送上来的）的直属组织和导入过报送包的组织，各自最近一次导入 */
export function submissionStatus(ctx: AppContext): SubmitStatusRow[] {
  const rows = ctx.db
    .prepare(
      `WITH targets AS (
         SELECT o.id FROM orgs o JOIN orgs p ON p.id = o.parent_id
         WHERE p.parent_id IS NULL AND p.deleted_at IS NULL AND o.deleted_at IS NULL AND p.id NOT IN (SELECT org_id FROM submissions)
         UNION SELECT org_id FROM submissions
       )
       SELECT t.id AS orgId, COALESCE(o.name, (SELECT org_name FROM submissions s WHERE s.org_id = t.id ORDER BY imported_at DESC LIMIT 1)) AS orgName,
              (SELECT MAX(imported_at) FROM submissions s WHERE s.org_id = t.id) AS lastImportedAt,
              (SELECT MAX(exported_at) FROM submissions s WHERE s.org_id = t.id) AS lastExportedAt
       FROM targets t LEFT JOIN orgs o ON o.id = t.id
       ORDER BY lastImportedAt IS NOT NULL, lastImportedAt, orgName`
    )
    .all() as SubmitStatusRow[]
  return rows
}
