// 纸面与台账共用的文字：佐证材料一栏先写说明，再列附件文件名；主要问题按一级指标概括一次（原因见逐项表，不再抄一遍）
import type { CheckupDetail } from './schemas'
export const evidenceText = (text: string | null | undefined, files: string[] | undefined): string | null =>
  [text, files?.length ? `附件：${files.join('、')}` : null].filter(Boolean).join('；') || null

/** 主要问题 as a person writes it: how many items lost how much, and where, by section; the reasons stay in the item table. */
export function mainProblems(d: Pick<CheckupDetail, 'score' | 'template'>): string {
  const deductions = d.score.deductions
  if (!deductions.length) return '无扣分项'
  const round = (x: number): number => Math.round(x * 100) / 100
  const body = d.template.body
  const parts = body.sections.flatMap((s) => {
    const mine = deductions.filter((x) => body.items.find((i) => i.code === x.code)?.section === s.code)
    if (!mine.length) return []
    const groups = [...new Set(mine.map((x) => body.items.find((i) => i.code === x.code)!.group))]
    return [`${s.name}方面，${groups.join('、')}（扣 ${round(mine.reduce((n, x) => n + x.lost, 0))} 分）`]
  })
  return `共 ${deductions.length} 项扣分，合计扣 ${round(deductions.reduce((n, x) => n + x.lost, 0))} 分。${parts.join('；')}。各项扣分原因见上表。`
}
