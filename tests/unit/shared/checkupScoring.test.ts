import { describe, expect, it } from 'vitest'
import seed from '../../../seeds/checkup-templates/default-2026.1.json'
import { checkScores, gradeOf, type ItemEntry, scoreCheckup } from '../../../src/shared/checkups/scoring'
import { templateBody } from '../../../src/shared/checkups/template'

const t = templateBody.parse({ title: seed.title, source: seed.source, sections: seed.sections, items: seed.items, bonus: seed.bonus, vetoes: seed.vetoes, grades: seed.grades })

/** Every item at full marks, then points taken off item by item until the base is `base`. */
function entriesFor(base: number): Record<string, ItemEntry> {
  let toLose = Math.round((100 - base) * 100)
  const out: Record<string, ItemEntry> = {}
  for (const i of t.items) {
    const lose = Math.min(toLose, Math.round(i.score * 100))
    toLose -= lose
    out[i.code] = { selfScore: i.score, checkScore: (Math.round(i.score * 100) - lose) / 100, reason: lose ? '记录不全' : null }
  }
  return out
}

describe('默认模板', () => {
  it('五个一级指标合计 100 分，42 个检查项，加分封顶 5，四个否决项', () => {
    expect(t.items).toHaveLength(42)
    expect(scoreCheckup(t, { items: entriesFor(100), bonus: [], vetoes: [] })).toMatchObject({ fullMarks: 100, base: 100, total: 100, unscored: 0 })
    expect(t.bonus.cap).toBe(5)
    expect(t.vetoes.map((v) => v.code)).toEqual(['F1', 'F2', 'F3', 'F4'])
  })
})

describe('等次换算：每个阈值两侧', () => {
  it.each([
    [100, 5, '好', '健康'],
    [90, 5, '好', '健康'],
    [89.5, 4, '较好', '健康'],
    [85, 4, '较好', '健康'],
    [84.5, 4, '较好', '亚健康'],
    [80, 4, '较好', '亚健康'],
    [79.5, 3, '一般', '亚健康'],
    [70, 3, '一般', '亚健康'],
    [69.5, 2, '一般', '需整改'],
    [60, 2, '一般', '需整改'],
    [59.5, 1, '较差', '需整改'],
    [0, 1, '较差', '需整改']
  ])('基础分 %s → %s 星、%s、%s', (base, stars, level, conclusion) => {
    const s = scoreCheckup(t, { items: entriesFor(base), bonus: [], vetoes: [] })
    expect(s.base).toBe(base)
    expect(s.total).toBe(base)
    expect({ stars: s.stars, level: s.level, conclusion: s.conclusion }).toEqual({ stars, level, conclusion })
  })

  it('小数扣分不产生浮点误差：10 次扣 0.3 正好少 3 分', () => {
    const items = entriesFor(100)
    items['C2.1'] = { selfScore: 3, checkScore: 2.7, reason: '少 1 次' }
    items['C1.3'] = { selfScore: 2, checkScore: 1.75, reason: '少 1 次' }
    items['A1.2'] = { selfScore: 3, checkScore: 2.55, reason: '未转入' }
    const s = scoreCheckup(t, { items, bonus: [], vetoes: [] })
    expect(s.base).toBe(99)
    expect(s.deductions.map((d) => [d.code, d.lost])).toEqual([['A1.2', 0.45], ['C1.3', 0.25], ['C2.1', 0.3]])
  })
})

describe('加分与否决', () => {
  it('加分按每项最高分与总上限封顶，总分可超过 100，并按总分定级', () => {
    const s = scoreCheckup(t, { items: entriesFor(88), bonus: [{ code: 'J1', score: 3 }, { code: 'J2', score: 1 }, { code: 'J3', score: 1 }], vetoes: [] })
    expect([s.base, s.bonus, s.total, s.stars, s.level]).toEqual([88, 5, 93, 5, '好'])
    const over = scoreCheckup(t, { items: entriesFor(100), bonus: [{ code: 'J1', score: 9 }], vetoes: [] })
    expect([over.bonus, over.total]).toEqual([3, 103])
    const nearly = scoreCheckup(t, { items: entriesFor(89), bonus: [{ code: 'J2', score: 0.5 }], vetoes: [] })
    expect([nearly.total, nearly.stars]).toEqual([89.5, 4])
  })

  it.each([
    [100, 'none', 0],
    [100, 'max1', 1],
    [75, 'max1', 1],
    [50, 'none', 0]
  ] as const)('总分 %s、否决处理 %s → %s 星，结论需整改', (base, mode, stars) => {
    const tt = { ...t, grades: { ...t.grades, onVeto: { ...t.grades.onVeto, stars: mode } } }
    const s = scoreCheckup(tt, { items: entriesFor(base), bonus: [], vetoes: ['F2'] })
    expect(s).toMatchObject({ vetoed: true, stars, level: '较差', conclusion: '需整改', total: base })
  })

  it('不认识的否决项不触发否决', () => {
    expect(scoreCheckup(t, { items: entriesFor(95), bonus: [], vetoes: ['F9'] }).vetoed).toBe(false)
    expect(gradeOf(t, 95, false)).toEqual({ stars: 5, level: '好', conclusion: '健康' })
  })

  it('未评分的项按 0 计并计数', () => {
    const items = entriesFor(100)
    delete items['E3.3']
    items['E3.2'] = { selfScore: 3, checkScore: null, reason: null }
    const s = scoreCheckup(t, { items, bonus: [], vetoes: [] })
    expect([s.base, s.unscored, s.selfScored]).toEqual([96, 2, 41])
    expect(s.sections.find((x) => x.code === 'E')).toMatchObject({ full: 15, score: 11 })
  })
})

describe('录入规则', () => {
  it.each([
    [{ 'A1.1': { selfScore: 3, checkScore: 2, reason: null } }, 'A1.1 自评分 3 超过了标准分 2'],
    [{ 'A1.1': { selfScore: null, checkScore: -0.5, reason: '不符' } }, 'A1.1 体检得分不能小于 0'],
    [{ 'A1.1': { selfScore: 2, checkScore: 1, reason: ' ' } }, 'A1.1 扣了分，请写明扣分原因'],
    [{ 'Z9.9': { selfScore: 1, checkScore: 1, reason: null } }, '模板里没有检查项 Z9.9']
  ])('%o → %s', (items, msg) => {
    expect(checkScores(t, { items, bonus: [], vetoes: [] })).toEqual([msg])
  })

  it('加分超过该项最高分、不认识的加分项与否决项被拒绝', () => {
    expect(checkScores(t, { items: {}, bonus: [{ code: 'J2', score: 2 }, { code: 'J8', score: 1 }], vetoes: ['F7'] })).toEqual([
      'J2 加分 2 超过了该项最高 1 分',
      '模板里没有加分项 J8',
      '模板里没有否决项 F7'
    ])
  })

  it('满分不需要原因，扣分写了原因可以保存', () => {
    expect(checkScores(t, { items: entriesFor(72.5), bonus: [{ code: 'J1', score: 2 }], vetoes: ['F1'] })).toEqual([])
  })
})

describe('模板校验', () => {
  it('没有检查项、一级指标分值与检查项合计不符、编号重复都被拒绝', () => {
    const base = { title: '测试', source: '测试', sections: seed.sections, items: seed.items, bonus: seed.bonus, vetoes: seed.vetoes, grades: seed.grades }
    expect(templateBody.safeParse({ ...base, items: [] }).error?.issues.map((i) => i.message)).toContain('模板至少要有一个检查项')
    const changed = seed.items.map((i) => (i.code === 'A1.1' ? { ...i, score: 3 } : i))
    expect(templateBody.safeParse({ ...base, items: changed }).error?.issues.map((i) => i.message)).toContain('一级指标「组织建设」分值 20，但其检查项合计 21')
    const dup = [...seed.items, seed.items[0]]
    expect(templateBody.safeParse({ ...base, items: dup }).error?.issues.map((i) => i.message)).toContain('编号 A1.1 重复')
  })
})
