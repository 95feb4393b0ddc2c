// 附件文件：按内容的 SHA-256 存在 <数据目录>/附件/ab/abcdef….ext，同样的文件只存一份；先写临时文件再改名，写一半不会留下坏文件
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const ATTACHMENT_DIR = '附件'

const safeExt = (fileName: string): string => {
  const ext = path.extname(fileName).toLowerCase()
  return /^\.[a-z0-9]{1,8}$/.test(ext) ? ext : ''
}

export function attachmentFile(dataDir: string, sha256: string, fileName: string): string {
  return path.join(dataDir, ATTACHMENT_DIR, sha256.slice(0, 2), sha256 + safeExt(fileName))
}

/** Stores the bytes (once per content) and returns their hash. */
export function storeAttachmentFile(dataDir: string, fileName: string, data: Buffer): string {
  const sha256 = createHash('sha256').update(data).digest('hex')
  const file = attachmentFile(dataDir, sha256, fileName)
  if (fs.existsSync(file) && fs.statSync(file).size === data.length) return sha256
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  const fd = fs.openSync(tmp, 'w')
  try {
    fs.writeSync(fd, data)
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  fs.renameSync(tmp, file)
  return sha256
}

/** Deletes every stored copy of this content (the same bytes may be stored under several extensions); returns what went. */
export function deleteStoredFiles(dataDir: string, sha256: string): string[] {
  const dir = path.join(dataDir, ATTACHMENT_DIR, sha256.slice(0, 2))
  if (!/^[0-9a-f]{64}$/.test(sha256) || !fs.existsSync(dir)) return []
  const gone: string[] = []
  for (const f of fs.readdirSync(dir).filter((n) => n.startsWith(sha256))) {
    // a file the system holds open stays for now: it is unused and harmless, the record is already gone
    try {
      fs.rmSync(path.join(dir, f), { force: true })
      gone.push(path.join(dir, f))
    } catch {
      /* keep going */
    }
  }
  if (!fs.readdirSync(dir).length) fs.rmSync(dir, { recursive: true, force: true })
  return gone
}
