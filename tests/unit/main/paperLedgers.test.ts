// 每一本台账用压力数据写出再读回：没有超过 409 磅的行、长文字一字不丢（续行）、一页宽印出来正文不小于 9 磅、
// 填报单位放得下、像公式的文字存为文本；另用 LibreOffice 转成 PDF，确认长文字全都印出来了
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportAnalysisMeetings } from '../../../src/main/analysis/ledger'
import { exportCheckupForm, exportCheckupSummary } from '../../../src/main/checkups/ledger'
import { exportConsultations } from '../../../src/main/consultations/ledger'
import type { AppContext } from '../../../src/main/context'
import { exportDevelopmentLedger } from '../../../src/main/development/ledger'
import { exportDuesBaseLedger, exportDuesLedger } from '../../../src/main/dues/ledger'
import { CONTINUED, MAX_ROW_LINES, looksLikeFormula } from '../../../src/main/ledgers/writer'
import { MIN_PRINTED_SIZE, columnPoints } from '../../../src/main/ledgers/printScale'
import { wrappedLines } from '../../../src/main/ledgers/textWidth'
import { exportMeetingLedger } from '../../../src/main/meetings/ledger'
import { importTemplate } from '../../../src/main/members/import/service'
import { exportRoster } from '../../../src/main/members/ledger'
import { exportMentoringLedger } from '../../../src/main/mentoring/ledger'
import { exportProblems } from '../../../src/main/problems/ledger'
import { exportVisits } from '../../../src/main/visits/ledger'
import { exportVolunteerLedger } from '../../../src/main/volunteer/ledger'
import { meetingTypeName } from '../../../src/shared/meetings/tables'
import { rosterColumnNames } from '../../../src/shared/members/rosterColumns'
import { tempDir, testContext } from '../../helpers/context'
import { FORMULA_LIKE, LONG_ORG_NAME, STRESS_YEAR, type StressData, buildStress, prose } from '../../helpers/stress'

const MAX_ROW_PT = 409
const A4_WIDTH_PT = { portrait: 595.28, landscape: 841.89 }

let ctx: AppContext
let data: StressData
const files = new Map<string, string>()

type Export = [string, (ctx: AppContext, d: StressData) => Promise<{ path: string } | null>]
const exports: Export[] = [
  ['党员花名册（默认打印列）', (c, d) => exportRoster(c, { orgId: d.branchId, includeFullId: false })],
  ['党员花名册（全部列）', (c, d) => exportRoster(c, { orgId: d.branchId, includeFullId: false, columns: [...rosterColumnNames] })],
  ['三会一课记录台账', (c, d) => exportMeetingLedger(c, { orgId: d.branchId, year: STRESS_YEAR, ledger: 'three' })],
  ['主题党日台账', (c, d) => exportMeetingLedger(c, { orgId: d.branchId, year: STRESS_YEAR, ledger: 'theme_day' })],
  ['党员教育培训学时登记', (c, d) => exportMeetingLedger(c, { orgId: d.branchId, year: STRESS_YEAR, ledger: 'hours' })],
  ...(['work', 'applicant', 'activist', 'dev_object', 'probationary'] as const).map((ledger): Export => [`发展党员台账 ${ledger}`, (c, d) => exportDevelopmentLedger(c, { orgId: d.branchId, ledger })]),
  ['党建指导员走访记录', (c, d) => exportVisits(c, { orgId: d.branchId })],
  ['议题前置登记', (c, d) => exportConsultations(c, { orgId: d.branchId })],
  ['经营分析会参与记录', (c, d) => exportAnalysisMeetings(c, { orgId: d.branchId })],
  ['师带徒结对台账', (c, d) => exportMentoringLedger(c, { orgId: d.branchId, year: STRESS_YEAR })],
  ['志愿服务活动台账', (c, d) => exportVolunteerLedger(c, { orgId: d.branchId, year: STRESS_YEAR })],
  ['问题整改台账', (c, d) => exportProblems(c, { orgId: d.branchId })],
  ['党建体检结果汇总表', (c, d) => exportCheckupSummary(c, { orgId: d.branchId })],
  ['体检表工作簿', (c, d) => exportCheckupForm(c, d.checkupId)],
  ['党费收缴台账', (c, d) => exportDuesLedger(c, { orgId: d.branchId, fromMonth: `${STRESS_YEAR}-01`, toMonth: `${STRESS_YEAR}-03` })],
  ['党费基数核定表', (c, d) => exportDuesBaseLedger(c, d.branchId)]
]

beforeAll(async () => {
  const dir = tempDir()
  let n = 0
  // the export folder's file names are another matter (they are shortened elsewhere): here every file gets a short name
  ctx = { ...testContext(), chooseSavePath: () => Promise.resolve(path.join(dir, `${++n}.xlsx`)) }
  data = buildStress(ctx)
  for (const [what, run] of exports) files.set(what, (await run(ctx, data))!.path)
  if (process.env.PAPER_KEEP) for (const [what, f] of files) fs.copyFileSync(f, path.join(process.env.PAPER_KEEP, `${what}.xlsx`))
}, 120_000)

async function sheetsOf(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb.worksheets
}

const headerBottom = (ws: ExcelJS.Worksheet): number => Number(String(ws.pageSetup.printTitlesRow).split(':')[1])
const bodyCells = (ws: ExcelJS.Worksheet): ExcelJS.Cell[] => {
  const cells: ExcelJS.Cell[] = []
  for (let r = headerBottom(ws) + 1; r <= ws.rowCount; r++) ws.getRow(r).eachCell((c) => void cells.push(c))
  return cells
}
const widthOf = (ws: ExcelJS.Worksheet, col: number): number => ws.getColumn(col).width ?? 9

/** The smallest font size in the file (exceljs reads sizes back as whole numbers, so from styles.xml itself). */
function smallestFont(file: string): number {
  const xml = execFileSync('unzip', ['-p', file, 'xl/styles.xml'], { encoding: 'utf8' })
  return Math.min(...[...xml.matchAll(/<sz val="([\d.]+)"\/>/g)].map((m) => Number(m[1])))
}

/** The printed size of the smallest text: its font size times the scale Excel picks to fit the columns on one page width. */
function printedSize(ws: ExcelJS.Worksheet, fontSize: number): number {
  const ps = ws.pageSetup
  expect(ps.fitToPage, ws.name).toBe(true)
  expect(ps.fitToWidth, ws.name).toBe(1)
  const printable = A4_WIDTH_PT[ps.orientation as 'portrait' | 'landscape'] - ((ps.margins?.left ?? 0.7) + (ps.margins?.right ?? 0.7)) * 72
  let total = 0
  for (let c = 1; c <= ws.columnCount; c++) total += columnPoints(widthOf(ws, c))
  const scale = Math.min(100, Math.floor((printable / total) * 100)) / 100
  return fontSize * scale
}

/** The merged width (column units) of the range that starts at a cell. */
function mergedWidth(ws: ExcelJS.Worksheet, address: string): number {
  const range = ws.model.merges.find((m) => m.startsWith(`${address}:`))
  if (!range) return widthOf(ws, ws.getCell(address).fullAddress.col)
  const [from, to] = range.split(':').map((a) => ws.getCell(a))
  let w = 0
  for (let c = Number(from.col); c <= Number(to.col); c++) w += widthOf(ws, c)
  return w
}

describe('压力数据下的每本台账（读回文件）', () => {
  it.each(exports.map(([what]) => what))('%s：行高不超过 409 磅，每格的字在行高里放得下，一页宽正文不小于 9 磅，填报单位放得下', async (what) => {
    const sheets = await sheetsOf(files.get(what)!)
    const fontSize = smallestFont(files.get(what)!)
    expect(fontSize).toBeGreaterThanOrEqual(10)
    for (const ws of sheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9)
      for (let r = 1; r <= ws.rowCount; r++) expect(ws.getRow(r).height ?? 15, `${ws.name} 第 ${r} 行`).toBeLessThanOrEqual(MAX_ROW_PT)
      for (const cell of bodyCells(ws)) {
        if (typeof cell.value !== 'string' || !cell.value) continue
        const lines = wrappedLines(cell.value, widthOf(ws, Number(cell.col)), fontSize)
        expect(lines, `${ws.name} ${cell.address}`).toBeLessThanOrEqual(MAX_ROW_LINES)
        // a date or an ID number is never split over two lines: it shrinks to fit where a program draws it wider
        if (/^\d{4}-\d{2}-\d{2}$/.test(cell.value) || /^\d{4}\*+[\dX]{4}$/.test(cell.value)) expect(cell.alignment, `${ws.name} ${cell.address}`).toMatchObject({ shrinkToFit: true })
        if (cell.alignment?.shrinkToFit) {
          expect(cell.alignment?.wrapText, `${ws.name} ${cell.address}`).toBeFalsy()
          expect(lines, `${ws.name} ${cell.address}：${cell.value}`).toBe(1)
          continue
        }
        expect(cell.alignment?.wrapText, `${ws.name} ${cell.address}`).toBe(true)
        expect(lines * 14.5 + 6, `${ws.name} ${cell.address} 的行高`).toBeLessThanOrEqual(ws.getRow(Number(cell.row)).height + 0.01)
      }
      expect(printedSize(ws, fontSize), `${ws.name} 印出来的正文字号`).toBeGreaterThanOrEqual(MIN_PRINTED_SIZE)
      const unit = ws.getCell('A2')
      expect(String(unit.value)).toMatch(/^填报单位：/)
      expect((ws.getRow(2).values as unknown[]).some((v) => typeof v === 'string' && v.includes('填报日期：')), `${ws.name} 填报日期`).toBe(true)
      expect(unit.alignment?.wrapText, `${ws.name} 填报单位折行`).toBe(true)
      const unitLines = wrappedLines(String(unit.value), mergedWidth(ws, 'A2'), unit.font?.size ?? 11)
      expect(unitLines * 15 + 7, `${ws.name} 填报单位的行高`).toBeLessThanOrEqual(ws.getRow(2).height + 0.01)
    }
  })

  it('长的组织名确实写进了填报单位（上面的检查不是对着短名字做的）', async () => {
    const [ws] = await sheetsOf(files.get('三会一课记录台账')!)
    expect(ws.getCell('A2').value).toBe(`填报单位：${LONG_ORG_NAME}`)
    expect(ws.getRow(2).height).toBeGreaterThan(22)
  })

  it('2000 字的会议内容接着写在续行里，识别列（序号、会议类型、日期）重复，拼起来一字不少', async () => {
    const [ws] = await sheetsOf(files.get('三会一课记录台账')!)
    const header = (name: string): number => {
      for (const r of [3, headerBottom(ws)]) for (let c = 1; c <= ws.columnCount; c++) if (String(ws.getCell(r, c).value).replace(/\n/g, '') === name) return c
      throw new Error(name)
    }
    const content = header('议程/学习内容')
    const rows: ExcelJS.Row[] = []
    for (let r = headerBottom(ws) + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === 1) rows.push(ws.getRow(r))
    expect(rows.length).toBeGreaterThan(1)
    const pieces = rows.map((r) => String(r.getCell(content).value ?? ''))
    for (const p of pieces.slice(1).filter(Boolean)) expect(p.startsWith(CONTINUED)).toBe(true)
    expect(pieces.map((p) => p.replace(CONTINUED, '')).join('')).toBe(prose(2000))
    for (const r of rows) {
      expect(r.getCell(header('会议类型')).value).toBe(meetingTypeName('general'))
      expect(r.getCell(header('日期')).value).toBe(`${STRESS_YEAR}-03-12`)
    }
    // the numbers stay once: 应到 and 实到 are written only on the record's first row
    expect(rows.slice(1).map((r) => r.getCell(header('应到')).value)).toEqual(rows.slice(1).map(() => null))
  })

  it('像公式的文字（=、+、-、@ 开头）存为文本格式的字符串，文件里没有公式', async () => {
    const seen = new Set<string>()
    for (const [what] of exports) {
      const file = files.get(what)!
      const xml = execFileSync('unzip', ['-p', file, 'xl/worksheets/*.xml'], { encoding: 'utf8', maxBuffer: 1 << 28 })
      expect(xml, what).not.toMatch(/<f[ >]/)
      for (const ws of await sheetsOf(file))
        for (const cell of bodyCells(ws)) {
          if (!looksLikeFormula(cell.value as string)) continue
          seen.add(String(cell.value))
          expect(cell.type, `${what} ${cell.address}`).toBe(ExcelJS.ValueType.String)
          expect(cell.numFmt, `${what} ${cell.address}`).toBe('@')
        }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(FORMULA_LIKE.filter((f) => f !== '-3 项未完成')))
  })

  it('体检结果汇总表的加分是数字', async () => {
    const [ws] = await sheetsOf(files.get('党建体检结果汇总表')!)
    let col = 0
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(3, c).value === '加分') col = c
    expect(ws.getCell(4, col).value).toBe(2)
  })

  it('党员信息导入模板打印在 A4 上', async () => {
    const dir = tempDir()
    const file = (await importTemplate({ ...ctx, chooseSavePath: () => Promise.resolve(path.join(dir, 't.xlsx')) }))!.path
    const [ws] = await sheetsOf(file)
    expect(ws.pageSetup.paperSize).toBe(9)
  })
})

describe('LibreOffice 印出来的三会一课台账（PDF 读回）', () => {
  it('2000 字的内容全部印在纸上，没有被截掉', () => {
    const out = tempDir()
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, files.get('三会一课记录台账')!], { stdio: 'ignore', timeout: 120_000 })
    const pdf = path.join(out, fs.readdirSync(out).find((f) => f.endsWith('.pdf'))!)
    if (process.env.PAPER_KEEP) fs.copyFileSync(pdf, path.join(process.env.PAPER_KEEP, 'three.pdf'))
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    // pdftotext reads neighbouring cells line by line, so count characters, not sentences: every 「党」 the sheet holds is on paper
    const count = (t: string): number => t.split('党').length - 1
    return sheetsOf(files.get('三会一课记录台账')!).then(([ws]) => {
      let inWorkbook = 0
      ws.eachRow((row) => row.eachCell((c) => void (inWorkbook += count(String(c.value ?? '')))))
      expect(inWorkbook).toBeGreaterThan(150)
      expect(count(text)).toBe(inWorkbook)
    })
  }, 180_000)
})
