// 导出报送包：选中的组织及其全部下级（含回收站里的行，删除也要带过去），每行带编号和修改时间；附件文件不带。
// 体检结果回执：园区把一个企业的体检、逐项得分和问题（含复核销号）发回企业，只带回执登记的表。
import fs from 'node:fs'
import { AppError, notFound } from '../../shared/errors'
import type { SubmitExported } from '../../shared/submit/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type { DB } from '../db/types'
import { nowStamp } from '../db/time'
import { parkConfigInfo } from '../sealing/config'
import { sealForPark, sealReturn } from '../sealing/seal'
import { sealStore } from '../sealing/store'
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type PackageKind, type SubmitPackage, packSubmission, packageFileName } from './format'
import { exchangeStore } from './store'
import { type Row, submitTables } from './tables'

const SUBTREE = 'WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) '

export function schemaVersionOf(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function buildSubmission(ctx: AppContext, orgId: string, kind: PackageKind = 'submission'): SubmitPackage {
  const org = ctx.db.prepare('SELECT id, name FROM orgs WHERE id = ? AND deleted_at IS NULL').get(orgId) as { id: string; name: string } | undefined
  if (!org) throw notFound(kind === 'receipt' ? '要发回结果的组织' : '要导出的组织')
  const tables: Record<string, Row[]> = {}
  const installationId = exchangeStore.installationId(ctx.db)
  ctx.db.transaction(() => {
    for (const t of submitTables) if (kind === 'submission' || t.receipt) tables[t.table] = ctx.db.prepare(SUBTREE + t.select).all(orgId) as Row[]
  })()
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    kind,
    sender: { installationId },
    schemaVersion: schemaVersionOf(ctx.db),
    appVersion: ctx.version,
    exportedAt: nowStamp(),
    org,
    tables
  }
}

/**
 * 报送包 → 加密签名后的字节：报送包加密给报送配置里的园区（没导入报送配置时是旧格式）；
 * 回执加密给交过加密报送包的企业（没交过的企业收到旧格式的回执）
 */
function sealedBytes(ctx: AppContext, pkg: SubmitPackage): { bytes: Buffer; sealedTo: string | null } {
  const plain = packSubmission(pkg)
  if (pkg.kind === 'receipt')
    return sealStore.sender(ctx.db, pkg.org.id) ? { bytes: sealReturn(ctx, pkg.org.id, plain), sealedTo: pkg.org.name } : { bytes: plain, sealedTo: null }
  return { bytes: sealForPark(ctx, pkg.org.id, plain), sealedTo: parkConfigInfo(ctx)?.parkName ?? null }
}

/** 文件：写到临时名字再改名，写坏了不留半个文件 */
function writePackage(file: string, bytes: Buffer): void {
  const tmp = `${file}.part`
  try {
    fs.writeFileSync(tmp, bytes)
    fs.renameSync(tmp, file)
  } catch {
    fs.rmSync(tmp, { force: true })
    throw new AppError('WRITE_FAILED', `文件没有保存成功：无法写入「${file}」，请换个位置或检查磁盘空间`)
  }
}

export async function exportSubmission(ctx: AppContext, orgId: string, kind: PackageKind = 'submission'): Promise<SubmitExported> {
  const pkg = buildSubmission(ctx, orgId, kind)
  // sealed before asking where to save: a refusal (wrong organisation for the 报送配置) is said as itself
  const { bytes, sealedTo } = sealedBytes(ctx, pkg)
  const file = await ctx.chooseSavePath(packageFileName(pkg.org.name, ctx.today(), kind))
  if (!file) return null
  writePackage(file, bytes)
  const records = Object.values(pkg.tables).reduce((n, rows) => n + rows.length, 0)
  const idNumbers = (pkg.tables.members?.length ?? 0) + (pkg.tables.dev_people?.length ?? 0)
  const counts = Object.fromEntries(Object.entries(pkg.tables).map(([t, rows]) => [t, rows.length]))
  logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submit', action: 'export', after: { file, kind, org: pkg.org, counts, fullIdNumbers: idNumbers } })
  return { path: file, orgName: pkg.org.name, records, idNumbers, sealedTo }
}

export function exportReceipt(ctx: AppContext, orgId: string): Promise<SubmitExported> {
  return exportSubmission(ctx, orgId, 'receipt')
}
