// 报送包与回执的导入：先检查文件，再定范围（plan.ts），预览（在事务里试合并后整体回滚），确认后自动备份、一个事务里合并并记下这次导入。
// previewJob / commitJob 是同步的一步，在哪个线程都能跑；界面走 worker.ts（工作线程，自己的数据库连接），主线程不卡。
import { randomUUID } from 'node:crypto'
import { AppError, invalid } from '../../shared/errors'
import type { SubmissionRow, SubmitPreview, SubmitResult, SubmitStatusRow } from '../../shared/submit/types'
import { autoBackup } from '../backup/service'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { latestVersion } from '../db/migrate'
import { nowStamp } from '../db/time'
import { type OpenedPackage, acceptSender, openPackage, rememberSender, sealNotice } from '../sealing/seal'
import { MAX_UNPACKED_BYTES, type SubmitPackage, unpackSubmission } from './format'
import { type MergeOutcome, type MergeProgress, mergeSubmission } from './merge'
import { type Plan, type PlanInput, planFor } from './plan'
import { exchangeStore } from './store'

export type Upload = PlanInput & { base64: string }
export type CommitInput = Upload & { parentId: string | null; confirmSender?: boolean }
/** 交给工作线程的：文件字节，和人在预览里的选择 */
export type JobInput = PlanInput & { parentId?: string | null; confirmSender?: boolean }

const MAX_BYTES = 512 * 1024 * 1024
/** 正常的报送包解压后约为压缩前的 10 倍；超过 50 倍（且超过 32 MB）的是压缩炸弹，解压到这里就停 */
const MAX_RATIO = 50

/** 文件字节 → 报送包：先验签、核对收件方与发送方并解密（旧格式原样带提醒），再解压检查 */
export function readPackageBytes(ctx: AppContext, bytes: Uint8Array): { pkg: SubmitPackage; opened: OpenedPackage } {
  if (bytes.length > MAX_BYTES) throw new AppError('TOO_LARGE', '文件过大，不像是报送包。本机数据没有任何改动。')
  const opened = openPackage(ctx, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  const limit = Math.min(MAX_UNPACKED_BYTES, Math.max(32 * 1024 * 1024, bytes.length * MAX_RATIO))
  const pkg = unpackSubmission(opened.plain, latestVersion(), limit)
  acceptSender(ctx, opened, pkg.org.id)
  return { pkg, opened }
}

export const bytesOf = (upload: { base64: string }): Buffer => Buffer.from(upload.base64, 'base64')

class Rollback extends Error {}

function summary(pkg: SubmitPackage, plan: Plan, opened: OpenedPackage, fileName: string, outcome: MergeOutcome): SubmitPreview {
  return {
    kind: plan.kind, fileName, orgId: pkg.org.id, orgName: plan.localName ?? pkg.org.name, exportedAt: pkg.exportedAt, appVersion: pkg.appVersion,
    parentId: plan.rootParentId, firstTime: plan.firstTime, existing: plan.localName !== null, ...outcome, seal: sealNotice(opened)
  }
}

/** 读包、定范围；第一次导入没有确认时不导入 */
export type Checked = { pkg: SubmitPackage; plan: Plan; opened: OpenedPackage }

export function checkJob(ctx: AppContext, bytes: Uint8Array, input: JobInput, commit: boolean): Checked {
  const { pkg, opened } = readPackageBytes(ctx, bytes)
  const plan = planFor(ctx, pkg, input, { rebound: opened.sealed && !!opened.sender?.rebound })
  if (commit && plan.firstTime && !input.confirmSender) throw invalid('第一次导入这个报送单位的包：请先在预览里核对它在本机的位置并勾选确认')
  return { pkg, plan, opened }
}

export function previewJob(ctx: AppContext, bytes: Uint8Array, input: JobInput, progress?: MergeProgress): SubmitPreview {
  const { pkg, plan, opened } = checkJob(ctx, bytes, input, false)
  let outcome: MergeOutcome | null = null
  try {
    ctx.db.transaction(() => {
      outcome = mergeSubmission(ctx, pkg, { ...plan, preview: true }, progress)
      throw new Rollback()
    })()
  } catch (e) {
    if (!(e instanceof Rollback)) throw e
  }
  return summary(pkg, plan, opened, input.fileName, outcome!)
}

/** 导入检查过的包（checkJob 之后，调用方先做好导入前备份） */
export function commitJob(ctx: AppContext, { pkg, plan, opened }: Checked, input: JobInput, progress?: MergeProgress): SubmitPreview & { submissionId: string } {
  const submissionId = randomUUID()
  const outcome = ctx.db.transaction(() => {
    const o = mergeSubmission(ctx, pkg, plan, progress)
    rememberSender(ctx, opened)
    if (plan.firstTime) exchangeStore.bind(ctx.db, { senderId: plan.senderId, orgId: pkg.org.id, boundAt: nowStamp(), actor: ctx.actor })
    else if (plan.rebind) exchangeStore.rebind(ctx.db, { senderId: plan.senderId, orgId: pkg.org.id, boundAt: nowStamp(), actor: ctx.actor })
    const total = (k: 'added' | 'updated' | 'skipped'): number => o.tables.reduce((n, t) => n + t[k], 0)
    const counts = { kind: plan.kind, added: total('added'), updated: total('updated'), skipped: total('skipped'), tables: o.tables }
    ctx.db
      .prepare('INSERT INTO submissions (id, file_name, org_id, org_name, parent_id, exported_at, imported_at, actor, counts_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(submissionId, input.fileName, pkg.org.id, plan.localName ?? pkg.org.name, plan.rootParentId, pkg.exportedAt, nowStamp(), ctx.actor, JSON.stringify(counts))
    // 冲突怎么选的记下来：选了保留本机时，对方的值留在变更日志里，不会无声无息地丢掉
    const conflicts = o.conflicts.slice(0, 500).map((c) => ({ 记录: `${c.label}「${c.record}」`, 字段: c.field, 本机: c.mine, 对方: c.theirs, 采用: plan.choices[c.key] === 'theirs' ? '对方' : '本机' }))
    logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submit', action: 'import', after: { file: input.fileName, kind: plan.kind, org: pkg.org, added: counts.added, updated: counts.updated, skipped: counts.skipped, conflicts } })
    return o
  })()
  return { ...summary(pkg, plan, opened, input.fileName, outcome), submissionId }
}

export const jobInput = ({ base64: _b, ...rest }: Upload & { confirmSender?: boolean }): JobInput => rest

/** 在本线程预览（测试与命令行工具用；界面走工作线程） */
export function previewSubmission(ctx: AppContext, upload: Upload): SubmitPreview {
  return previewJob(ctx, bytesOf(upload), jobInput(upload))
}

/** 在本线程导入：先检查，再自动备份，再合并 */
export async function commitSubmission(ctx: AppContext, upload: CommitInput): Promise<SubmitResult> {
  const checked = checkJob(ctx, bytesOf(upload), jobInput(upload), true)
  const backup = await autoBackup(ctx, '导入前')
  return { ...commitJob(ctx, checked, jobInput(upload)), backup: backup ?? '' }
}

export function submissionHistory(ctx: AppContext): SubmissionRow[] {
  const rows = ctx.db.prepare('SELECT * FROM submissions ORDER BY imported_at DESC, rowid DESC').all() as Record<string, string>[]
  return rows.map((r) => {
    const c = JSON.parse(r.counts_json) as { kind?: 'submission' | 'receipt'; added: number; updated: number; skipped: number }
    return { id: r.id, kind: c.kind ?? 'submission', fileName: r.file_name, orgId: r.org_id, orgName: r.org_name, exportedAt: r.exported_at, importedAt: r.imported_at, actor: r.actor, added: c.added, updated: c.updated, skipped: c.skipped }
  })
}

/** 报送情况：顶级组织（园区党委，本身不是报送上来的）的直属组织和导入过报送包的组织，各自最近一次导入 */
export function submissionStatus(ctx: AppContext): SubmitStatusRow[] {
  const rows = ctx.db
    .prepare(
      `WITH received AS (SELECT * FROM submissions WHERE counts_json NOT LIKE '{"kind":"receipt"%'),
       targets AS (
         SELECT o.id FROM orgs o JOIN orgs p ON p.id = o.parent_id
         WHERE p.parent_id IS NULL AND p.deleted_at IS NULL AND o.deleted_at IS NULL AND p.id NOT IN (SELECT org_id FROM received)
         UNION SELECT org_id FROM received
       )
       SELECT t.id AS orgId, COALESCE(o.name, (SELECT org_name FROM received s WHERE s.org_id = t.id ORDER BY imported_at DESC LIMIT 1)) AS orgName,
              (SELECT MAX(imported_at) FROM received s WHERE s.org_id = t.id) AS lastImportedAt,
              (SELECT MAX(exported_at) FROM received s WHERE s.org_id = t.id) AS lastExportedAt,
              EXISTS (SELECT 1 FROM submit_senders b WHERE b.org_id = t.id) AS bound
       FROM targets t LEFT JOIN orgs o ON o.id = t.id
       ORDER BY lastImportedAt IS NOT NULL, lastImportedAt, orgName`
    )
    .all() as (Omit<SubmitStatusRow, 'bound'> & { bound: number })[]
  return rows.map((r) => ({ ...r, bound: !!r.bound }))
}
