// 党费的性能指标：五万名党员各有基数、1–10 月交纳（每 50 人有 1 人 8–10 月欠交）时，园区一级的按月收缴表、欠交名单和首页
import { randomUUID } from 'node:crypto'
import { dashboardSummary } from '../src/main/dashboard/service'
import { duesArrears, duesMonth } from '../src/main/dues/service'
import { duesStore } from '../src/main/dues/store'
import { monthlyDue, monthsBetween } from '../src/shared/dues/calc'
import { duesRules } from '../src/shared/dues/tables'
import type { FigureFn } from './run'

const ms = (t: number): number => Number((performance.now() - t).toFixed(1))

export const duesFigures: FigureFn = (env) => {
  const ctx = env.context()
  const { db } = ctx
  const members = db.prepare("SELECT id, org_id, name, dues_base_cents AS fen, substr(max(join_date, coalesce(transfer_in_date, '')), 1, 7) AS joined FROM members WHERE deleted_at IS NULL").all() as
    { id: string; org_id: string; name: string; fen: number | null; joined: string }[]
  const stamp = '2026-11-01T00:00:00.000Z'
  let t = performance.now()
  let payments = 0
  db.transaction(() => {
    members.forEach((m, i) => {
      const from = m.joined > '2026-01' ? m.joined : '2026-01'
      if (from > '2026-10') return
      const rec = { id: randomUUID(), memberId: m.id, fromMonth: from, category: 'salary', baseFen: m.fen ?? 500_000, fixedFen: null, reducedFen: null, reductionDoc: null, note: null, createdAt: stamp, updatedAt: stamp }
      duesStore.insertBase(db, rec)
      const due = monthlyDue(rec, duesRules).dueFen
      for (const month of monthsBetween(from, '2026-10')) {
        if (i % 50 === 0 && month >= '2026-08') continue
        duesStore.insertPayment(db, { id: randomUUID(), memberId: m.id, orgId: m.org_id, name: m.name, month, dueFen: due, paidFen: due, paidDate: `${month}-10`, method: 'cash', collector: null, note: null, createdAt: stamp, updatedAt: stamp })
        payments++
      }
    })
  })()
  const fill = ms(t)
  const root = env.dataset().rootId
  duesMonth(ctx, { orgId: root, month: '2026-10' }) // warm
  t = performance.now()
  const table = duesMonth(ctx, { orgId: root, month: '2026-10' })
  const monthMs = ms(t)
  t = performance.now()
  const owing = duesArrears(ctx, root)
  const arrearsMs = ms(t)
  t = performance.now()
  dashboardSummary(ctx, {})
  const dashMs = ms(t)
  return [
    { name: 'dues_payments_rows', value: payments, unit: 'count' },
    { name: 'dues_fill', value: Math.round(fill), unit: 'ms' },
    { name: `dues_month_park_${table.rows.length}`, value: monthMs, unit: 'ms' },
    { name: `dues_arrears_park_${owing.length}`, value: arrearsMs, unit: 'ms' },
    { name: 'dashboard_summary_park_with_dues', value: dashMs, unit: 'ms' }
  ]
}
