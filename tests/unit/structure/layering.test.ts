// 分层：宿主和工具在 src/ 下，测试引用它们，反过来不行；src、scripts、bench 里没有一处从 tests/ 引入
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : /\.(ts|tsx|mts|cts)$/.test(e.name) ? [p] : []
  })
}

/** `file: specifier` for every relative import that resolves into tests/. */
function importsOfTests(file: string): string[] {
  const out: string[] = []
  for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const spec = m[1]
    if (!spec.startsWith('.')) continue
    const target = path.relative(ROOT, path.resolve(path.dirname(file), spec))
    if (target === 'tests' || target.startsWith(`tests${path.sep}`)) out.push(`${path.relative(ROOT, file)}: ${spec}`)
  }
  return out
}

describe('分层', () => {
  it('检查本身认得出从 tests/ 引入的写法', () => {
    const probe = path.join(ROOT, 'scripts', '__probe.ts')
    fs.writeFileSync(probe, "import { launchApp } from '../tests/e2e/shell'\n")
    try {
      expect(importsOfTests(probe)).toEqual(['scripts/__probe.ts: ../tests/e2e/shell'])
    } finally {
      fs.rmSync(probe)
    }
  })

  it('src、scripts、bench 不从 tests/ 引入任何东西', () => {
    const all = ['src', 'scripts', 'bench'].flatMap((d) => files(path.join(ROOT, d)))
    expect(all.length).toBeGreaterThan(100)
    expect(all.flatMap(importsOfTests)).toEqual([])
  })
})
