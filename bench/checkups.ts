// 党建体检的性能指标：500 家企业一个批次的计分与汇总；在 Chromium 外壳里把一张体检表打印成 PDF（目标 ≤ 2 s）
import fs from 'node:fs'
import path from 'node:path'
import { getRound, summariseRound } from '../src/main/checkups/rounds'
import { getCheckup, saveCheckup } from '../src/main/checkups/service'
import { getTemplate } from '../src/main/checkups/templates'
import { createContext } from '../src/main/context'
import { saveRound } from '../src/main/checkups/rounds'
import { saveOrg } from '../src/main/org/service'
import { loadDemo } from '../src/main/seeds/demo'
import { checkupInput, roundInput } from '../src/shared/checkups/schemas'
import { scoreCheckup } from '../src/shared/checkups/scoring'
import { orgInput } from '../src/shared/org/schemas'
import { printRoute } from '../src/shared/print'
import { launchApp } from '../src/shell'
import type { FigureFn } from './run'

const ROUND_SIZE = 500
const DEFAULT_TEMPLATE = 'c4ec0000-0000-4000-8000-000000000001'
const ms = (t: number): number => Number((performance.now() - t).toFixed(1))

/** Deterministic pseudo-random deductions so runs compare. */
function* rng(seed: number): Generator<number> {
  let x = seed
  for (;;) yield ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648)
}

export const checkupRound: FigureFn = (env) => {
  const ctx = createContext({ dataDir: path.join(env.tmp, 'checkups'), today: () => env.today })
  try {
    const park = saveOrg(ctx, orgInput.parse({ name: '基准园区综合党委', orgType: 'committee', setupMode: 'park' })).id
    const orgIds = Array.from({ length: ROUND_SIZE }, (_, i) => saveOrg(ctx, orgInput.parse({ name: `基准企业${i + 1}党支部`, orgType: 'branch', setupMode: 'single', parentId: park, enterpriseName: `基准企业${i + 1}有限公司` })).id)
    const body = getTemplate(ctx, DEFAULT_TEMPLATE).body
    const r = rng(7)
    const entries = orgIds.map(() =>
      body.items.map((i) => {
        const lose = r.next().value < 0.15 ? Math.round(r.next().value * i.score * 2) / 2 : 0
        return { code: i.code, selfScore: i.score, checkScore: i.score - lose, reason: lose ? '记录不全' : null }
      })
    )
    // the pure rule alone: 500 checkups scored and the round summarised
    let t = performance.now()
    const scored = entries.map((items) => scoreCheckup(body, { items: Object.fromEntries(items.map((i) => [i.code, i])), bonus: [], vetoes: [] }))
    summariseRound(body, scored.map((s, i) => ({ id: String(i), progress: 'reviewed', level: s.level, stars: s.stars, lost: Object.fromEntries(s.deductions.map((d) => [d.code, d.lost])) }) as never))
    const pure = ms(t)
    const roundId = saveRound(ctx, roundInput.parse({ name: '基准批次', parkOrgId: park, templateId: DEFAULT_TEMPLATE, startDate: env.today, orgIds })).id
    const checkups = getRound(ctx, roundId).checkups
    t = performance.now()
    checkups.forEach((c, i) => saveCheckup(ctx, checkupInput.parse({ id: c.id, orgId: c.orgId, templateId: DEFAULT_TEMPLATE, roundId, checkDate: env.today, items: entries[orgIds.indexOf(c.orgId)] ?? entries[i] })))
    const saving = ms(t)
    t = performance.now()
    const summary = getRound(ctx, roundId)
    const summarising = ms(t)
    if (summary.progress.self_assessed !== ROUND_SIZE) throw new Error('基准批次的进度不对')
    return [
      { name: `checkup_round_${ROUND_SIZE}_score_summarise_pure`, value: pure, unit: 'ms' },
      { name: `checkup_round_${ROUND_SIZE}_save_scored`, value: saving, unit: 'ms' },
      { name: `checkup_round_${ROUND_SIZE}_summary`, value: summarising, unit: 'ms' }
    ]
  } finally {
    ctx.close()
  }
}

export const checkupFormPdf: FigureFn = async (env) => {
  const dataDir = path.join(env.tmp, 'checkup-pdf')
  fs.mkdirSync(dataDir, { recursive: true })
  const app = await launchApp({ dataDir, today: () => env.today })
  try {
    loadDemo(app.ctx)
    const id = 'c4ec0000-0000-4000-8000-0000000000b3'
    getCheckup(app.ctx, id)
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      const pdf = await app.ctx.renderPdf!(printRoute({ kind: 'checkup-form', id }))
      times.push(ms(t))
      if (pdf.length < 10_000) throw new Error('体检表 PDF 太小')
    }
    return [
      { name: 'checkup_form_pdf_first', value: times[0], unit: 'ms' },
      { name: 'checkup_form_pdf_warm', value: [...times.slice(1)].sort((a, b) => a - b)[0], unit: 'ms' },
      { name: 'checkup_form_pdf_goal', value: 2000, unit: 'ms' }
    ]
  } finally {
    await app.close()
  }
}
