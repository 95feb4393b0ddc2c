// 培养联系人（1～2 名）与入党介绍人（2 名）：只能是花名册里的正式党员，停止党籍、出党的不行，预备党员不行
import type { RuleSet } from './types'

export type RosterPerson = { id: string; name: string; category: string; status: string } | null

export function checkHelpers(role: 'contacts' | 'introducers', ids: string[], people: RosterPerson[], set: RuleSet): string[] {
  const rule = set.rules[role]
  const what = role === 'contacts' ? '培养联系人' : '入党介绍人'
  const basis = `（依据：${rule.clause}）`
  const errors: string[] = []
  if (new Set(ids).size !== ids.length) errors.push(`${what}不能重复选同一个人`)
  if (role === 'introducers' && ids.length !== rule.value) errors.push(`入党介绍人须为 ${rule.value} 名正式党员，现在选了 ${ids.length} 名${basis}`)
  if (role === 'contacts' && (ids.length < 1 || ids.length > rule.value)) errors.push(`培养联系人为 1～${rule.value} 名正式党员${basis}`)
  ids.forEach((_id, i) => {
    const p = people[i]
    if (!p) errors.push(`${what}不在花名册中或已被删除`)
    else if (p.category !== 'full') errors.push(`${p.name}是预备党员，不能作${what}，须为正式党员${basis}`)
    else if (p.status === 'suspended' || p.status === 'left' || p.status === 'lost') errors.push(`${p.name}目前党员状态异常（停止党籍、出党或失联），不能作${what}${basis}`)
  })
  return errors
}
