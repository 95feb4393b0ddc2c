// 体检指标模板：一级指标、检查项（分值、评分细则、核查方式、可选的自动预评指标）、加分项（封顶）、否决项、等次换算表
import { z } from 'zod'
import { problemCategories } from '../problems/schemas'

const text = (label: string, max: number) => z.string(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)
/** Marks are kept to two decimals (0.25, 0.3 … appear in the rules). */
export const marks = (label: string) =>
  z.number(`${label}应为数字`).min(0, `${label}不能小于 0`).max(1000, `${label}过大`).refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, `${label}最多两位小数`)


export const templateItem = z.strictObject({
  code: z.string().trim().regex(/^[A-Z]\d{1,2}\.\d{1,2}$/, '检查项编号应形如 A1.1'),
  section: z.string().regex(/^[A-Z]$/, '一级指标编号应为一个大写字母'),
  group: text('二级指标', 30),
  content: text('检查内容', 300),
  score: marks('分值').refine((v) => v > 0, '分值应大于 0'),
  rule: text('评分细则', 300),
  method: text('核查方式', 20),
  auto: z.string().max(30).nullable().optional().transform((v) => v ?? null),
  /** 自动预评指标名（src/main/checkups/metrics.ts 里登记的才会计算，其余当作人工评分） */
  metric: z.string().max(40).nullable().optional().transform((v) => v ?? null),
  /** 指标计算用的参数（每人扣分、应开次数……），属于规则数据 */
  metricParams: z.record(z.string().max(40), z.number().min(0).max(10000)).optional()
})

const threshold = z.number().min(0).max(200)

export const templateBody = z
  .strictObject({
    title: text('模板名称', 60),
    source: text('来源说明', 500),
    sections: z.array(z.strictObject({ code: z.string().regex(/^[A-Z]$/), name: text('一级指标名称', 20), score: marks('一级指标分值'), category: z.enum(problemCategories).nullable().optional().transform((v) => v ?? null) })).min(1, '至少要有一个一级指标').max(20),
    items: z.array(templateItem).min(1, '模板至少要有一个检查项').max(300, '检查项不能超过 300 个'),
    bonus: z.strictObject({
      cap: marks('加分上限'),
      items: z.array(z.strictObject({ code: z.string().regex(/^J\d{1,2}$/, '加分项编号应形如 J1'), content: text('加分项内容', 200), max: marks('加分项最高分') })).max(20)
    }),
    vetoes: z.array(z.strictObject({ code: z.string().regex(/^F\d{1,2}$/, '否决项编号应形如 F1'), content: text('否决项内容', 200) })).max(20),
    grades: z.strictObject({
      stars: z.array(z.strictObject({ min: threshold, stars: z.number().int().min(1).max(5) })).min(1),
      levels: z.array(z.strictObject({ min: threshold, name: text('等次名称', 10) })).min(1),
      conclusions: z.array(z.strictObject({ min: threshold, name: text('结论名称', 10) })).min(1),
      /** 有否决项时：stars 'none' 不评星，'max1' 最高一星；等次和结论直接取给定值 */
      onVeto: z.strictObject({ stars: z.enum(['none', 'max1'], '否决时的星级处理只能是不评星或最高一星'), level: text('否决时的等次', 10), conclusion: text('否决时的结论', 10) })
    })
  })
  .superRefine((t, ctx) => {
    for (const msg of templateProblems(t)) ctx.addIssue({ code: 'custom', message: msg })
  })
export type TemplateBody = z.output<typeof templateBody>
export type TemplateItem = TemplateBody['items'][number]

/** Consistency a schema cannot express: unique codes, items under known sections, section totals. */
export function templateProblems(t: Pick<TemplateBody, 'sections' | 'items' | 'bonus' | 'vetoes'>): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  for (const code of [...t.items.map((i) => i.code), ...t.bonus.items.map((b) => b.code), ...t.vetoes.map((v) => v.code)]) {
    if (seen.has(code)) errors.push(`编号 ${code} 重复`)
    seen.add(code)
  }
  for (const i of t.items) if (!t.sections.some((s) => s.code === i.section)) errors.push(`检查项 ${i.code} 所属的一级指标 ${i.section} 不存在`)
  for (const s of t.sections) {
    const sum = t.items.filter((i) => i.section === s.code).reduce((a, i) => a + Math.round(i.score * 100), 0)
    if (sum !== Math.round(s.score * 100)) errors.push(`一级指标「${s.name}」分值 ${s.score}，但其检查项合计 ${sum / 100}`)
  }
  return errors
}

export type TemplateSummary = {
  id: string
  key: string
  version: string
  title: string
  basedOn: string | null
  shipped: boolean
  /** Used by a checkup: never changed or deleted again. */
  inUse: boolean
  itemCount: number
  fullMarks: number
  createdAt: string
}

export type CheckupTemplate = TemplateSummary & { body: TemplateBody }

/** Full marks of a template: the sum of its sections. */
export const fullMarksOf = (t: Pick<TemplateBody, 'sections'>): number => t.sections.reduce((a, s) => a + Math.round(s.score * 100), 0) / 100
