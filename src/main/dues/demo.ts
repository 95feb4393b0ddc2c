// 示例党费数据（seeds/demo/dues.json）：一个支部 2026 年的基数（取花名册上的党费基数）与按月交纳，留几处欠交；固定编号，幂等
import demo from '../../../seeds/demo/dues.json'
import { monthlyDue, monthsBetween } from '../../shared/dues/calc'
import { duesRules } from '../../shared/dues/tables'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { type BaseRecord, duesStore } from './store'

/** 示例交纳记录的固定编号：第几条基数 × 月份 */
const paymentId = (baseIndex: number, month: string): string =>
  `d3e0a000-0000-4000-8001-${(baseIndex * 100_000 + Number(month.replace('-', ''))).toString(16).padStart(12, '0')}`

export function loadDuesDemo(ctx: AppContext): void {
  const { db } = ctx
  const stamp = nowStamp()
  const gaps = demo.gaps as Record<string, string[]>
  demo.bases.forEach((b, i) => {
    if (db.prepare('SELECT 1 FROM dues_bases WHERE id = ?').get(b.id)) return
    const member = db.prepare('SELECT dues_base_cents AS fen FROM members WHERE id = ? AND deleted_at IS NULL').get(b.memberId) as { fen: number | null } | undefined
    if (member?.fen === null || member?.fen === undefined) return
    const rec: BaseRecord = {
      id: b.id, memberId: b.memberId, fromMonth: b.fromMonth, category: b.category, baseFen: member.fen, // 与花名册上的党费基数一致
      fixedFen: null, reducedFen: null, reductionDoc: null, note: null, createdAt: stamp, updatedAt: stamp
    }
    duesStore.insertBase(db, rec)
    const dueFen = monthlyDue(rec, duesRules).dueFen
    for (const month of monthsBetween(b.fromMonth, demo.paidThrough)) {
      if (gaps[b.memberId]?.includes(month)) continue
      duesStore.insertPayment(db, {
        id: paymentId(i, month), memberId: b.memberId, orgId: demo.orgId, name: b.name, month, dueFen, paidFen: dueFen,
        paidDate: `${month}-${String(demo.paidDay).padStart(2, '0')}`, method: 'cash', collector: demo.collector, note: null, createdAt: stamp, updatedAt: stamp
      })
    }
  })
}
