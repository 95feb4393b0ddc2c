// 导出文件名：Windows 和 Linux 不许的字符、控制字符一律换成「_」，不会是「.」「..」或隐藏文件，太长时截短但保留扩展名
/** The longest base name (without extension) the app suggests: 60 Chinese characters stay well under 255 bytes. */
export const FILE_BASE_MAX = 60

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i
const EXTENSION = /\.[A-Za-z0-9]{1,5}$/

/** A base name (no extension) that is safe in any folder, at most `max` characters, cut with「…」. */
export function safeBaseName(base: string, max = FILE_BASE_MAX): string {
  let s = base.replace(FORBIDDEN, '_').replace(/^[\s.]+|[\s.]+$/g, '')
  if (!s) s = '导出'
  if (RESERVED.test(s)) s = `_${s}`
  const chars = Array.from(s)
  return chars.length > max ? `${chars.slice(0, max - 1).join('').replace(/[\s.]+$/, '')}…` : s
}

/** `name` with its extension kept and its base made safe (see safeBaseName). */
export function safeFileName(name: string, max = FILE_BASE_MAX): string {
  const ext = EXTENSION.exec(name)?.[0] ?? ''
  return safeBaseName(name.slice(0, name.length - ext.length), max) + ext.toLowerCase()
}
