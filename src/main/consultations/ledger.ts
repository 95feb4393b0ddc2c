// 议题前置（重大事项征求党组织意见）登记台账（domain.md §5.1）
import type { Consultation, ConsultationQuery } from '../../shared/consultations/schemas'
import { outcomeName } from '../../shared/meetings/tables'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type { LedgerDefinition } from '../ledgers/types'
import { writeLedgerFile } from '../ledgers/writer'
import { orgStore } from '../org/store'
import { listConsultations } from './service'

export const consultationLedger: LedgerDefinition<Consultation> = {
  title: '议题前置登记',
  sheetName: '议题前置登记',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_c, i) => i + 1 },
    { header: '党组织', width: 14, align: 'left', value: (c) => c.orgName },
    { header: '事项（议题）', width: 24, align: 'left', value: (c) => c.topic },
    { header: '决策机构', width: 10, value: (c) => c.body },
    { header: '提交日期', width: 11, kind: 'date', value: (c) => c.submittedDate },
    { header: '党组织意见', width: 30, align: 'left', value: (c) => c.opinion },
    { header: '决策结果', width: 7, value: (c) => outcomeName(c.outcome) },
    { header: '决策日期', width: 11, kind: 'date', value: (c) => c.decisionDate },
    { header: '备注', width: 14, align: 'left', value: (c) => c.remark }
  ]
}

export async function exportConsultations(ctx: AppContext, q: ConsultationQuery): Promise<{ path: string; rows: number } | null> {
  const rows = listConsultations(ctx, q).reverse()
  const org = q.orgId ? orgStore.get(ctx.db, q.orgId) : (orgStore.list(ctx.db).find((o) => !o.parentId) ?? null)
  const unitName = org?.name ?? '（未设置组织）'
  const file = await ctx.chooseSavePath(`议题前置登记-${unitName}.xlsx`)
  if (!file) return null
  await writeLedgerFile(consultationLedger, rows, { unitName, date: ctx.today() }, file)
  logChange(ctx.db, { actor: ctx.actor, entity: 'ledger', entityId: 'consultations', action: 'export', after: { file, rows: rows.length } })
  return { path: file, rows: rows.length }
}
