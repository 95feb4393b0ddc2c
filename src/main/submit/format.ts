// 报送包文件格式：一份 JSON 文档（格式名、格式版本、种类、发出方、数据库版本、顶级组织、各表的行），用 gzip 压缩。
// 为什么不用 SQLite 文件：JSON 按表名和列名存行，导入时只取本机表里有的列，旧版本的包也能读；
// gzip 自带 CRC 校验和长度，截断或改坏的文件在解压时就能发现；Node 自带 zlib，不需要新依赖。
// 读写各只有一个入口（packSubmission / unpackSubmission）：加密与签名包在这两个函数外面。
import zlib from 'node:zlib'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { type Row, submitTables } from './tables'

export const PACKAGE_FORMAT = 'redtie-submission'
export const PACKAGE_FORMAT_VERSION = 1
export const PACKAGE_EXT = '.hldb'

/** 解压后最多多少字节：五万名党员的整棵组织树约 60 MB，留足余量；超过就是「文件过大」，解压到这里就停 */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024
/** 每张表最多多少行 */
export const MAX_TABLE_ROWS = 200_000

/** submission：企业报给园区的报送包；receipt：园区发回企业的体检结果回执 */
export type PackageKind = 'submission' | 'receipt'

export type SubmitPackage = {
  format: typeof PACKAGE_FORMAT
  formatVersion: number
  /** 旧版本导出的包没有这一项：都是报送包 */
  kind?: PackageKind
  /** 导出它的那一份程序（安装）：园区据此把报送单位绑定到本机的一个组织 */
  sender?: { installationId: string }
  schemaVersion: number
  appVersion: string
  exportedAt: string
  org: { id: string; name: string }
  tables: Record<string, Row[]>
}

const header = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  kind: z.enum(['submission', 'receipt']).optional(),
  sender: z.object({ installationId: z.string().min(1).max(100) }).optional(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  exportedAt: z.string().max(40),
  org: z.object({ id: z.string().min(1).max(100), name: z.string().max(200) }),
  // 每一行在合并时逐行检查（checkRow）：坏的一行跳过，不连累整个包
  tables: z.record(z.string().max(100), z.array(z.unknown()).max(MAX_TABLE_ROWS))
})

export function packSubmission(pkg: SubmitPackage): Buffer {
  return zlib.gzipSync(Buffer.from(JSON.stringify(pkg), 'utf8'))
}

const broken = (why: string, code = 'BAD_PACKAGE'): AppError => new AppError(code, `${why}。本机数据没有任何改动。`)

/** 解压，到上限就停（压缩炸弹只花上限那么多内存），超过上限与文件损坏分开说 */
function gunzipBounded(bytes: Buffer, limit: number): Buffer {
  try {
    return zlib.gunzipSync(bytes, { maxOutputLength: limit })
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw broken(`文件过大：解压后超过 ${Math.round(limit / 1024 / 1024)} MB，不像是报送包（可能被改动过），没有读取`, 'TOO_LARGE')
    throw broken('报送包已损坏或不完整（可能没有复制完），请让企业重新导出一份')
  }
}

/** 检查并读出报送包；任何问题都抛出中文说明，不碰数据库 */
export function unpackSubmission(bytes: Buffer, schemaVersion: number, limit = MAX_UNPACKED_BYTES): SubmitPackage {
  if (bytes.length === 0) throw broken('选择的文件是空的')
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw broken('这个文件不是报送包（报送包由「导出报送包」生成，扩展名为 .hldb）')
  const text = gunzipBounded(bytes, limit).toString('utf8')
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    throw broken('报送包内容已损坏，无法读取，请让企业重新导出一份')
  }
  const kind = z.object({ format: z.literal(PACKAGE_FORMAT), formatVersion: z.number() }).safeParse(doc)
  if (!kind.success) throw broken('这个文件不是红领带党建台账的报送包')
  if (kind.data.formatVersion > PACKAGE_FORMAT_VERSION)
    throw broken(`报送包的格式（第 ${kind.data.formatVersion} 版）比本程序能读的（第 ${PACKAGE_FORMAT_VERSION} 版）新，请先升级本程序`)
  const parsed = header.safeParse(doc)
  if (!parsed.success) {
    const rows = parsed.error.issues.find((i) => i.code === 'too_big' && i.path[0] === 'tables')
    if (rows) throw broken(`报送包里「${submitTables.find((t) => t.table === rows.path[1])?.label ?? String(rows.path[1])}」的记录超过 ${MAX_TABLE_ROWS} 条，不像是一个企业的报送包`, 'TOO_LARGE')
    throw broken('报送包内容不完整或被改动过，无法读取')
  }
  const pkg = parsed.data as SubmitPackage
  if (pkg.schemaVersion > schemaVersion)
    throw broken(`报送包来自更新版本的程序（数据第 ${pkg.schemaVersion} 版，本程序第 ${schemaVersion} 版），请先升级本程序再导入`)
  if (!(pkg.tables.orgs ?? []).some((o) => o && typeof o === 'object' && o.id === pkg.org.id)) throw broken('报送包里缺少它的顶级组织，无法导入')
  return pkg
}

/** 报送包文件名里不能出现的字符换成下划线 */
export function packageFileName(orgName: string, date: string, kind: PackageKind = 'submission'): string {
  return `${kind === 'receipt' ? '体检结果回执' : '报送包'}-${orgName.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')}-${date}${PACKAGE_EXT}`
}
