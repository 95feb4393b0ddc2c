// 姓名拼音：首字母（如 张三 → zs）和全拼，供花名册拼音搜索；姓氏按姓氏读音处理（如 单 → shan）
import { pinyin } from 'pinyin-pro'

export function namePinyin(name: string): { initials: string; full: string } {
  const opts = { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' } as const
  const initials = pinyin(name, { ...opts, pattern: 'first' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '')
  const full = pinyin(name, opts).join('').toLowerCase().replace(/[^a-z0-9]/g, '')
  return { initials, full }
}
