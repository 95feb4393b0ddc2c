// 数据库的具名错误，界面据此提示恢复办法
import path from 'node:path'
import { AppError } from '../../shared/errors'
import { isTempName } from './atomicFile'

export class DatabaseTooNewError extends AppError {
  constructor(found: number, supported: number) {
    super('DB_TOO_NEW', `数据文件的版本（第 ${found} 版）比本程序支持的（第 ${supported} 版）新，请先升级红领带党建台账再打开。数据未做任何改动。`)
  }
}

export class NotOurDatabaseError extends AppError {
  constructor() {
    super('DB_FOREIGN', '这个文件不是红领带党建台账的数据文件，未做任何改动。')
  }
}

const READ_ONLY = '数据文件夹是只读的（例如在光盘、写保护的 U 盘或只读的网络盘上），改动不能保存，数据未改动。请把数据文件夹放到可以写入的位置（或解除只读），然后重新打开程序。'

/** The database or its folder cannot be written (opened from a read-only place). */
export class DataFolderReadOnlyError extends AppError {
  constructor(dataDir: string) {
    super('READ_ONLY', `${READ_ONLY}数据位置：${dataDir}`)
  }
}

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? '')

/** Where it happened: the folder when the path is one of our hidden temporary files (its name means nothing to a person). */
const where = (e: unknown): string => {
  const p = (e as { path?: unknown }).path
  if (typeof p !== 'string') return ''
  return isTempName(path.basename(p)) ? `（文件夹 ${path.dirname(p)}）` : `（${p}）`
}

/** The failures a person can do something about, each with its own Chinese message; null for anything else. */
export function describeSystemError(e: unknown): AppError | null {
  const code = codeOf(e)
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === 'DB_BUSY')
    return new AppError('DB_BUSY', '数据库被占用：另一个程序正在读写这份数据，这次操作没有完成，数据未改动。请稍等几秒再试；如果一直这样，请关闭其他打开这份数据的程序（必要时重新启动电脑）。')
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT')
    return new AppError('DISK_FULL', `磁盘空间不足${where(e)}：这次操作没有完成，数据未改动。请清理磁盘、删掉不用的文件后再试；导出的文件也可以存到别的磁盘。`)
  if (/^SQLITE_READONLY/.test(code) || code === 'EROFS') return new AppError('READ_ONLY', READ_ONLY)
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return new AppError('NO_PERMISSION', `没有权限写入这个位置${where(e)}：这次操作没有完成，数据未改动。请换一个保存位置，或请电脑管理员给这个文件夹写入权限。`)
  if (code === 'EBUSY')
    return new AppError('FILE_BUSY', `文件正被别的程序打开着${where(e)}（例如正在 Excel 或 WPS 里打开）：请先关掉它，或换一个文件名再试。`)
  return null
}

/** Opening the data folder failed: a folder that cannot be written gets the read-only message, the rest their own. */
export function describeOpenError(e: unknown, dataDir: string): unknown {
  if (e instanceof AppError) return e
  const code = codeOf(e)
  if (/^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code) || ['EROFS', 'EACCES', 'EPERM'].includes(code)) return new DataFolderReadOnlyError(dataDir)
  return describeSystemError(e) ?? e
}
