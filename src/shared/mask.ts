// 个人信息脱敏：身份证号、手机号在列表与导出中默认遮盖
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return ''
  if (id.length < 8) return '*'.repeat(id.length)
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4)
}

export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return ''
  if (phone.length < 7) return '*'.repeat(phone.length)
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4)
}
