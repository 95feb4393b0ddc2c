// 花名册导入：先流式地量出表里真有内容的行数（超过上限立刻停下拒绝）→ 读工作簿 → 找表头 →
// 只逐个读有内容的行，转成党员输入并按与手工录入相同的规则检查 → 每行的错误（不写数据库）
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { AppError } from '../../../shared/errors'
import { checkIdNumber } from '../../../shared/idcard'
import { maskIdNumber } from '../../../shared/mask'
import { checkMemberRules } from '../../../shared/members/rules'
import { type MemberData, memberInput } from '../../../shared/members/schemas'
import type { AppContext } from '../../context'
import { orgStore } from '../../org/store'
import { codeTables } from '../../seeds/codes'
import { memberStore } from '../store'
import { cellText, parseDate } from './cells'
import { IMPORT_COLUMNS, type ImportField, fieldForHeader } from './columns'

export const MAX_IMPORT_ROWS = 20_000
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024
/** Rows that carry only formatting (no value) beyond this many make the file too costly to read; real data is never like that. */
export const MAX_BLANK_ROWS = 100_000
/** Rows above the data that may hold a title and the header. */
const HEADER_ALLOWANCE = 10

export type ImportRow = {
  rowNumber: number
  name: string
  idMasked: string
  orgName: string
  status: 'new' | 'exists' | 'error'
  errors: string[]
  warnings: string[]
  input: MemberData | null
}

export type ImportPreview = { sheetName: string; headerRow: number; rows: ImportRow[]; counts: { total: number; new: number; exists: number; error: number } }

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new AppError('BAD_FILE', '选择的文件是空的')
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('BAD_FILE', '文件超过 30 MB，不像是花名册，请检查是否选错了文件')
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new AppError('BAD_FILE', '这个文件不是 Excel 工作簿（.xlsx）。旧版 .xls 或 WPS 的 .et 文件请先在 Excel / WPS 中「另存为」.xlsx 再导入')
  const unreadable = (): AppError => new AppError('BAD_FILE', '无法读取这个工作簿：文件可能已损坏或不完整，请在 Excel / WPS 中打开确认后另存一份再导入')
  try {
    await checkRealExtent(bytes)
  } catch (e) {
    throw e instanceof AppError ? e : unreadable()
  }
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw unreadable()
  }
  return wb
}

/**
 * Streams the first visible sheet that holds values and counts only rows with values, stopping as soon as there are
 * more than the import takes: a sheet's declared size (a format on row 1,048,576) costs nothing.
 */
async function checkRealExtent(bytes: Buffer): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', entries: 'ignore' })
  for await (const sheet of reader) {
    const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { state?: string }
    let values = 0
    let blank = 0
    for await (const row of ws) {
      if (row.hasValues) values++
      else blank++
      if (values > MAX_IMPORT_ROWS + HEADER_ALLOWANCE)
        throw new AppError('TOO_MANY', `一次最多导入 ${MAX_IMPORT_ROWS} 行，这个文件超过了这个数（读到第 ${row.number} 行时已有 ${values} 行有内容），请分成几个文件导入`)
      if (blank > MAX_BLANK_ROWS)
        throw new AppError('BAD_FILE', `表里有超过 ${MAX_BLANK_ROWS} 行只有格式、没有内容，请在 Excel / WPS 中删掉数据下方的空行后另存一份再导入`)
    }
    if (values > 0 && ws.state !== 'hidden' && ws.state !== 'veryHidden') return
  }
}

function findHeader(ws: ExcelJS.Worksheet): { row: number; columns: Map<number, ImportField> } {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const columns = new Map<number, ImportField>()
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      const f = fieldForHeader(cellText(cell).text)
      if (f) columns.set(col, f)
    })
    const fields = new Set(columns.values())
    if (fields.has('name') && fields.has('idNumber')) {
      const headerMerged = [...Array(ws.columnCount).keys()].some((i) => {
        const cell = ws.getCell(r, i + 1)
        return cell.isMerged && cell.master.address !== cell.address
      })
      if (headerMerged) throw new AppError('BAD_FILE', `表头（第 ${r} 行）有合并单元格，请使用导入模板的一行表头`)
      return { row: r, columns }
    }
  }
  throw new AppError('BAD_FILE', '在前 10 行里没有找到表头：至少要有「姓名」和「身份证号」两列。可以先下载导入模板')
}

type Lookup = (text: string) => string | null | undefined

function byName(items: { code: string; name: string }[], extra: Record<string, string> = {}): Lookup {
  const map = new Map<string, string>()
  for (const i of items) map.set(i.name, i.code)
  for (const [k, v] of Object.entries(extra)) map.set(k, v)
  return (t) => (t ? (map.get(t) ?? null) : undefined)
}

export async function previewImport(ctx: AppContext, bytes: Buffer, defaultOrgId: string | null): Promise<ImportPreview> {
  const wb = await readWorkbook(bytes)
  const ws = wb.worksheets.find((w) => w.state === 'visible' && w.actualRowCount > 0)
  if (!ws) throw new AppError('BAD_FILE', '工作簿里没有数据')
  const header = findHeader(ws)
  const dataRows = ws.actualRowCount - header.row
  if (dataRows > MAX_IMPORT_ROWS) throw new AppError('TOO_MANY', `一次最多导入 ${MAX_IMPORT_ROWS} 行，这个文件约有 ${dataRows} 行，请分成几个文件导入`)
  const present = new Set(header.columns.values())
  for (const c of IMPORT_COLUMNS) if (c.required && !present.has(c.field)) throw new AppError('BAD_FILE', `缺少必填的「${c.headers[0]}」列`)
  if (!present.has('orgName') && !defaultOrgId) throw new AppError('BAD_FILE', '表中没有「所在党组织」列，请先在页面上选定要导入到哪个组织')

  const today = ctx.today()
  const orgs = orgStore.list(ctx.db)
  const orgByName = new Map(orgs.map((o) => [o.name, o]))
  const defaultOrg = defaultOrgId ? (orgs.find((o) => o.id === defaultOrgId) ?? null) : null
  const eth = codeTables.ethnicity
  const ethnicity = byName(eth.items, Object.fromEntries([...Object.entries(eth.aliases), ...eth.items.map((i) => [i.name.replace(/族$/, ''), i.code])]))
  const education = byName(codeTables.education.items, codeTables.education.aliases)
  const partyPost = byName(codeTables.partyPosts.items, { 支部书记: '01', 普通党员: '99', 无: '99' })
  const job = byName(codeTables.jobCategories.items, Object.fromEntries(codeTables.jobCategories.items.map((i) => [i.name.replace(/（.*）$/, ''), i.code])))
  const statusCode = byName(codeTables.memberStatuses.items, { 流动党员: 'flowing', 失联党员: 'lost' })
  const category = byName(codeTables.memberCategories.items, { 正式: 'full', 正: 'full', 中共党员: 'full', 预备: 'probationary', 预: 'probationary', 中共预备党员: 'probationary' })
  const seenIds = new Map<string, number>()
  const rows: ImportRow[] = []

  // 只有有内容的行：表声明的大小（格式一直设到第 1,048,576 行）不算
  const valueRows: ExcelJS.Row[] = []
  ws.eachRow({ includeEmpty: false }, (row, r) => r > header.row && valueRows.push(row))
  for (const row of valueRows) {
    const r = row.number
    const raw: Partial<Record<ImportField, string>> = {}
    const errors: string[] = []
    for (const [col, field] of header.columns) {
      const t = cellText(row.getCell(col))
      if (t.error) errors.push(`「${IMPORT_COLUMNS.find((c) => c.field === field)!.headers[0]}」${t.error}`)
      raw[field] = t.text
    }
    if (Object.values(raw).every((v) => !v) && !errors.length) continue
    const warnings: string[] = []
    const date = (field: ImportField, label: string): string | null => {
      const d = parseDate(raw[field] ?? '')
      if (d && typeof d === 'object') return (errors.push(`${label}${d.error}`), null)
      return d
    }
    const code = (lookup: Lookup, field: ImportField, label: string, fallback: string | null): string | null => {
      const c = lookup((raw[field] ?? '').replace(/\s/g, ''))
      if (c === null) errors.push(`${label}「${raw[field]}」不在代码表中`)
      return c ?? fallback
    }
    const id = checkIdNumber(raw.idNumber ?? '', today)
    const org = raw.orgName ? (orgByName.get(raw.orgName) ?? null) : defaultOrg
    if (raw.orgName && !org) errors.push(`所在党组织「${raw.orgName}」不在组织树中，请先建立或改成已有的名称`)
    const genderText = raw.gender ?? ''
    const gender = genderText === '男' ? '1' : genderText === '女' ? '2' : id.ok ? String(id.info.gender) : ''
    if (genderText && genderText !== '男' && genderText !== '女') errors.push(`性别「${genderText}」应为 男 或 女`)
    const fullDate = date('fullDate', '转正日期')
    const dues = raw.duesBase ? Number(raw.duesBase.replace(/[,，元\s]/g, '')) : null
    if (dues !== null && !Number.isFinite(dues)) errors.push(`党费基数「${raw.duesBase}」不是数字`)
    const candidate = {
      orgId: org?.id ?? '',
      name: raw.name ?? '',
      idNumber: raw.idNumber ?? '',
      gender,
      ethnicity: code(ethnicity, 'ethnicity', '民族', '01'),
      birthDate: date('birthDate', '出生日期') ?? (id.ok ? id.info.birthDate : ''),
      nativePlace: raw.nativePlace || null,
      education: code(education, 'education', '学历', null),
      degree: raw.degree || null,
      category: code(category, 'category', '人员类别', null) ?? (fullDate ? 'full' : 'probationary'),
      joinDate: date('joinDate', '入党日期') ?? '',
      fullDate,
      partyPost: code(partyPost, 'partyPost', '党内职务', '99'), // 没填的与手工新增时一样是「党员」
      jobCategory: code(job, 'jobCategory', '工作岗位', null),
      adminPost: raw.adminPost || null,
      workStartDate: date('workStartDate', '参加工作时间'),
      status: code(statusCode, 'status', '党员状态', 'normal'),
      phone: raw.phone ? raw.phone.replace(/\s/g, '') : null,
      address: raw.address || null,
      transferInDate: date('transferInDate', '组织关系转入日期'),
      duesBaseCents: dues !== null && Number.isFinite(dues) ? Math.round(dues * 100) : null,
      remark: raw.remark || null
    }
    let input: MemberData | null = null
    if (!raw.name) errors.push('缺少姓名')
    if (!id.ok) errors.push(!raw.idNumber ? '缺少身份证号' : id.message.startsWith('身份证号') ? id.message : `身份证号：${id.message}`)
    if (!raw.joinDate) errors.push('缺少入党日期')
    if (!errors.length) {
      const parsed = memberInput.safeParse(candidate)
      if (!parsed.success) errors.push(...parsed.error.issues.map((i) => i.message))
      else {
        const check = checkMemberRules(parsed.data, today)
        errors.push(...check.errors)
        warnings.push(...check.warnings)
        input = { ...parsed.data, idNumber: check.idNumber }
      }
    }
    let status: ImportRow['status'] = errors.length ? 'error' : 'new'
    if (input) {
      const earlier = seenIds.get(input.idNumber)
      if (earlier) (errors.push(`身份证号与第 ${earlier} 行重复`), (status = 'error'))
      else {
        seenIds.set(input.idNumber, r)
        const existing = memberStore.findLiveByIdNumber(ctx.db, input.idNumber)
        if (existing) (status = 'exists'), warnings.push(`已在花名册中（${existing.name}，${existing.orgName}），跳过`)
      }
    }
    rows.push({
      rowNumber: r,
      name: raw.name ?? '',
      idMasked: maskIdNumber(raw.idNumber ?? ''),
      orgName: org?.name ?? raw.orgName ?? '',
      status,
      errors,
      warnings,
      input: status === 'new' ? input : null
    })
  }
  const count = (s: ImportRow['status']): number => rows.filter((x) => x.status === s).length
  return { sheetName: ws.name, headerRow: header.row, rows, counts: { total: rows.length, new: count('new'), exists: count('exists'), error: count('error') } }
}
