// 应用信息：数据位置、版本、计数、在用的规则版本
import type { AppInfo } from '../../shared/app/types'
import type { AppContext } from '../context'
import { ruleSets } from '../seeds/codes'

export function appInfo(ctx: AppContext): AppInfo {
  const count = (table: string): number =>
    (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n
  return {
    version: ctx.version,
    dataDir: ctx.dataDir,
    dbPath: ctx.dbPath,
    today: ctx.today(),
    orgCount: count('orgs'),
    memberCount: count('members'),
    rules: ruleSets
  }
}
