// 居民身份证号（GB 11643-1999）：ISO 7064 MOD 11-2 校验，出生日期与性别派生
import { isValidIsoDate } from './dates'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export type IdCardInfo = { birthDate: string; gender: 1 | 2 }
export type IdCardResult = { ok: true; value: string; info: IdCardInfo } | { ok: false; message: string }

export function normalizeIdNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').toUpperCase()
}

export function idCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** Checks an 18-digit ID; `today` (YYYY-MM-DD) bounds the birth date. */
export function checkIdNumber(raw: string, today: string): IdCardResult {
  const value = normalizeIdNumber(raw)
  if (/^\d{15}$/.test(value)) return { ok: false, message: '这是 15 位旧身份证号，请填写 18 位新号码' }
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, message: '身份证号应为 18 位，前 17 位是数字，末位是数字或 X' }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (!isValidIsoDate(birthDate)) return { ok: false, message: `身份证号中的出生日期 ${birthDate} 不是有效日期` }
  if (birthDate > today) return { ok: false, message: `身份证号中的出生日期 ${birthDate} 晚于今天` }
  if (birthDate < '1900-01-01') return { ok: false, message: `身份证号中的出生日期 ${birthDate} 早于 1900 年` }
  const expected = idCheckChar(value.slice(0, 17))
  if (expected !== value[17]) return { ok: false, message: '身份证号校验位不正确，请核对号码是否抄错' }
  const gender = Number(value[16]) % 2 === 1 ? 1 : 2
  return { ok: true, value, info: { birthDate, gender } }
}
