// 台账：党建体检结果汇总表（每个党组织每次体检一行）；一次体检的体检表工作簿（检查项、两种得分、合计、签字栏）
import { safeBaseName } from '../../shared/fileName'
import { evidenceText, mainProblems } from '../../shared/checkups/paper'
import type { Checkup, CheckupDetail } from '../../shared/checkups/schemas'
import { starsLabel, starsName } from '../../shared/checkups/scoring'
import type { TemplateItem } from '../../shared/checkups/template'
import { paperDate } from '../../shared/dates'
import type { AppContext } from '../context'
import { type ExportResult, exportLedger, saveExport } from '../ledgers/export'
import type { LedgerDefinition } from '../ledgers/types'
import { addLedgerSheet, buildLedgerWorkbook } from '../ledgers/writer'
import { codeName } from '../seeds/codes'
import { listProblems } from '../problems/service'
import { getCheckup, listCheckups } from './service'

type SummaryRow = Checkup & { bonus: number; vetoText: string; problems: number; open: number; overdue: number }

export const checkupSummaryLedger: LedgerDefinition<SummaryRow> = {
  title: '党建体检结果汇总表',
  sheetName: '党建体检结果汇总表',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 5, value: (_r, i) => i + 1 },
    { header: '体检批次', width: 14, align: 'left', value: (r) => r.roundName },
    { header: '企业', width: 16, align: 'left', value: (r) => r.enterpriseName },
    { header: '党组织', width: 16, align: 'left', value: (r) => r.orgName },
    { header: '体检日期', width: 11, kind: 'date', value: (r) => r.checkDate },
    { header: '体检人', width: 8, value: (r) => r.checker },
    { header: '模板\n版本', width: 8, value: (r) => r.templateVersion },
    { header: '总分', width: 7, kind: 'number', value: (r) => r.total },
    { header: '加分', width: 6, kind: 'number', value: (r) => r.bonus || null },
    { header: '否决项', width: 6, value: (r) => r.vetoText },
    { header: '星级', width: 9, value: (r) => (r.stars === null ? null : starsName(r.stars)) },
    { header: '等次', width: 6, value: (r) => r.level },
    { header: '体检\n结论', width: 8, value: (r) => r.conclusion },
    { header: '整改\n问题', width: 6, kind: 'number', value: (r) => r.problems },
    { header: '未销号', width: 6, kind: 'number', value: (r) => r.open },
    { header: '逾期', width: 6, kind: 'number', value: (r) => r.overdue },
    { header: '状态', width: 9, value: (r) => (r.status === 'signed' ? '已签字确认' : r.progress === 'not_started' ? '未开始' : '填写中') }
  ]
}

export function summaryRows(ctx: AppContext, q: { orgId?: string; roundId?: string }): SummaryRow[] {
  const problems = listProblems(ctx, { source: 'checkup' })
  return listCheckups(ctx, q)
    .sort((a, b) => (a.roundName ?? '').localeCompare(b.roundName ?? '') || a.orgName.localeCompare(b.orgName, 'zh-CN') || a.checkDate.localeCompare(b.checkDate))
    .map((c) => {
      const mine = problems.filter((p) => p.sourceId === c.id)
      const d = ctx.db.prepare('SELECT bonus_json, vetoes_json, base_score, total_score FROM checkups WHERE id = ?').get(c.id) as { bonus_json: string; vetoes_json: string; base_score: number | null; total_score: number | null }
      const bonus = d.total_score !== null && d.base_score !== null ? Math.round((d.total_score - d.base_score) * 100) / 100 : 0
      const vetoes = (JSON.parse(d.vetoes_json) as { code: string }[]).map((v) => v.code)
      return {
        ...c,
        bonus,
        vetoText: vetoes.length ? `有（${vetoes.join('、')}）` : '无',
        problems: mine.length,
        open: mine.filter((p) => p.status !== 'closed').length,
        overdue: mine.filter((p) => p.overdue).length
      }
    })
}

export async function exportCheckupSummary(ctx: AppContext, q: { orgId?: string; roundId?: string }): Promise<ExportResult | null> {
  return exportLedger(ctx, checkupSummaryLedger, summaryRows(ctx, q), {
    orgId: q.orgId,
    fileName: (unit, today) => `党建体检结果汇总表-${unit}-${today}.xlsx`,
    logId: 'checkupSummary'
  })
}

type FormRow = { item: TemplateItem; section: string; self: number | null; check: number | null; reason: string | null; evidence: string | null }

export const checkupFormLedger: LedgerDefinition<FormRow> = {
  title: '非公企业党组织党建体检表',
  sheetName: '体检表',
  orientation: 'landscape',
  columns: [
    { header: '序号', width: 6, value: (r) => r.item.code },
    { header: '一级\n指标', width: 8, value: (r) => r.section },
    { header: '二级\n指标', width: 9, value: (r) => r.item.group },
    { header: '检查内容', width: 30, align: 'left', value: (r) => r.item.content },
    { header: '标准分', width: 6, kind: 'number', value: (r) => r.item.score },
    { header: '评分细则', width: 20, align: 'left', value: (r) => r.item.rule },
    { header: '核查\n方式', width: 8, value: (r) => r.item.method },
    { header: '自评分', width: 6, kind: 'number', value: (r) => r.self },
    { header: '体检\n得分', width: 6, kind: 'number', value: (r) => r.check },
    { header: '扣分原因/\n问题描述', width: 18, align: 'left', value: (r) => r.reason },
    { header: '佐证材料', width: 12, align: 'left', value: (r) => r.evidence }
  ]
}

const infoLedger: LedgerDefinition<[string, string]> = {
  title: '体检基本情况',
  sheetName: '基本情况与结论',
  orientation: 'portrait',
  columns: [
    { header: '项目', width: 30, value: (r) => r[0] },
    { header: '内容', width: 52, align: 'left', value: (r) => r[1] }
  ]
}

/** The header block and the foot of the paper form (domain.md §1.4) as label/value pairs. */
export function formFacts(d: CheckupDetail): [string, string][] {
  const h = d.header
  const c = d.checkup
  const s = d.score
  const vetoes = d.vetoes.map((v) => `${v.code} ${d.template.body.vetoes.find((x) => x.code === v.code)?.content ?? ''}${v.note ? `（${v.note}）` : ''}`)
  return [
    ['企业名称', h.enterpriseName ?? ''],
    ['统一社会信用代码', h.creditCode ?? ''],
    ['党组织名称', h.orgName],
    ['组织类型', codeName('orgTypes', h.orgType)],
    ['上级党组织', h.parentName ?? ''],
    ['书记', h.secretary ?? ''],
    ['正式党员数/预备党员数', `${h.fullMembers}/${h.probationaryMembers}`],
    ['职工总数', h.employees === null ? '' : String(h.employees)],
    ['体检日期', paperDate(c.checkDate)],
    ['体检人（党建指导员）', c.checker ?? ''],
    ['企业陪同人', c.companion ?? ''],
    ['模板版本', `${d.template.title} ${d.template.version}`],
    ['基础分合计', `${s.base}（自评 ${s.selfBase}）`],
    ['加分', String(s.bonus)],
    ['否决项', vetoes.length ? `有：${vetoes.join('；')}` : '无'],
    ['总分', String(s.total)],
    ['星级/等次/结论', `${starsLabel(s.stars)}　${s.level}　${s.conclusion}`],
    ['主要问题', mainProblems(d)],
    ['整改要求与时限', c.requirements ?? ''],
    ['签字', '体检人：　　　　党组织书记：　　　　企业负责人：　　　　（盖章）'],
    ['日期', '　　年　　月　　日']
  ]
}

export function formRows(d: CheckupDetail): FormRow[] {
  const byCode = new Map(d.items.map((i) => [i.code, i]))
  return d.template.body.items.map((item) => {
    const e = byCode.get(item.code)
    return { item, section: d.template.body.sections.find((s) => s.code === item.section)?.name ?? '', self: e?.selfScore ?? null, check: e?.checkScore ?? null, reason: e?.reason ?? null, evidence: evidenceText(e?.evidence, d.files[item.code]) }
  })
}

// 两张表，填报单位写企业和党组织、日期取体检日：自己拼工作簿，只借用保存和记日志
export async function exportCheckupForm(ctx: AppContext, id: string): Promise<ExportResult | null> {
  const d = getCheckup(ctx, id)
  const meta = { unitName: `${d.header.enterpriseName ?? d.header.orgName}（${d.header.orgName}）`, date: d.checkup.checkDate }
  const rows = formRows(d)
  const wb = buildLedgerWorkbook({ ...checkupFormLedger, title: d.template.body.title }, rows, meta)
  addLedgerSheet(wb, infoLedger, formFacts(d), { ...meta, unitName: d.header.enterpriseName ?? d.header.orgName })
  const file = await saveExport(ctx, {
    fileName: `党建体检表-${safeBaseName(d.header.enterpriseName ?? d.header.orgName, 40)}-${d.checkup.checkDate}.xlsx`,
    write: (f) => wb.xlsx.writeFile(f),
    log: { id: 'checkupForm', after: (f) => ({ checkup: id, file: f }) }
  })
  return file ? { path: file, rows: rows.length } : null
}
