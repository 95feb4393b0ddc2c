// 恶意或错误的输入：对契约里的每个通道生成错误类型、缺字段、多字段、__proto__、超长字符串、像 SQL 的文字、不存在的日期，
// 都得到中文的校验错误或正常结果，不崩溃，数据库（各表行数与变更日志）不变
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { createDispatch } from '../../../src/main/api'
import { loadDemo } from '../../../src/main/seeds/demo'
import { type Channel, channels, contract } from '../../../src/shared/contract'
import { testContext } from '../../helpers/context'

function fieldsOf(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; options?: z.ZodType[] }
  if (s.shape) return Object.keys(s.shape)
  if (s.options) return [...new Set(s.options.flatMap(fieldsOf))]
  return []
}

const ALWAYS_INVALID: [string, () => unknown][] = [
  ['数字', () => 42],
  ['字符串', () => 'DROP TABLE members'],
  ['数组', () => [1, 2]],
  ['null', () => null],
  ['布尔', () => true],
  ['多余字段', () => ({ zzUnknown: 1 })],
  ['__proto__', () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')]
]

const FIELD_VALUES: [string, unknown, boolean][] = [
  ['嵌套对象', { nested: { deep: true } }, true],
  ['超长字符串', 'x'.repeat(200_000), false],
  ['像 SQL 的文字', "'; DROP TABLE members; --", false],
  ['不存在的日期', '2026-02-30', false],
  ['负数', -1, false],
  ['巨大数字', 1e308, false]
]

describe('每个通道都挡得住坏输入', () => {
  const ctx = testContext()
  loadDemo(ctx)
  const dispatch = createDispatch(ctx, () => {})
  const tables = (ctx.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name)
  const snapshot = (): Record<string, number> => Object.fromEntries(tables.map((t) => [t, (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]))
  it.each(channels)('%s', async (channel: Channel) => {
    const before = snapshot()
    const cases: [string, unknown, boolean][] = ALWAYS_INVALID.map(([n, f]) => [n, f(), true])
    for (const field of fieldsOf(contract[channel].input as z.ZodType))
      for (const [n, v, invalid] of FIELD_VALUES) cases.push([`${field}=${n}`, { [field]: v }, invalid])
    for (const [name, payload, mustBeInvalid] of cases) {
      const r = await dispatch(channel, payload)
      if (!r.ok) {
        expect(r.error.code, `${channel} ${name}: ${r.error.message}`).not.toBe('INTERNAL')
        expect(r.error.message, `${channel} ${name}`).toMatch(/[\u4e00-\u9fa5]/)
        expect(r.error.message.length, `${channel} ${name}`).toBeLessThan(2000)
      } else expect(mustBeInvalid, `${channel} ${name} 被接受了`).toBe(false)
      if (mustBeInvalid) expect(r.ok ? 'ok' : r.error.code, `${channel} ${name}`).toBe('INVALID')
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(snapshot()).toEqual(before)
  })
})
