// 导出报送包：选中的组织及其全部下级（含回收站里的行，删除也要带过去），每行带编号和修改时间；附件文件不带
import fs from 'node:fs'
import { AppError, notFound } from '../../shared/errors'
import type { SubmitExported } from '../../shared/submit/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type { DB } from '../db/types'
import { nowStamp } from '../db/time'
import { parkConfigInfo } from '../sealing/config'
import { sealForPark } from '../sealing/seal'
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type SubmitPackage, packSubmission, packageFileName } from './format'
import { type Row, submitTables } from './tables'

const SUBTREE = 'WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) '

export function schemaVersionOf(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function buildSubmission(ctx: AppContext, orgId: string): SubmitPackage {
  const org = ctx.db.prepare('SELECT id, name FROM orgs WHERE id = ? AND deleted_at IS NULL').get(orgId) as { id: string; name: string } | undefined
  if (!org) throw notFound('要导出的组织')
  const tables: Record<string, Row[]> = {}
  ctx.db.transaction(() => {
    for (const t of submitTables) tables[t.table] = ctx.db.prepare(SUBTREE + t.select).all(orgId) as Row[]
  })()
  return {
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    schemaVersion: schemaVersionOf(ctx.db),
    appVersion: ctx.version,
    exportedAt: nowStamp(),
    org,
    tables
  }
}

export async function exportSubmission(ctx: AppContext, orgId: string): Promise<SubmitExported> {
  const pkg = buildSubmission(ctx, orgId)
  const bytes = sealForPark(ctx, pkg.org.id, packSubmission(pkg))
  const file = await ctx.chooseSavePath(packageFileName(pkg.org.name, ctx.today()))
  if (!file) return null
  const tmp = `${file}.part`
  try {
    fs.writeFileSync(tmp, bytes)
    fs.renameSync(tmp, file)
  } catch {
    fs.rmSync(tmp, { force: true })
    throw new AppError('WRITE_FAILED', `报送包没有保存成功：无法写入「${file}」，请换个位置或检查磁盘空间`)
  }
  const records = Object.values(pkg.tables).reduce((n, rows) => n + rows.length, 0)
  const idNumbers = (pkg.tables.members?.length ?? 0) + (pkg.tables.dev_people?.length ?? 0)
  const counts = Object.fromEntries(Object.entries(pkg.tables).map(([t, rows]) => [t, rows.length]))
  logChange(ctx.db, { actor: ctx.actor, entity: 'app', entityId: 'submit', action: 'export', after: { file, org: pkg.org, counts, fullIdNumbers: idNumbers } })
  return { path: file, orgName: pkg.org.name, records, idNumbers, sealedTo: parkConfigInfo(ctx)?.parkName ?? null }
}
