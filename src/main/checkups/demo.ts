// 示例体检数据（seeds/demo/checkups.json）：2025 年度批次、三家企业已签字的体检、由扣分项转成的问题；幂等
import demo from '../../../seeds/demo/checkups.json'
import { checkupInput } from '../../shared/checkups/schemas'
import { problemTransition } from '../../shared/problems/schemas'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { transitionProblem } from '../problems/service'
import { confirmCheckupProblems, proposeProblems, saveCheckup, signOffCheckup } from './service'
import { roundStore } from './store'
import { ensureShippedTemplates, getTemplate } from './templates'

export function loadCheckupDemo(ctx: AppContext): number {
  const { db } = ctx
  let added = 0
  ensureShippedTemplates(db)
  db.transaction(() => {
    for (const r of demo.rounds) {
      if (db.prepare('SELECT 1 FROM checkup_rounds WHERE id = ?').get(r.id)) continue
      roundStore.insert(db, { ...r, createdAt: nowStamp() }, nowStamp())
    }
    for (const c of demo.checkups) {
      if (db.prepare('SELECT 1 FROM checkups WHERE id = ?').get(c.id)) continue
      if (!db.prepare('SELECT 1 FROM orgs WHERE id = ? AND deleted_at IS NULL').get(c.orgId)) continue
      const deductions = c.deductions as unknown as Record<string, [number, string]>
      const selfLoss = c.selfLoss as unknown as Record<string, number>
      const items = getTemplate(ctx, demo.rounds[0].templateId).body.items.map((i) => ({
        code: i.code,
        selfScore: Math.round((i.score - (selfLoss[i.code] ?? 0)) * 100) / 100,
        checkScore: Math.round((i.score - (deductions[i.code]?.[0] ?? 0)) * 100) / 100,
        reason: deductions[i.code]?.[1] ?? null
      }))
      const input = checkupInput.parse({ orgId: c.orgId, templateId: demo.rounds[0].templateId, roundId: c.roundId, checkDate: c.checkDate, checker: c.checker, companion: c.companion, items, bonus: c.bonus, vetoes: c.vetoes, requirements: c.requirements })
      saveCheckup(ctx, input, c.id)
      signOffCheckup(ctx, { id: c.id, signer: c.signedBy })
      const ids = confirmCheckupProblems(ctx, { id: c.id, problems: proposeProblems(ctx, c.id) })
      const codes = new Map(ids.map((id) => [(db.prepare('SELECT indicator_code AS c FROM problems WHERE id = ?').get(id) as { c: string }).c, id]))
      for (const code of c.closeProblems) {
        const id = codes.get(code)
        if (!id) continue
        transitionProblem(ctx, problemTransition.parse({ id, to: 'in_progress' }))
        transitionProblem(ctx, problemTransition.parse({ id, to: 'awaiting_review', completedDate: '2026-01-15', evidence: '整改记录与照片' }))
        transitionProblem(ctx, problemTransition.parse({ id, to: 'closed', reviewer: c.checker, reviewOpinion: '已整改到位，同意销号' }))
      }
      added++
    }
  })()
  return added
}
