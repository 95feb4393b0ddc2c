// 测试用上下文：每个测试一个临时数据目录、真实 SQLite 文件、固定的“今天”
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type AppContext, createContext } from '../../src/main/context'
import { TODAY } from './clock'

export { TODAY }

export function tempDir(prefix = 'redtie-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** A context on a fresh data folder whose “today” is the suite's date, or the date a test pins for itself. */
export function testContext(dataDir = tempDir(), today: string = TODAY): AppContext {
  return createContext({ dataDir, today: () => today, actor: '测试' })
}
