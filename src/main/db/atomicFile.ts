// 先写到同一文件夹里的临时文件、落盘、再改名：中途被杀掉时，最终的文件名下要么是原来的文件，要么是完整的新文件
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const TEMP_NAME = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/

/** A hidden temporary name next to `final` (same folder, so the rename cannot cross disks). */
export function tempPathFor(final: string): string {
  return path.join(path.dirname(final), `.${path.basename(final)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
}

export const isTempName = (name: string): boolean => TEMP_NAME.test(name)

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/** Makes a rename durable; Windows cannot open a folder, and there the rename is already durable. */
export function fsyncDir(dir: string): void {
  let fd: number | null = null
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch {
    // 见上：Windows 上打不开文件夹
  } finally {
    if (fd !== null) fs.closeSync(fd)
  }
}

/** `write` fills the temporary file; only a complete, synced file is renamed to `final`. */
export async function writeAtomically(final: string, write: (tmp: string) => Promise<unknown> | unknown): Promise<void> {
  const tmp = tempPathFor(final)
  await guarded(tmp, () => write(tmp))
  settle(tmp, final)
}

export function writeAtomicallySync(final: string, write: (tmp: string) => unknown): void {
  const tmp = tempPathFor(final)
  guarded(tmp, () => write(tmp))
  settle(tmp, final)
}

/** Runs a step on the temporary file; if it fails, the half-written file goes. */
function guarded<T>(tmp: string, step: () => T): T {
  const abandon = (e: unknown): never => {
    fs.rmSync(tmp, { force: true })
    throw e
  }
  try {
    const r = step()
    return r instanceof Promise ? (r.catch(abandon) as T) : r
  } catch (e) {
    return abandon(e)
  }
}

/** Syncs the finished temporary file, renames it over `final`, and syncs the folder. */
function settle(tmp: string, final: string): void {
  guarded(tmp, () => {
    fsyncFile(tmp)
    fs.renameSync(tmp, final)
  })
  fsyncDir(path.dirname(final))
}

/** Removes temporary files a killed write left in `dir`; returns their names. */
export function removeLeftoverTemps(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  const left = fs.readdirSync(dir).filter(isTempName)
  for (const f of left) fs.rmSync(path.join(dir, f), { force: true })
  return left
}
