// 规则的依据：由规则数据里的引用（文件、章、条）写出「党章第五条；细则第四章第二十二条」，并检查章与条对得上
import type { Citation, RegulationDoc, Rule, RuleData, RuleKey, RuleSet, RuleSetData } from './types'

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1–99 in Chinese numerals as used for 章 and 条: 十、十二、二十、三十六. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`
}

export function citationText(c: Citation, docs: RegulationDoc[]): string {
  const doc = docs.find((d) => d.id === c.doc)
  const parts = [doc?.short ?? c.doc]
  if (c.chapter) parts.push(`第${chineseNumber(c.chapter)}章`)
  if (c.article) parts.push(`第${chineseNumber(c.article)}条`)
  return parts.join('') + (c.article && c.verified === false ? '（条号待核）' : '')
}

/** The 依据 of a rule: its citations, or 「地方规定」 with the source an organisation named. */
export function ruleOf(data: RuleData, docs: RegulationDoc[], localSource?: string): Rule {
  const cited = data.citations.map((c) => docs.find((d) => d.id === c.doc)).filter((d): d is RegulationDoc => !!d)
  const uniqueDocs = [...new Map(cited.map((d) => [d.id, d])).values()]
  const clause = data.citations.length ? data.citations.map((c) => citationText(c, docs)).join('；') : '地方规定'
  const source = localSource
    ? `地方规定：${localSource}`
    : uniqueDocs.length
      ? uniqueDocs.map((d) => d.title).join('；')
      : (data.localNote ?? '地方规定')
  return { ...data, clause: data.local && localSource ? `${clause}（${localSource}）` : clause, source, links: uniqueDocs.flatMap((d) => (d.link ? [d.link] : [])) }
}

export function ruleSetOf(data: RuleSetData, docs: RegulationDoc[]): RuleSet {
  const rules = {} as Record<RuleKey, Rule>
  for (const key of Object.keys(data.rules) as RuleKey[]) rules[key] = ruleOf(data.rules[key], docs)
  return { ...data, rules }
}

/** What is wrong with a rule set's citations (empty when every rule has a source and every article sits in its chapter). */
export function citationProblems(data: RuleSetData, docs: RegulationDoc[]): string[] {
  const out: string[] = []
  for (const [key, rule] of Object.entries(data.rules)) {
    if (!rule.citations.length && !(rule.local && rule.localNote)) out.push(`${key}：没有来源`)
    for (const c of rule.citations) {
      const doc = docs.find((d) => d.id === c.doc)
      if (!doc) {
        out.push(`${key}：不认识的文件「${c.doc}」`)
        continue
      }
      if (!doc.chapters || rule.local) continue
      const ch = doc.chapters.find((x) => x.no === c.chapter)
      if (!ch) out.push(`${key}：引用${doc.short}没有写明第几章`)
      else if (c.article && (c.article < ch.from || c.article > ch.to))
        out.push(`${key}：${doc.short}第${chineseNumber(ch.no)}章是第${chineseNumber(ch.from)}至${chineseNumber(ch.to)}条，不含第${chineseNumber(c.article)}条`)
    }
  }
  return out
}
