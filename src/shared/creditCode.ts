// 统一社会信用代码（GB 32100-2015）：31 字符集加权校验；失败只警告，不阻止保存（domain.md §6.2）
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck = { ok: true; value: string } | { ok: false; value: string; warning: string }

export function creditCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i])
    if (v < 0) return null
    sum += v * WEIGHTS[i]
  }
  const c = 31 - (sum % 31)
  return CHARSET[c === 31 ? 0 : c]
}

export function checkCreditCode(raw: string): CreditCodeCheck {
  const value = raw.trim().replace(/\s+/g, '').toUpperCase()
  if (value.length !== 18) return { ok: false, value, warning: '统一社会信用代码应为 18 位' }
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value))
    return { ok: false, value, warning: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V），或第 3–8 位不是数字' }
  if (creditCheckChar(value.slice(0, 17)) !== value[17])
    return { ok: false, value, warning: '统一社会信用代码校验位不符。部分早期代码不符合国标但仍有效，请与营业执照核对' }
  return { ok: true, value }
}
