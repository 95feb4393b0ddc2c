// 党员花名册台账：domain.md §5.2「推荐默认列」；身份证号、电话默认脱敏
import { fullYearsBetween } from '../../shared/dates'
import { maskIdNumber, maskPhone } from '../../shared/mask'
import { type RosterColumnName, rosterColumnNames, rosterDefaultColumns, rosterFixedColumns } from '../../shared/members/rosterColumns'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger } from '../ledgers/export'
import type { LedgerColumn, LedgerDefinition } from '../ledgers/types'
import { orgStore } from '../org/store'
import { codeName } from '../seeds/codes'
import { memberFilter } from './service'
import { type MemberRecord, memberStore } from './store'

type RosterRow = MemberRecord & { orgName: string }

// Widths are Excel file units (7 px each, 5 px of them cell padding): a 10.5 pt 汉字 takes 2, a digit 1.
// Sized so that dates, 身份证号, phones and 党费 amounts (numbers never wrap: too narrow shows ####) stay on one line,
// and the usual code names (正式党员, 宣传委员, 土家族) do too.
export function rosterLedger(today: string, includeFullId: boolean, columns: readonly RosterColumnName[] = rosterColumnNames): LedgerDefinition<RosterRow> {
  const id = (r: RosterRow): string => (includeFullId ? r.idNumber : maskIdNumber(r.idNumber))
  const phone = (r: RosterRow): string => (includeFullId ? (r.phone ?? '') : maskPhone(r.phone))
  return {
    title: '党员花名册',
    sheetName: '党员花名册',
    orientation: 'landscape',
    columns: pickColumns(columns, [
      { header: '序号', width: 6, value: (_r, i) => i + 1 },
      { header: '姓名', width: 8, value: (r) => r.name },
      { header: '性别', width: 5, value: (r) => codeName('genders', r.gender) },
      { header: '民族', width: 7, value: (r) => codeName('ethnicity', r.ethnicity) },
      { header: '出生日期', width: 11, kind: 'date', value: (r) => r.birthDate },
      { header: '年龄', width: 5, kind: 'number', value: (r) => fullYearsBetween(r.birthDate, today) },
      { header: '身份证号', width: 19, kind: 'text', value: id },
      { header: '籍贯', width: 8, value: (r) => r.nativePlace },
      { header: '学历', width: 10, value: (r) => codeName('education', r.education) },
      { header: '学位', width: 6, value: (r) => r.degree },
      { header: '人员\n类别', width: 9, value: (r) => codeName('memberCategories', r.category) },
      { header: '入党日期', group: '入党情况', width: 11, kind: 'date', value: (r) => r.joinDate },
      { header: '转正日期', group: '入党情况', width: 11, kind: 'date', value: (r) => r.fullDate },
      { header: '党龄', group: '入党情况', width: 5, kind: 'number', value: (r) => partyStanding(r, today) },
      { header: '所在党支部', width: 16, align: 'left', value: (r) => r.orgName },
      { header: '党内\n职务', width: 9, value: (r) => codeName('partyPosts', r.partyPost) },
      { header: '工作岗位', width: 10, value: (r) => codeName('jobCategories', r.jobCategory) },
      { header: '行政\n职务', width: 9, value: (r) => r.adminPost },
      { header: '参加工作\n时间', width: 11, kind: 'date', value: (r) => r.workStartDate },
      { header: '是否\n流动\n党员', width: 7.5, value: (r) => (r.status === 'flowing' ? '是' : '否') },
      { header: '党员\n状态', width: 6, value: (r) => codeName('memberStatuses', r.status) },
      { header: '联系电话', width: 13, kind: 'text', value: phone },
      { header: '现居住地', width: 14, align: 'left', value: (r) => r.address },
      { header: '组织关系\n转入日期', width: 11, kind: 'date', value: (r) => r.transferInDate },
      { header: '党费基数\n（元）', width: 11, kind: 'money', value: (r) => (r.duesBaseCents === null ? null : r.duesBaseCents / 100) },
      { header: '备注', width: 10, align: 'left', value: (r) => r.remark }
    ])
  }
}

/** The chosen 打印列 in the roster's own order, 序号 and 姓名 always among them. */
function pickColumns(chosen: readonly RosterColumnName[], all: LedgerColumn<RosterRow>[]): LedgerColumn<RosterRow>[] {
  const wanted = new Set<string>([...rosterFixedColumns, ...chosen])
  return all.filter((c) => wanted.has(c.header.replace(/\n/g, '')))
}

/** 党龄：从转正之日算起（预备期不计），预备党员为 0。 */
export function partyStanding(r: Pick<MemberRecord, 'fullDate' | 'category'>, today: string): number {
  return r.category === 'full' && r.fullDate ? Math.max(0, fullYearsBetween(r.fullDate, today)) : 0
}

export async function exportRoster(ctx: AppContext, opts: { orgId?: string; includeFullId: boolean; columns?: RosterColumnName[] }): Promise<ExportResult | null> {
  const today = ctx.today()
  const { rows } = memberStore.search(ctx.db, memberFilter(ctx, { orgId: opts.orgId }), 0, 1_000_000)
  // 所选组织已不存在（如刚删除）时，花名册的填报单位仍写顶级组织
  const unitOrgId = opts.orgId && orgStore.get(ctx.db, opts.orgId) ? opts.orgId : undefined
  return exportLedger(ctx, rosterLedger(today, opts.includeFullId, opts.columns ?? rosterDefaultColumns), rows, {
    orgId: unitOrgId,
    fileName: (unit) => `党员花名册-${unit}-${today}.xlsx`,
    logId: 'roster',
    logExtra: { includeFullId: opts.includeFullId }
  })
}
