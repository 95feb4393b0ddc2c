import { describe, expect, it } from 'vitest'
import { checkCreditCode, creditCheckChar } from '../../../src/shared/creditCode'

describe('统一社会信用代码（GB 32100-2015）', () => {
  it('domain.md 的正确向量 91350100M000100Y43', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' })
    expect(creditCheckChar('91350100M000100Y4')).toBe('3')
  })

  it('改动一位后校验失败，只给警告文字', () => {
    const r = checkCreditCode('91350100M000100Y44')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.warning).toContain('校验位')
  })

  it.each([
    ['91350100M000100Y4', '18 位'],
    ['91350100M0001O0Y43', '不允许的字符'],
    ['9135010AM000100Y43', '不允许的字符']
  ])('%s → %s', (code, msg) => {
    const r = checkCreditCode(code)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.warning).toContain(msg)
  })

  it('小写与空格先规整', () => {
    expect(checkCreditCode(' 91350100m000100y43 ').ok).toBe(true)
  })
})
