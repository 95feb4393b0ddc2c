import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { importCommit, importPreview, importTemplate } from '../../../src/main/members/import/service'
import { parseDate } from '../../../src/main/members/import/cells'
import { getMember, listMembers } from '../../../src/main/members/service'
import { saveOrg } from '../../../src/main/org/service'
import { idCheckChar } from '../../../src/shared/idcard'
import { orgInput } from '../../../src/shared/org/schemas'
import { testContext } from '../../helpers/context'

const id = (b: string): string => b + idCheckChar(b)
const HEADERS = ['所在党组织', '姓名', '身份证号', '民族', '学历', '人员类别', '入党日期', '转正日期', '联系电话']

async function workbook(rows: unknown[][], opts: { title?: boolean; headers?: string[] } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('花名册')
  if (opts.title) {
    ws.addRow(['某某公司党支部党员花名册'])
    ws.mergeCells(1, 1, 1, 9)
  }
  ws.addRow(opts.headers ?? HEADERS)
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

function setup() {
  const ctx = testContext()
  const orgId = saveOrg(ctx, orgInput.parse({ name: '测试一支部', orgType: 'branch', setupMode: 'single' })).id
  return { ctx, orgId }
}

const ORG = '测试一支部'
const good = (n: number, joinDate: unknown = '2015-07-01'): unknown[] => [ORG, `党员${n}`, id(`5111021985010${n}001`), '汉族', '大学本科', '正式党员', joinDate, '2016-07-01', '13800001234']

describe('日期写法', () => {
  it.each([
    ['2020-01-05', '2020-01-05'], ['2020.1.5', '2020-01-05'], ['2020年1月5日', '2020-01-05'], ['2020/1/5', '2020-01-05'], ['20200105', '2020-01-05'],
    ['43835', '2020-01-05'], ['', null]
  ])('%s → %s', (raw, iso) => expect(parseDate(raw)).toEqual(iso))
  it.each(['2020-02-30', '2020.13.1', '去年', '2020年1月'])('%s 不是有效日期', (raw) => expect(parseDate(raw)).toMatchObject({ error: expect.stringContaining(raw) }))
})

describe('花名册导入', () => {
  it('三行有错：预览列出行号与原因；导入无误的行；改正一行后再导入只新增那一行', async () => {
    const { ctx } = setup()
    const rows = [
      good(1, new Date(Date.UTC(2015, 6, 1))),
      good(2, 42186),
      [ORG, '党员3', id('51110219850103001'), '毛难族', '大专', '正式', '2015.7.1', '2016年7月1日', ''],
      [ORG, '错号', '511102198501040010', '汉族', '本科', '正式党员', '2015-07-01', '2016-07-01', ''],
      [ORG, '错日期', id('51110219850105001'), '汉族', '本科', '正式党员', '2015-02-30', '2016-07-01', ''],
      [ORG, '太小', id('51110220000106001'), '汉族', '本科', '预备党员', '2017-01-01', '', ''],
      good(7, { formula: 'DATE(2015,7,1)', result: new Date(Date.UTC(2015, 6, 1)) })
    ]
    const base64 = await workbook(rows, { title: true })
    const p = await importPreview(ctx, { fileName: 'a.xlsx', base64 })
    expect(p.counts).toEqual({ total: 7, new: 4, exists: 0, error: 3 })
    const errs = p.rows.filter((r) => r.status === 'error')
    expect(errs.map((r) => r.rowNumber)).toEqual([6, 7, 8])
    expect(errs[0].errors.join()).toContain('校验位')
    expect(errs[1].errors.join()).toContain('「2015-02-30」不是有效日期')
    expect(errs[2].errors.join()).toContain('年满 18 周岁')
    expect(listMembers(ctx, {}).total).toBe(0)

    const report = await importCommit(ctx, { fileName: 'a.xlsx', base64 })
    expect(report.added).toBe(4)
    expect(report.backup).toMatch(/自动备份-导入前/)
    const third = listMembers(ctx, { search: '党员3' }).rows[0]
    const m = getMember(ctx, third.id)
    expect([m.ethnicity, m.education, m.joinDate, m.fullDate, m.gender, m.birthDate]).toEqual(['36', '31', '2015-07-01', '2016-07-01', '1', '1985-01-03'])
    // 表里没有党内职务：与手工新增时一样是「党员」，不是空着
    expect(m.partyPost).toBe('99')

    rows[4] = [ORG, '错日期', id('51110219850105001'), '汉族', '本科', '正式党员', '2015-03-01', '2016-07-01', '']
    const again = await importCommit(ctx, { fileName: 'a.xlsx', base64: await workbook(rows, { title: true }) })
    expect(again.counts).toEqual({ total: 7, new: 1, exists: 4, error: 2 })
    expect(again.added).toBe(1)
    expect(listMembers(ctx, {}).total).toBe(5)
  })

  it('没有「所在党组织」列时导入到选定组织；同一文件内身份证号重复要指出', async () => {
    const { ctx, orgId } = setup()
    const headers = HEADERS.slice(1)
    const r1 = good(1).slice(1)
    const base64 = await workbook([r1, r1], { headers })
    await expect(importPreview(ctx, { fileName: 'b.xlsx', base64 })).rejects.toThrow(/选定要导入到哪个组织/)
    const p = await importPreview(ctx, { fileName: 'b.xlsx', base64, defaultOrgId: orgId })
    expect(p.rows[1].errors).toEqual(['身份证号与第 2 行重复'])
  })

  it('坏文件：随机字节、截断、CSV、合并的表头、没有表头、没算过的公式 → 中文说明，什么都不写', async () => {
    const { ctx } = setup()
    const good64 = await workbook([good(1)])
    const bytes = Buffer.from(good64, 'base64')
    const cases: [string, string, RegExp][] = [
      ['随机字节', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 91) % 256)).toString('base64'), /不是 Excel 工作簿/],
      ['截断', bytes.subarray(0, Math.floor(bytes.length / 2)).toString('base64'), /无法读取这个工作簿/],
      ['CSV', Buffer.from('姓名,身份证号\n张三,1\n').toString('base64'), /不是 Excel 工作簿/]
    ]
    for (const [name, base64, msg] of cases) await expect(importCommit(ctx, { fileName: `${name}.xlsx`, base64 }), name).rejects.toThrow(msg)

    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('x')
    ws.addRow(['姓名', '', '身份证号', '入党日期'])
    ws.mergeCells(1, 1, 1, 2)
    await expect(importPreview(ctx, { fileName: 'm.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') })).rejects.toThrow(/表头（第 1 行）有合并单元格/)
    await expect(importPreview(ctx, { fileName: 'n.xlsx', base64: await workbook([['a', 'b']], { headers: ['甲', '乙'] }) })).rejects.toThrow(/没有找到表头/)

    const formula = await workbook([[ORG, '公式', id('51110219850108001'), '汉族', '本科', '正式党员', { formula: 'TODAY()' }, '', '']])
    const p = await importPreview(ctx, { fileName: 'f.xlsx', base64: formula })
    expect(p.rows[0].errors.join()).toContain('是公式且没有计算结果')
    expect(listMembers(ctx, {}).total).toBe(0)
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE entity = 'member'").get()).toEqual({ n: 0 })
  })

  it('第 1,048,576 行只有格式的小文件：只读有内容的行，三行都正确导入', async () => {
    const { ctx } = setup()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('花名册')
    ws.addRow(['某某公司党支部党员花名册'])
    ws.mergeCells(1, 1, 1, 9)
    ws.addRow(HEADERS)
    for (const n of [1, 2, 3]) ws.addRow(good(n))
    const far = ws.getRow(1_048_576)
    far.height = 20
    far.getCell(1).style = { font: { bold: true } }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    expect(bytes.length).toBeLessThan(12 * 1024)
    const base64 = bytes.toString('base64')
    const preview = await importPreview(ctx, { fileName: 'far.xlsx', base64 })
    expect(preview.counts).toEqual({ total: 3, new: 3, exists: 0, error: 0 })
    expect(preview.rows.map((r) => r.rowNumber)).toEqual([3, 4, 5])
    const report = await importCommit(ctx, { fileName: 'far.xlsx', base64 })
    expect(report.added).toBe(3)
    expect(listMembers(ctx, {}).rows.map((m) => m.name).sort()).toEqual(['党员1', '党员2', '党员3'])
  })

  it('有内容的行比上限多、且格式设到最后一行：拒绝并说明，什么都不写', async () => {
    const { ctx } = setup()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('大')
    ws.addRow(['姓名', '身份证号', '入党日期'])
    for (let i = 0; i < 20_100; i++) ws.addRow([`人${i}`, '1', '2015-07-01'])
    ws.getRow(1_048_576).getCell(3).style = { numFmt: 'yyyy-mm-dd' }
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    await expect(importPreview(ctx, { fileName: 'big.xlsx', base64 })).rejects.toThrow(/一次最多导入 20000 行/)
    expect(listMembers(ctx, {}).total).toBe(0)
  }, 60_000)

  it('十几万行只有格式、没有内容：说明原因（删掉空行后另存），什么都不写', async () => {
    const { ctx } = setup()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('空行')
    ws.addRow(HEADERS)
    ws.addRow(good(1))
    for (let r = 3; r < 120_000; r++) ws.getRow(r).height = 18
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    await expect(importPreview(ctx, { fileName: 'blank.xlsx', base64 })).rejects.toThrow(/只有格式、没有内容.*删掉数据下方的空行/)
    expect(listMembers(ctx, {}).total).toBe(0)
  }, 60_000)

  it('十万行的文件：拒绝并说明，什么都不写', async () => {
    const { ctx } = setup()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('大')
    ws.addRow(['姓名', '身份证号', '入党日期'])
    for (let i = 0; i < 100_000; i++) ws.addRow([`人${i}`, '1', '2015-07-01'])
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    await expect(importCommit(ctx, { fileName: 'big.xlsx', base64, defaultOrgId: undefined })).rejects.toThrow(/一次最多导入 20000 行/)
    expect(listMembers(ctx, {}).total).toBe(0)
  }, 120_000)

  it('导入模板：表头与必填标记、下拉列表，读回来能直接用于导入', async () => {
    const { ctx } = setup()
    const t = await importTemplate(ctx)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(t!.path)
    const ws = wb.getWorksheet('党员信息')!
    expect(ws.getRow(1).values).toContain('身份证号')
    expect(ws.getCell('D2').dataValidation.formulae[0]).toBe('"男,女"')
    ws.getRow(2).values = [ORG, '模板用户', id('51110219900101003')]
    ws.getCell(2, 11).value = '2015-07-01'
    const p = await importPreview(ctx, { fileName: 't.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') })
    expect(p.rows[0]).toMatchObject({ status: 'new', errors: [] })
  })
})
