// 支部大会表决（domain.md §2.4）：到会有表决权人数须超过应到会人数的半数；
// 赞成票（含会前书面同意）须超过应到会有表决权正式党员的半数——分母是「应到」，不是「实到」
import type { VoteCounts } from './types'

export type VoteResult = { errors: string[]; quorum: boolean; passed: boolean; agreeTotal: number }

export function decideVote(v: VoteCounts): VoteResult {
  const errors: string[] = []
  const counts = [v.expected, v.present, v.agree, v.disagree, v.abstain, v.writtenAgree, v.writtenOther]
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) errors.push('票数必须是不小于 0 的整数')
  if (v.expected < 1) errors.push('应到会有表决权的正式党员人数至少为 1')
  if (v.present > v.expected) errors.push(`实到会人数 ${v.present} 不能多于应到会人数 ${v.expected}`)
  const ballots = v.agree + v.disagree + v.abstain
  if (ballots > v.present) errors.push(`同意、不同意、弃权合计 ${ballots} 票，多于实到会有表决权的 ${v.present} 人`)
  const written = v.writtenAgree + v.writtenOther
  if (written > v.expected - v.present) errors.push(`书面意见 ${written} 份，多于未到会的有表决权党员 ${Math.max(0, v.expected - v.present)} 人`)
  const agreeTotal = v.agree + v.writtenAgree
  const quorum = v.present * 2 > v.expected
  return { errors, quorum, passed: errors.length === 0 && quorum && agreeTotal * 2 > v.expected, agreeTotal }
}

/** One line for ledgers and the 纪实表: 应到 9 人，实到 8 人，同意 7 票（含书面 1）… */
export function voteSummary(v: VoteCounts): string {
  const r = decideVote(v)
  const written = v.writtenAgree + v.writtenOther ? `，书面意见 ${v.writtenAgree + v.writtenOther} 份（同意 ${v.writtenAgree}）` : ''
  return `应到 ${v.expected} 人，实到 ${v.present} 人；同意 ${v.agree}，不同意 ${v.disagree}，弃权 ${v.abstain}${written}；${r.passed ? '通过' : '未通过'}`
}
