// 报送包文件格式：一份 JSON 文档（格式名、格式版本、数据库版本、顶级组织、各表的行），用 gzip 压缩。
// 为什么不用 SQLite 文件：JSON 按表名和列名存行，导入时只取本机表里有的列，旧版本的包也能读；
// gzip 自带 CRC 校验和长度，截断或改坏的文件在解压时就能发现；Node 自带 zlib，不需要新依赖。
import zlib from 'node:zlib'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import type { Row } from './tables'

export const PACKAGE_FORMAT = 'redtie-submission'
export const PACKAGE_FORMAT_VERSION = 1
export const PACKAGE_EXT = '.hldb'
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024 - 1

export type SubmitPackage = {
  format: typeof PACKAGE_FORMAT
  formatVersion: number
  schemaVersion: number
  appVersion: string
  exportedAt: string
  org: { id: string; name: string }
  tables: Record<string, Row[]>
}

const cell = z.union([z.string(), z.number(), z.null()])
const header = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(50),
  exportedAt: z.string().max(40),
  org: z.object({ id: z.string().min(1).max(100), name: z.string().max(200) }),
  tables: z.record(z.string().max(100), z.array(z.record(z.string().max(100), cell)))
})

export function packSubmission(pkg: SubmitPackage): Buffer {
  return zlib.gzipSync(Buffer.from(JSON.stringify(pkg), 'utf8'))
}

const broken = (why: string): AppError => new AppError('BAD_PACKAGE', `${why}。本机数据没有任何改动。`)

/** 检查并读出报送包；任何问题都抛出中文说明，不碰数据库 */
export function unpackSubmission(bytes: Buffer, schemaVersion: number): SubmitPackage {
  if (bytes.length === 0) throw broken('选择的文件是空的')
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw broken('这个文件不是报送包（报送包由「导出报送包」生成，扩展名为 .hldb）')
  let text: string
  try {
    text = zlib.gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8')
  } catch {
    throw broken('报送包已损坏或不完整（可能没有复制完），请让企业重新导出一份')
  }
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
  if (!parsed.success) throw broken('报送包内容不完整或被改动过，无法读取')
  const pkg = parsed.data as SubmitPackage
  if (pkg.schemaVersion > schemaVersion)
    throw broken(`报送包来自更新版本的程序（数据第 ${pkg.schemaVersion} 版，本程序第 ${schemaVersion} 版），请先升级本程序再导入`)
  if (!(pkg.tables.orgs ?? []).some((o) => o.id === pkg.org.id)) throw broken('报送包里缺少它的顶级组织，无法导入')
  return pkg
}

/** 报送包文件名里不能出现的字符换成下划线 */
export function packageFileName(orgName: string, date: string): string {
  return `报送包-${orgName.replace(/[\\/:*?"<>|]/g, '_')}-${date}${PACKAGE_EXT}`
}
