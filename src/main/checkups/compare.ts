// 与上一次体检比较：逐项得分升降、问题新增 / 延续 / 已销号
import type { Comparison } from '../../shared/checkups/schemas'
import type { AppContext } from '../context'
import { listProblems } from '../problems/service'
import { getCheckup } from './service'
import { checkupStore } from './store'

export function compareCheckup(ctx: AppContext, id: string): Comparison {
  const now = getCheckup(ctx, id)
  const prevRow = checkupStore.previous(ctx.db, now.checkup)
  if (!prevRow) return { previous: null, items: [], totalDelta: null, problems: { newOnes: now.problems.map((p) => p.code), carriedOver: [], closed: [] } }
  const prev = getCheckup(ctx, prevRow.id)
  const before = new Map(prev.items.map((i) => [i.code, i.checkScore]))
  const after = new Map(now.items.map((i) => [i.code, i.checkScore]))
  const items = now.template.body.items.map((item) => {
    const b = before.get(item.code) ?? null
    const a = after.get(item.code) ?? null
    return { code: item.code, content: item.content, before: b, now: a, delta: a !== null && b !== null ? Math.round((a - b) * 100) / 100 : null }
  })
  // problems of the previous checkup: closed since, or still open (carried over); new = found in this checkup on an indicator not open before
  const prevProblems = listProblems(ctx, { source: 'checkup', sourceId: prev.checkup.id })
  const openBefore = prevProblems.filter((p) => p.status !== 'closed')
  const openCodes = new Set(openBefore.map((p) => p.indicatorCode))
  return {
    previous: { id: prev.checkup.id, checkDate: prev.checkup.checkDate, total: prev.checkup.total, level: prev.checkup.level },
    items,
    totalDelta: now.checkup.total !== null && prev.checkup.total !== null ? Math.round((now.checkup.total - prev.checkup.total) * 100) / 100 : null,
    problems: {
      newOnes: now.problems.filter((p) => !openCodes.has(p.indicatorCode)).map((p) => p.code),
      carriedOver: openBefore.map((p) => p.code),
      closed: prevProblems.filter((p) => p.status === 'closed').map((p) => p.code)
    }
  }
}
