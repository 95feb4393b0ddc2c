// 体检计分：基础分（逐项体检得分合计）+ 加分（封顶）= 总分；按模板的等次表换算星级、等次、结论；否决项按模板处理。
// 主进程保存时和界面录入时用同一个函数。分数一律按“分”的百分之一取整计算，避免 0.1 + 0.2 的误差。
import type { TemplateBody } from './template'

export type ItemEntry = { selfScore: number | null; checkScore: number | null; reason: string | null }
export type ScoreInput = {
  items: Record<string, ItemEntry | undefined>
  bonus: { code: string; score: number }[]
  vetoes: string[]
}

export type SectionScore = { code: string; name: string; full: number; score: number; selfScore: number }
export type Deduction = { code: string; lost: number; reason: string | null }

export type CheckupScore = {
  fullMarks: number
  base: number
  selfBase: number
  bonus: number
  total: number
  vetoed: boolean
  /** 0 = 不评星 */
  stars: number
  level: string
  conclusion: string
  sections: SectionScore[]
  deductions: Deduction[]
  /** Items still without a 体检得分; they count as 0 until scored. */
  unscored: number
  selfScored: number
}

const h = (x: number): number => Math.round(x * 100)
const back = (x: number): number => x / 100

function pick<T extends { min: number }>(table: T[], total100: number): T {
  const sorted = [...table].sort((a, b) => b.min - a.min)
  return sorted.find((r) => total100 >= h(r.min)) ?? sorted[sorted.length - 1]
}

export function gradeOf(t: Pick<TemplateBody, 'grades'>, total: number, vetoed: boolean): { stars: number; level: string; conclusion: string } {
  const g = t.grades
  const stars = pick(g.stars, h(total)).stars
  if (vetoed) return { stars: g.onVeto.stars === 'none' ? 0 : Math.min(1, stars), level: g.onVeto.level, conclusion: g.onVeto.conclusion }
  return { stars, level: pick(g.levels, h(total)).name, conclusion: pick(g.conclusions, h(total)).name }
}

export function scoreCheckup(t: TemplateBody, input: ScoreInput): CheckupScore {
  let unscored = 0
  let selfScored = 0
  const deductions: Deduction[] = []
  const sections = t.sections.map((s) => ({ code: s.code, name: s.name, full: h(s.score), score: 0, selfScore: 0 }))
  for (const item of t.items) {
    const e = input.items[item.code]
    const sec = sections.find((s) => s.code === item.section)
    if (e?.selfScore !== null && e?.selfScore !== undefined) (selfScored++, sec && (sec.selfScore += h(e.selfScore)))
    if (e?.checkScore === null || e?.checkScore === undefined) {
      unscored++
      continue
    }
    if (sec) sec.score += h(e.checkScore)
    const lost = h(item.score) - h(e.checkScore)
    if (lost > 0) deductions.push({ code: item.code, lost: back(lost), reason: e.reason })
  }
  const base = sections.reduce((a, s) => a + s.score, 0)
  const selfBase = sections.reduce((a, s) => a + s.selfScore, 0)
  const bonusRaw = input.bonus.reduce((a, b) => {
    const max = t.bonus.items.find((i) => i.code === b.code)?.max ?? 0
    return a + Math.min(h(b.score), h(max))
  }, 0)
  const bonus = Math.min(bonusRaw, h(t.bonus.cap))
  const total = base + bonus
  const vetoed = input.vetoes.some((c) => t.vetoes.some((v) => v.code === c))
  return {
    fullMarks: back(sections.reduce((a, s) => a + s.full, 0)),
    base: back(base),
    selfBase: back(selfBase),
    bonus: back(bonus),
    total: back(total),
    vetoed,
    ...gradeOf(t, back(total), vetoed),
    sections: sections.map((s) => ({ ...s, full: back(s.full), score: back(s.score), selfScore: back(s.selfScore) })),
    deductions,
    unscored,
    selfScored
  }
}

/** Input rules: Chinese reasons a checkup's scores cannot be saved; empty when they can. */
export function checkScores(t: TemplateBody, input: ScoreInput): string[] {
  const errors: string[] = []
  for (const [code, e] of Object.entries(input.items)) {
    const item = t.items.find((i) => i.code === code)
    if (!item) {
      errors.push(`模板里没有检查项 ${code}`)
      continue
    }
    if (!e) continue
    for (const [label, v] of [['自评分', e.selfScore], ['体检得分', e.checkScore]] as const) {
      if (v === null) continue
      if (v < 0) errors.push(`${code} ${label}不能小于 0`)
      else if (h(v) > h(item.score)) errors.push(`${code} ${label} ${v} 超过了标准分 ${item.score}`)
    }
    if (e.checkScore !== null && h(e.checkScore) < h(item.score) && !e.reason?.trim()) errors.push(`${code} 扣了分，请写明扣分原因`)
  }
  const seen = new Set<string>()
  for (const b of input.bonus) {
    const item = t.bonus.items.find((i) => i.code === b.code)
    if (!item) errors.push(`模板里没有加分项 ${b.code}`)
    else if (b.score < 0) errors.push(`${b.code} 加分不能小于 0`)
    else if (h(b.score) > h(item.max)) errors.push(`${b.code} 加分 ${b.score} 超过了该项最高 ${item.max} 分`)
    if (seen.has(b.code)) errors.push(`加分项 ${b.code} 重复`)
    seen.add(b.code)
  }
  for (const v of input.vetoes) if (!t.vetoes.some((x) => x.code === v)) errors.push(`模板里没有否决项 ${v}`)
  return errors
}

export const starsName = (stars: number): string => (stars === 0 ? '不评星' : `${['', '一', '二', '三', '四', '五'][stars]}星`)
export const starsLabel = (stars: number): string => (stars === 0 ? '不评星' : `${'★'.repeat(stars)}（${starsName(stars)}）`)
