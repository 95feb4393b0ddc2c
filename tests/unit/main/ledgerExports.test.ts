// 每一本台账的导出：建议的文件名、填报单位与日期、工作表、返回值、变更日志；取消保存时什么都不写
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportAnalysisMeetings } from '../../../src/main/analysis/ledger'
import { exportCheckupForm, exportCheckupSummary, summaryRows } from '../../../src/main/checkups/ledger'
import { getCheckup, listCheckups } from '../../../src/main/checkups/service'
import { exportConsultations } from '../../../src/main/consultations/ledger'
import { type AppContext, exportPathUnder } from '../../../src/main/context'
import { exportDevelopmentLedger, ledgerRows } from '../../../src/main/development/ledger'
import { exportMeetingLedger } from '../../../src/main/meetings/ledger'
import { importTemplate } from '../../../src/main/members/import/service'
import { exportRoster } from '../../../src/main/members/ledger'
import { exportProblems } from '../../../src/main/problems/ledger'
import { listProblems } from '../../../src/main/problems/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { exportVisits } from '../../../src/main/visits/ledger'
import { listVisits, saveVisit } from '../../../src/main/visits/service'
import { paperDate } from '../../../src/shared/dates'
import { visitInput } from '../../../src/shared/visits/schemas'
import { TODAY, tempDir, testContext } from '../../helpers/context'

const TOP = '嘉州高新区企业综合党委'
const WORKS = 'd3e0a000-0000-4000-8000-000000000004'
const WORKS_NAME = '嘉州新材料生产第一党支部'
const EMEI = 'd3e0a000-0000-4000-8000-000000000009'
const EMEI_NAME = '峨眉智能装备党支部'
const NOWHERE = 'd3e0a000-0000-4000-8000-0000000000ff'

type Result = { path: string; rows?: number } | null
type Export = (ctx: AppContext) => Promise<Result>

/** The demo data plus one visit, in a context whose save dialog remembers the name it was offered. */
function setup(answer: 'save' | 'cancel' = 'save'): { ctx: AppContext; offered: string[]; dataDir: string } {
  const dataDir = tempDir()
  const offered: string[] = []
  const base = testContext(dataDir)
  const ctx: AppContext = {
    ...base,
    chooseSavePath: (name) => {
      offered.push(name)
      return Promise.resolve(answer === 'save' ? exportPathUnder(dataDir, name) : null)
    }
  }
  loadDemo(ctx)
  saveVisit(ctx, visitInput.parse({ orgId: EMEI, date: '2026-11-20', instructor: '陈立新', mode: 'onsite', findings: '组织生活基本正常', problems: ['党员活动室未挂党旗'] }))
  return { ctx, offered, dataDir }
}

const exportLogs = (ctx: AppContext) =>
  ctx.db.prepare("SELECT entity, entity_id, action, actor, after_json FROM change_log WHERE action = 'export' ORDER BY id").all() as {
    entity: string
    entity_id: string
    action: string
    actor: string
    after_json: string
  }[]

type Sheet = { name: string; title: string; unit: string; date: string; dataRows: number; state: string }

async function sheetsOf(file: string): Promise<Sheet[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb.worksheets.map((ws) => {
    const headerBottom = Number(String(ws.pageSetup.printTitlesRow ?? '0:0').split(':')[1])
    // a narrow part writes 填报单位 and 填报日期 in one cell across the row
    const cells = ((ws.getRow(2).values as unknown[]).filter((v) => typeof v === 'string') as string[]).flatMap((v) => v.split('　　'))
    return {
      name: ws.name,
      title: String(ws.getCell(1, 1).value ?? ''),
      unit: cells.find((v) => v.startsWith('填报单位：')) ?? '',
      date: cells.find((v) => v.startsWith('填报日期：')) ?? '',
      dataRows: headerBottom ? ws.rowCount - headerBottom : ws.rowCount,
      state: ws.state
    }
  })
}

type Case = {
  what: string
  run: Export
  fileName: string
  logId: string
  /** change log `after` besides file and rows, in the order written */
  logAfter?: (file: string, rows: number) => Record<string, unknown>
  sheets: { name: string; title: string; unit: string; date?: string }[]
  /** the rows the ledger should hold, worked out without the export */
  expectedRows?: (ctx: AppContext) => number
}

const unit = (name: string) => `填报单位：${name}`
const day = (iso: string) => `填报日期：${paperDate(iso)}`
const one = (name: string, title: string, unitName = TOP, date = TODAY) => [{ name, title, unit: unit(unitName), date: day(date) }]
/** A ledger too wide for one page at 9 pt: its parts 「（一）」「（二）」…, each with title, 填报单位 and date. */
const parts = (n: number, name: string, title: string, unitName = TOP) =>
  [...'一二三四五'.slice(0, n)].flatMap((p) => one(`${name}（${p}）`, `${title}（${p}）`, unitName))

const devLedgers = [
  ['work', '发展党员工作台账', 4],
  ['applicant', '入党申请人名册', 2],
  ['activist', '入党积极分子名册', 2],
  ['dev_object', '发展对象名册', 2],
  ['probationary', '预备党员名册', 2]
] as const
const devStage: Record<string, string | null> = { work: null, applicant: 'applicant', activist: 'activist', dev_object: 'dev_object', probationary: 'probationary' }

const cases: Case[] = [
  {
    what: '党员花名册（全部，脱敏）',
    run: (ctx) => exportRoster(ctx, { includeFullId: false }),
    fileName: `党员花名册-${TOP}-${TODAY}.xlsx`,
    logId: 'roster',
    logAfter: (file, rows) => ({ file, rows, includeFullId: false }),
    sheets: one('党员花名册', '党员花名册'),
    expectedRows: (ctx) => (ctx.db.prepare('SELECT COUNT(*) AS n FROM members WHERE deleted_at IS NULL').get() as { n: number }).n
  },
  {
    what: '党员花名册（一个支部，含完整身份证号）',
    run: (ctx) => exportRoster(ctx, { orgId: WORKS, includeFullId: true }),
    fileName: `党员花名册-${WORKS_NAME}-${TODAY}.xlsx`,
    logId: 'roster',
    logAfter: (file, rows) => ({ file, rows, includeFullId: true }),
    sheets: one('党员花名册', '党员花名册', WORKS_NAME),
    expectedRows: (ctx) => (ctx.db.prepare('SELECT COUNT(*) AS n FROM members WHERE deleted_at IS NULL AND org_id = ?').get(WORKS) as { n: number }).n
  },
  {
    what: '党员花名册（所选组织已不存在：填报单位取顶级组织，没有人）',
    run: (ctx) => exportRoster(ctx, { orgId: NOWHERE, includeFullId: false }),
    fileName: `党员花名册-${TOP}-${TODAY}.xlsx`,
    logId: 'roster',
    logAfter: (file, rows) => ({ file, rows, includeFullId: false }),
    sheets: one('党员花名册', '党员花名册'),
    expectedRows: () => 0
  },
  ...(['three', 'theme_day', 'hours'] as const).map((ledger): Case => {
    const [sheet, title] = { three: ['三会一课', '三会一课记录台账'], theme_day: ['主题党日', '主题党日台账'], hours: ['教育培训学时', '党员教育培训学时登记'] }[ledger]
    return {
      what: title,
      run: (ctx) => exportMeetingLedger(ctx, { orgId: WORKS, year: 2026, ledger }),
      fileName: `${title}-${WORKS_NAME}-2026年.xlsx`,
      logId: `meetings-${ledger}`,
      sheets: one(sheet, title, WORKS_NAME)
    }
  }),
  ...devLedgers.map(([ledger, title, n]): Case => ({
    what: title,
    run: (ctx) => exportDevelopmentLedger(ctx, { ledger }),
    fileName: `${title}-${TOP}-${TODAY}.xlsx`,
    logId: `development-${ledger}`,
    sheets: parts(n, title, title),
    expectedRows: (ctx) => ledgerRows(ctx).filter((r) => !devStage[ledger] || r.stage === devStage[ledger]).length
  })),
  {
    what: '发展党员工作台账（一个组织）',
    run: (ctx) => exportDevelopmentLedger(ctx, { orgId: WORKS, ledger: 'work' }),
    fileName: `发展党员工作台账-${WORKS_NAME}-${TODAY}.xlsx`,
    logId: 'development-work',
    sheets: parts(4, '发展党员工作台账', '发展党员工作台账', WORKS_NAME),
    expectedRows: (ctx) => ledgerRows(ctx, WORKS).length
  },
  {
    what: '指导员走访记录（全部）',
    run: (ctx) => exportVisits(ctx, {}),
    fileName: `党建指导员走访记录-${TOP}.xlsx`,
    logId: 'visits',
    sheets: one('指导员走访记录', '党建指导员走访记录'),
    expectedRows: (ctx) => listVisits(ctx, {}).length
  },
  {
    what: '指导员走访记录（一个组织、一个月）',
    run: (ctx) => exportVisits(ctx, { orgId: EMEI, month: '2026-11' }),
    fileName: `党建指导员走访记录-${EMEI_NAME}-2026-11.xlsx`,
    logId: 'visits',
    sheets: one('指导员走访记录', '党建指导员走访记录', EMEI_NAME),
    expectedRows: (ctx) => listVisits(ctx, { orgId: EMEI, month: '2026-11' }).length
  },
  {
    what: '党建体检结果汇总表',
    run: (ctx) => exportCheckupSummary(ctx, {}),
    fileName: `党建体检结果汇总表-${TOP}-${TODAY}.xlsx`,
    logId: 'checkupSummary',
    sheets: one('党建体检结果汇总表', '党建体检结果汇总表'),
    expectedRows: (ctx) => summaryRows(ctx, {}).length
  },
  {
    what: '问题整改台账',
    run: (ctx) => exportProblems(ctx, {}),
    fileName: `问题整改台账-${TOP}-${TODAY}.xlsx`,
    logId: 'problems',
    sheets: parts(2, '问题整改台账', '问题整改台账'),
    expectedRows: (ctx) => listProblems(ctx, {}).length
  },
  {
    what: '议题前置登记',
    run: (ctx) => exportConsultations(ctx, { orgId: EMEI }),
    fileName: `议题前置登记-${EMEI_NAME}.xlsx`,
    logId: 'consultations',
    sheets: one('议题前置登记', '议题前置登记', EMEI_NAME)
  },
  {
    what: '经营分析会参与记录',
    run: (ctx) => exportAnalysisMeetings(ctx, {}),
    fileName: `经营分析会参与记录-${TOP}.xlsx`,
    logId: 'analysisMeetings',
    sheets: one('经营分析会参与记录', '经营分析会参与记录')
  }
]

describe('台账导出：文件名、填报单位、工作表、返回值、变更日志', () => {
  it.each(cases)('$what', async (c) => {
    const { ctx, offered } = setup()
    const res = await c.run(ctx)
    expect(offered).toEqual([c.fileName])
    expect(res).not.toBeNull()
    expect(path.basename(res!.path)).toBe(c.fileName)
    expect(Object.keys(res!)).toEqual(['path', 'rows'])
    const sheets = await sheetsOf(res!.path)
    expect(sheets.map(({ name, title, unit, date }) => ({ name, title, unit, date }))).toEqual(c.sheets)
    for (const s of sheets) expect(s.dataRows, s.name).toBe(res!.rows)
    if (c.expectedRows) expect(res!.rows).toBe(c.expectedRows(ctx))
    const logs = exportLogs(ctx)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ entity: 'ledger', entity_id: c.logId, actor: '测试' })
    const after = c.logAfter ? c.logAfter(res!.path, res!.rows!) : { file: res!.path, rows: res!.rows }
    expect(logs[0].after_json).toBe(JSON.stringify(after))
  })

  it('示例数据下各台账都有内容（上面的检查不是对着空表做的）', async () => {
    for (const c of cases.filter((x) => /花名册（全部|三会一课|主题党日|学时|工作台账$|结果汇总|整改|走访记录（全部/.test(x.what))) {
      const { ctx } = setup()
      expect((await c.run(ctx))!.rows, c.what).toBeGreaterThan(0)
    }
  })

  it('一次体检的体检表：文件名用企业名和体检日期，两张表各有填报单位，日志记体检和文件', async () => {
    const { ctx, offered } = setup()
    const checkup = listCheckups(ctx, { orgId: EMEI })[0]
    const res = await exportCheckupForm(ctx, checkup.id)
    expect(offered).toEqual([`党建体检表-峨眉智能装备有限公司-${checkup.checkDate}.xlsx`])
    const items = getCheckup(ctx, checkup.id).template.body.items.length
    expect(res).toEqual({ path: res!.path, rows: items })
    const sheets = await sheetsOf(res!.path)
    expect(sheets.map(({ name, unit, date }) => ({ name, unit, date }))).toEqual([
      { name: '体检表', unit: unit(`峨眉智能装备有限公司（${EMEI_NAME}）`), date: day(checkup.checkDate) },
      { name: '基本情况与结论', unit: unit('峨眉智能装备有限公司'), date: day(checkup.checkDate) }
    ])
    expect(sheets[0].dataRows).toBe(items)
    const logs = exportLogs(ctx)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ entity: 'ledger', entity_id: 'checkupForm', actor: '测试' })
    expect(logs[0].after_json).toBe(JSON.stringify({ checkup: checkup.id, file: res!.path }))
  })

  it('党员信息导入模板：只返回路径，不记日志；代码表隐藏', async () => {
    const { ctx, offered } = setup()
    const res = await importTemplate(ctx)
    expect(offered).toEqual(['党员信息导入模板.xlsx'])
    expect(res).toEqual({ path: res!.path })
    expect(path.basename(res!.path)).toBe('党员信息导入模板.xlsx')
    const sheets = await sheetsOf(res!.path)
    expect(sheets.map((s) => [s.name, s.state])).toEqual([['党员信息', 'visible'], ['代码表', 'hidden']])
    expect(exportLogs(ctx)).toEqual([])
  })

  it('三会一课台账：支部不存在时报错，不问保存位置', async () => {
    const { ctx, offered } = setup()
    await expect(exportMeetingLedger(ctx, { orgId: NOWHERE, year: 2026, ledger: 'three' })).rejects.toThrow('党组织不存在或已被删除')
    expect(offered).toEqual([])
    expect(exportLogs(ctx)).toEqual([])
  })
})

describe('台账导出：取消保存', () => {
  const all: [string, (ctx: AppContext) => Promise<Result>][] = [
    ...cases.map((c): [string, Export] => [c.what, c.run]),
    ['体检表', (ctx) => exportCheckupForm(ctx, listCheckups(ctx, { orgId: EMEI })[0].id)],
    ['导入模板', (ctx) => importTemplate(ctx)]
  ]
  it.each(all)('%s：返回 null，不写文件，不记日志', async (_what, run) => {
    const { ctx, offered, dataDir } = setup('cancel')
    expect(await run(ctx)).toBeNull()
    expect(offered).toHaveLength(1)
    expect(exportLogs(ctx)).toEqual([])
    const dir = path.join(dataDir, '导出')
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([])
  })
})
