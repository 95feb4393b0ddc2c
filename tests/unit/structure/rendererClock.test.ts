// 界面只从一处取“今天”（src/renderer/common/clock.ts，值来自主进程）：别处读浏览器时钟的写法一律不许有
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = path.resolve(import.meta.dirname, '../../../src/renderer')
const CLOCK = path.join(RENDERER, 'common', 'clock.ts')

/** Reads of the browser's own clock: `new Date()`, `Date.now()`, `dayjs()` and `todayIso()` with no argument. */
const READS_CLOCK = [/\bnew\s+Date\s*\(\s*\)/, /\bnew\s+Date\b(?!\s*\()/, /\bDate\.now\s*\(/, /\bdayjs\s*\(\s*\)/, /\btodayIso\s*\(\s*\)/]

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.(ts|tsx)$/.test(e.name) ? [p] : []
  })
}

/** Lines that read the clock, as `file:line: text`, comments left out. */
function clockReads(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, i) => {
      const code = text.replace(/\/\/.*$/, '')
      return READS_CLOCK.some((re) => re.test(code)) ? [`${path.relative(RENDERER, file)}:${i + 1}: ${text.trim()}`] : []
    })
}

describe('界面里的“今天”只有一个来源', () => {
  it('检查本身认得出读浏览器时钟的写法，也不冤枉带参数的调用', () => {
    for (const bad of ['const d = new Date()', 'Date.now() - t', 'dayjs().format()', 'todayIso()', 'const D = new Date', 'new Date( )'])
      expect(READS_CLOCK.some((re) => re.test(bad)), bad).toBe(true)
    for (const ok of ['dayjs(info.today)', "new Date('2026-11-25')", 'todayIso(now)', 'toDay(info.today)'])
      expect(READS_CLOCK.some((re) => re.test(ok)), ok).toBe(false)
  })

  it('src/renderer 里除 common/clock.ts 外没有 new Date()、Date.now()、不带参数的 dayjs() 或 todayIso()', () => {
    const files = sourceFiles(RENDERER).filter((f) => f !== CLOCK)
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap(clockReads)).toEqual([])
  })
})
