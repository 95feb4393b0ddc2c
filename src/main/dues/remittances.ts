// 党费上缴与返还凭证登记：支部按月把收缴的党费上缴上级党组织，非公企业党组织获得党费返还；日期、金额、凭证号备查
import { randomUUID } from 'node:crypto'
import { toFen } from '../../shared/dues/calc'
import { type Remittance, type RemittanceData, remittanceKindNames } from '../../shared/dues/schemas'
import { invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { fromRow } from '../db/columns'
import { tableWrites } from '../db/tableWrites'
import { nowStamp } from '../db/time'
import type { DB } from '../db/types'
import { exportLedger } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { orgSubtree } from '../members/service'
import { orgStore } from '../org/store'

const FIELDS = ['id', 'orgId', 'kind', 'month', 'date', 'amountFen', 'counterpart', 'voucherNo', 'note', 'createdAt', 'updatedAt'] as const
type RemittanceRecord = Omit<Remittance, 'orgName'> & { createdAt: string; updatedAt: string }
const writes = tableWrites<RemittanceRecord>('dues_remittances', FIELDS)
const SELECT = 'SELECT r.*, o.name AS org_name FROM dues_remittances r JOIN orgs o ON o.id = r.org_id'
const decode = (r: Record<string, unknown>): Remittance & { createdAt: string } => ({ ...fromRow<RemittanceRecord>(r, FIELDS), orgName: String(r.org_name) })

const getLive = (db: DB, id: string) => {
  const r = db.prepare(`${SELECT} WHERE r.id = ? AND r.deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined
  return r ? decode(r) : null
}

export function listRemittances(ctx: AppContext, q: { orgId: string; year: number }): Remittance[] {
  if (!orgStore.get(ctx.db, q.orgId)) throw notFound('党组织')
  const rows = ctx.db
    .prepare(`${SELECT} WHERE r.deleted_at IS NULL AND r.org_id IN (SELECT value FROM json_each(?)) AND r.month BETWEEN ? AND ? ORDER BY r.month, r.date, r.created_at`)
    .all(JSON.stringify(orgSubtree(ctx, q.orgId)), `${q.year}-01`, `${q.year}-12`) as Record<string, unknown>[]
  return rows.map(decode)
}

export function saveRemittance(ctx: AppContext, input: RemittanceData): { id: string; warnings: string[] } {
  const { db } = ctx
  if (input.date > ctx.today()) throw invalid(`${remittanceKindNames[input.kind]}日期 ${input.date} 晚于今天`)
  if (!orgStore.get(db, input.orgId)) throw notFound('党组织')
  if (!input.amountYuan) throw invalid('金额应大于 0')
  const id = db.transaction(() => {
    const stamp = nowStamp()
    const before = input.id ? getLive(db, input.id) : null
    if (input.id && !before) throw notFound('上缴或返还记录')
    const { amountYuan, ...rest } = input
    const rec: RemittanceRecord = { ...rest, id: before?.id ?? randomUUID(), amountFen: toFen(amountYuan)!, createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    if (before) writes.update(db, rec)
    else writes.insert(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'duesRemittance', entityId: rec.id, action: before ? 'update' : 'create', before: before ?? undefined, after: rec })
    return rec.id
  })()
  return { id, warnings: [] }
}

export function deleteRemittance(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = getLive(ctx.db, id)
    if (!before) throw notFound('上缴或返还记录')
    writes.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'duesRemittance', entityId: id, action: 'delete', before })
  })()
  return null
}

export const remittanceLedger: LedgerDefinition<Remittance> = {
  title: '党费上缴与返还凭证登记',
  sheetName: '党费上缴与返还',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_r, i) => i + 1 },
    { header: '党组织', width: 20, align: 'left', value: (r) => r.orgName },
    { header: '类别', width: 6, value: (r) => remittanceKindNames[r.kind] },
    { header: '所属月份', width: 9, value: (r) => r.month },
    { header: '日期', width: 11, kind: 'date', value: (r) => r.date },
    { header: '金额（元）', width: 11, kind: 'money', value: (r) => r.amountFen / 100 },
    { header: '上缴给 / 返还单位', width: 20, align: 'left', value: (r) => r.counterpart },
    { header: '凭证号', width: 14, value: (r) => r.voucherNo },
    { header: '备注', width: 18, align: 'left', value: (r) => r.note }
  ]
}

export function exportRemittances(ctx: AppContext, q: { orgId: string; year: number }): Promise<{ path: string; rows: number } | null> {
  return exportLedger(ctx, remittanceLedger, listRemittances(ctx, q), { orgId: q.orgId, fileName: (unit) => `党费上缴与返还凭证登记-${unit}-${q.year}年.xlsx`, logId: 'dues-remittances' })
}
