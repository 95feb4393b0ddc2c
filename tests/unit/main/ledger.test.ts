import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/context'
import { displayWidth, wrappedLines } from '../../../src/main/ledgers/textWidth'
import type { LedgerDefinition } from '../../../src/main/ledgers/types'
import { writeLedgerFile } from '../../../src/main/ledgers/writer'
import { exportRoster, rosterLedger } from '../../../src/main/members/ledger'
import { rosterColumnNames, rosterDefaultColumns } from '../../../src/shared/members/rosterColumns'
import { saveMember } from '../../../src/main/members/service'
import { saveOrg } from '../../../src/main/org/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { fullYearsBetween, paperDate } from '../../../src/shared/dates'
import { idCheckChar } from '../../../src/shared/idcard'
import { memberInput } from '../../../src/shared/members/schemas'
import { orgInput } from '../../../src/shared/org/schemas'
import { TODAY, tempDir, testContext } from '../../helpers/context'

const FULL_ID = '51110219900315001' + idCheckChar('51110219900315001')
const PHONE = '13812345678'
// the default 打印列: one sheet one page wide
const COLUMNS = rosterLedger(TODAY, false, rosterDefaultColumns).columns
const LAST = COLUMNS.length
const HEADER_TOP = 3
const HEADER_BOTTOM = 4
const FIRST_DATA = 5
const plain = (header: string): string => header.replace(/\n/g, '')
const col = (header: string): number => COLUMNS.findIndex((c) => plain(c.header) === header) + 1
const letter = (n: number): string => String.fromCharCode(64 + n)

async function readAll(file: string): Promise<ExcelJS.Worksheet[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  return wb.worksheets
}

async function readBack(file: string): Promise<ExcelJS.Worksheet> {
  const sheets = await readAll(file)
  expect(sheets).toHaveLength(1)
  return sheets[0]
}

async function exportAndRead(ctx: AppContext, includeFullId: boolean): Promise<{ ws: ExcelJS.Worksheet; rows: number; file: string }> {
  const res = await exportRoster(ctx, { includeFullId })
  expect(res).not.toBeNull()
  return { ws: await readBack(res!.path), rows: res!.rows, file: res!.path }
}

/** Every column chosen: the roster comes in parts; finds a member's cell under a header in whichever part holds it. */
async function exportAllColumns(ctx: AppContext, includeFullId: boolean): Promise<(name: string, header: string) => ExcelJS.Cell> {
  const res = await exportRoster(ctx, { includeFullId, columns: [...rosterColumnNames] })
  const sheets = await readAll(res!.path)
  expect(sheets.length).toBeGreaterThan(1)
  return (name, header) => {
    for (const ws of sheets) {
      const bottom = Number(String(ws.pageSetup.printTitlesRow).split(':')[1]) // a part without 入党情况 has one header row
      const headers = [HEADER_TOP, bottom].flatMap((r) => (ws.getRow(r).values as unknown[]).map((v, c) => [c, typeof v === 'string' ? plain(v) : ''] as const))
      const c = headers.find(([, h]) => h === header)?.[0]
      const nameCol = headers.find(([, h]) => h === '姓名')![0]
      if (!c) continue
      for (let r = bottom + 1; r <= ws.rowCount; r++) if (ws.getCell(r, nameCol).value === name) return ws.getCell(r, c)
    }
    throw new Error(`${name} 的「${header}」不在花名册里`)
  }
}

/** A context with one committee, one branch and the members given (张三 with FULL_ID and PHONE by default). */
function ownContext(members: Record<string, unknown>[] = [{}]): AppContext {
  const ctx = testContext()
  const top = saveOrg(ctx, orgInput.parse({ name: '测试党委', orgType: 'committee', setupMode: 'single' })).id
  const sub = saveOrg(ctx, orgInput.parse({ name: '测试一支部', orgType: 'branch', setupMode: 'single', parentId: top })).id
  for (const o of members)
    saveMember(
      ctx,
      memberInput.parse({
        orgId: sub, name: '张三', idNumber: FULL_ID, gender: '1', ethnicity: '01', birthDate: '1990-03-15', category: 'full',
        joinDate: '2015-07-01', fullDate: '2016-07-01', status: 'normal', phone: PHONE, education: '21', address: '乐山市市中区嘉州大道1号',
        duesBaseCents: 523400, ...o
      })
    )
  return ctx
}

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = FIRST_DATA; r <= ws.rowCount; r++) if (ws.getCell(r, col('姓名')).value === name) return ws.getRow(r)
  throw new Error(`${name} 不在花名册里`)
}

function expectBoxed(cell: ExcelJS.Cell): void {
  const b = cell.border
  const sides = { top: b?.top?.style, left: b?.left?.style, bottom: b?.bottom?.style, right: b?.right?.style }
  expect(sides, `${cell.address} 的边框`).toEqual({ top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' })
}

describe('党员花名册导出（读回文件检查）', () => {
  it('标题合并整行、填报单位与填报日期、两行表头与 rosterLedger 的列一致', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const { ws, rows } = await exportAndRead(ctx, false)
    const merges = ws.model.merges

    expect(ws.name).toBe('党员花名册')
    expect(ws.getCell('A1').value).toBe('党员花名册')
    expect(merges).toContain(`A1:${letter(LAST)}1`)
    expect(ws.getCell('A1').font?.bold).toBe(true)
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center')

    const row2 = (ws.getRow(2).values as unknown[]).filter((v) => typeof v === 'string')
    expect(row2[0]).toBe('填报单位：嘉州高新区企业综合党委')
    expect(row2).toContain(`填报日期：${paperDate(TODAY)}`)

    // 入党情况 is merged above its three columns; every other header spans rows 3–4
    const groupCols = COLUMNS.map((c, i) => (c.group ? i + 1 : 0)).filter(Boolean)
    expect(groupCols.map((c) => COLUMNS[c - 1].header)).toEqual(['入党日期', '转正日期']) // 党龄 is not among the default 打印列
    expect(merges).toContain(`${letter(groupCols[0])}${HEADER_TOP}:${letter(groupCols[1])}${HEADER_TOP}`)
    expect(ws.getCell(HEADER_TOP, groupCols[0]).value).toBe('入党情况')
    COLUMNS.forEach((c, i) => {
      const n = i + 1
      if (c.group) expect(ws.getCell(HEADER_BOTTOM, n).value).toBe(c.header)
      else {
        expect(ws.getCell(HEADER_TOP, n).value).toBe(c.header)
        expect(merges).toContain(`${letter(n)}${HEADER_TOP}:${letter(n)}${HEADER_BOTTOM}`)
      }
      expect(ws.getCell(HEADER_TOP, n).font?.bold, c.header).toBe(true)
    })

    // every member is a row, numbered from 1, and nothing follows
    expect(rows).toBeGreaterThan(100)
    expect(ws.getCell(FIRST_DATA, 1).value).toBe(1)
    expect(ws.getCell(FIRST_DATA + rows - 1, 1).value).toBe(rows)
    expect(ws.rowCount).toBe(FIRST_DATA + rows - 1)
  })

  it('每页的版式：A4 横向、表头每页重复、页脚「第 &P 页 共 &N 页」、冻结在表头下', async () => {
    const ctx = ownContext()
    const { ws } = await exportAndRead(ctx, false)
    expect(ws.pageSetup.paperSize).toBe(9)
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(ws.pageSetup.printTitlesRow).toBe(`${HEADER_TOP}:${HEADER_BOTTOM}`)
    expect(ws.pageSetup.fitToPage).toBe(true)
    expect(ws.pageSetup.fitToWidth).toBe(1)
    expect(ws.headerFooter.oddFooter).toContain('第 &P 页 共 &N 页')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_BOTTOM })
  })

  it('表头每个合并区域的每个单元格（含从属格）和每个数据格都有上下左右边框', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const { ws, rows } = await exportAndRead(ctx, false)
    const headerMerges = ws.model.merges.filter((m) => Number(m.match(/\d+$/)![0]) >= HEADER_TOP)
    expect(headerMerges.length).toBe(LAST - 2 + 1) // one per ungrouped column, one for 入党情况
    let slaves = 0
    for (const m of headerMerges) {
      const [from, to] = m.split(':').map((a) => ws.getCell(a))
      for (let r = Number(from.row); r <= Number(to.row); r++)
        for (let c = Number(from.col); c <= Number(to.col); c++) {
          const cell = ws.getCell(r, c)
          if (cell.address !== from.address) (expect(cell.isMerged).toBe(true), slaves++)
          expectBoxed(cell)
        }
    }
    expect(slaves).toBe(LAST - 2 + 1)
    for (let r = HEADER_TOP; r < FIRST_DATA + rows; r++) for (let c = 1; c <= LAST; c++) expectBoxed(ws.getCell(r, c))
  })

  it('身份证号总是文本（格式 @，不会变成数字）；默认脱敏，电话也脱敏', async () => {
    const ctx = testContext()
    loadDemo(ctx)
    const { ws, rows } = await exportAndRead(ctx, false)
    for (let r = FIRST_DATA; r < FIRST_DATA + rows; r++) {
      const cell = ws.getCell(r, col('身份证号'))
      expect(typeof cell.value).toBe('string')
      expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(cell.numFmt).toBe('@')
      expect(cell.value).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
      expect(ws.getCell(r, col('联系电话')).value).toMatch(/^(\d{3}\*{4}\d{4})?$/)
    }
  })

  it('我加的党员：各列取值正确（选全部打印列）；不勾选时身份证号 5111**********XXXX、电话 138****5678，全文找不到原号', async () => {
    const ctx = ownContext()
    const { ws, rows } = await exportAndRead(ctx, false)
    expect(rows).toBe(1)
    ws.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(new RegExp(`${FULL_ID}|${PHONE}`))))
    const cell = await exportAllColumns(ctx, false)
    const v = (header: string): unknown => cell('张三', header).value
    expect(v('序号')).toBe(1)
    expect(v('性别')).toBe('男')
    expect(v('民族')).toBe('汉族')
    expect(v('出生日期')).toBe('1990-03-15')
    expect(v('年龄')).toBe(fullYearsBetween('1990-03-15', TODAY))
    expect(v('学历')).toBe('大学本科毕业')
    expect(v('人员类别')).toBe('正式党员')
    expect(v('入党日期')).toBe('2015-07-01')
    expect(v('转正日期')).toBe('2016-07-01')
    expect(v('党龄')).toBe(fullYearsBetween('2016-07-01', TODAY))
    expect(v('所在党支部')).toBe('测试一支部')
    expect(v('是否流动党员')).toBe('否')
    expect(v('党员状态')).toBe('正常')
    expect(v('现居住地')).toBe('乐山市市中区嘉州大道1号')
    expect(v('党费基数（元）')).toBe(5234)
    expect(cell('张三', '党费基数（元）').numFmt).toBe('#,##0.00')
    expect(v('身份证号')).toBe(`5111**********${FULL_ID.slice(-4)}`)
    expect(cell('张三', '身份证号').numFmt).toBe('@')
    expect(v('联系电话')).toBe('138****5678')
    expect(cell('张三', '联系电话').numFmt).toBe('@')
  })

  it('勾选「含完整证件号」时身份证号完整，仍是文本', async () => {
    const ctx = ownContext()
    const { ws } = await exportAndRead(ctx, true)
    const r = rowOf(ws, '张三')
    const id = r.getCell(col('身份证号'))
    expect(id.value).toBe(FULL_ID)
    expect(id.type).toBe(ExcelJS.ValueType.String)
    expect(id.numFmt).toBe('@')
    expect(r.getCell(col('联系电话')).value).toBe(PHONE)
  })

  it('长的现居住地或备注让这一行变高，一行写得下的行不变高', async () => {
    const long = '乐山市市中区嘉州大道1号嘉州新城小区十二栋三单元二十八楼二八零六室（单位宿舍，门卫处可代收信件）'
    const ctx = ownContext([
      {},
      { name: '李四', idNumber: '51110219900315003' + idCheckChar('51110219900315003'), phone: null, address: long },
      { name: '王五', idNumber: '51110219900315005' + idCheckChar('51110219900315005'), phone: null, remark: long }
    ])
    const cell = await exportAllColumns(ctx, false)
    const height = (name: string, header: string): number => cell(name, header).worksheet.getRow(Number(cell(name, header).row)).height
    const short = height('张三', '现居住地')
    expect(short).toBeGreaterThan(0)
    expect(height('李四', '现居住地')).toBeGreaterThan(short * 2)
    expect(height('王五', '备注')).toBeGreaterThan(short * 2)
    for (const name of ['李四', '王五']) expect(cell(name, '现居住地').alignment?.wrapText).toBe(true)
  })

  it('导出记入变更日志（action = export）', async () => {
    const ctx = ownContext()
    const res = await exportRoster(ctx, { includeFullId: true })
    const logs = ctx.db.prepare("SELECT entity, entity_id, action, actor, after_json FROM change_log WHERE action = 'export'").all() as {
      entity: string
      entity_id: string
      action: string
      actor: string
      after_json: string
    }[]
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ entity: 'ledger', entity_id: 'roster', actor: '测试' })
    expect(JSON.parse(logs[0].after_json)).toEqual({ file: res!.path, rows: 1, includeFullId: true })
  })

  it('取消保存：不写文件，也不记日志', async () => {
    const ctx = ownContext()
    const cancelled: AppContext = { ...ctx, chooseSavePath: () => Promise.resolve(null) }
    expect(await exportRoster(cancelled, { includeFullId: false })).toBeNull()
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE action = 'export'").get()).toEqual({ n: 0 })
  })
})

describe('台账引擎：字宽、换行与行高（不用数据库）', () => {
  it('字宽：汉字和全角符号算 2，字母数字算 1', () => {
    expect(displayWidth('党员')).toBe(4)
    expect(displayWidth('ab12')).toBe(4)
    expect(displayWidth('党员A1')).toBe(6)
    expect(displayWidth('（元）：')).toBe(8)
    expect(displayWidth('')).toBe(0)
  })

  it('换行行数：列宽去掉单元格边距后按 Excel 的方式逐字排', () => {
    expect(wrappedLines('党员', 5)).toBe(1)
    expect(wrappedLines('党员', 4)).toBe(2) // 28 px less 5 px padding cannot hold two 14 px glyphs
    expect(wrappedLines('1990-03-15', 11)).toBe(1)
    expect(wrappedLines('511102199003150016', 19)).toBe(1)
    expect(wrappedLines('工人（工勤技能人员）', 10)).toBe(3)
    expect(wrappedLines('一二三四五六七八九十', 21)).toBe(1)
    expect(wrappedLines('一二\n三四', 21)).toBe(2)
    expect(wrappedLines('ab 12345678', 9)).toBe(2) // the number moves whole to the next line
    expect(wrappedLines('党员', 5, 14)).toBe(2) // a larger font takes more room
  })

  type Row = { name: string; amount: number | null; code: string }
  const tiny: LedgerDefinition<Row> = {
    title: '测试台账',
    sheetName: '测试',
    orientation: 'portrait',
    columns: [
      { header: '名称', width: 8, align: 'left', value: (r) => r.name },
      { header: '金额', width: 6, kind: 'money', value: (r) => r.amount },
      { header: '编号', width: 9, kind: 'text', value: (r) => r.code }
    ]
  }

  it('小台账：单行表头、纵向、文本列存文本、数字列放宽到不显示 ####、长文字行变高、宽度 9 的列不丢', async () => {
    const file = path.join(tempDir(), '测试.xlsx')
    await writeLedgerFile(
      tiny,
      [
        { name: '党员', amount: 1234567.5, code: '007' },
        { name: '这是一个很长很长的名称需要换行', amount: null, code: '0012345678901234567' }
      ],
      { unitName: '测试单位', date: TODAY },
      file
    )
    const ws = await readBack(file)
    expect(ws.getCell('A1').value).toBe('测试台账')
    expect(ws.model.merges).toContain('A1:C1')
    expect(ws.getCell('A3').value).toBe('名称')
    expect(ws.getCell('C3').value).toBe('编号')
    expect(ws.model.merges.filter((m) => m.endsWith('3'))).toEqual([])
    expect(ws.pageSetup.orientation).toBe('portrait')
    expect(ws.pageSetup.paperSize).toBe(9)
    expect(ws.pageSetup.printTitlesRow).toBe('3:3')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(ws.getCell('A4').value).toBe('党员')
    expect(ws.getCell('C4').value).toBe('007')
    expect(ws.getCell('C4').numFmt).toBe('@')
    expect(ws.getCell('C5').value).toBe('0012345678901234567')
    expect(ws.getCell('B4').value).toBe(1234567.5)
    expect(ws.getCell('B5').value).toBeNull()
    for (let r = 3; r <= 5; r++) for (let c = 1; c <= 3; c++) expectBoxed(ws.getCell(r, c))
    // 1,234,567.50 is 12 characters: the money column grows beyond its declared 6
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(12 + 5 / 7)
    expect(ws.getColumn(1).width).toBe(8)
    // exceljs leaves a width of exactly 9 out of the file (and reports 9 for a missing column): check it was written
    expect(ws.getColumn(3).isCustomWidth).toBe(true)
    expect(ws.getColumn(3).width).toBeCloseTo(9, 1)
    expect(ws.getRow(5).height).toBeGreaterThan(ws.getRow(4).height * 1.5)
  })
})
