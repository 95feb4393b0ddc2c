// 测试用上下文：每个测试一个临时数据目录、真实 SQLite 文件、固定的“今天”
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type AppContext, createContext } from '../../src/main/context'

export const TODAY = '2026-11-25'

export function tempDir(prefix = 'redtie-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function testContext(dataDir = tempDir()): AppContext {
  return createContext({ dataDir, today: () => TODAY, actor: '测试' })
}
