// 报送包里每一行的检查：与界面提交同一份 zod 规则（列名换成界面的字段名后校验），再加上每格文字长度的上限。
// 不合格的行跳过并写明原因；整个文件的上限（解压后大小、每张表的行数）在 format.ts。
import type { z } from 'zod'
import { checkupItemInput, checkupInput } from '../../shared/checkups/schemas'
import { analysisInput } from '../../shared/analysis/schemas'
import { consultationInput } from '../../shared/consultations/schemas'
import { devPersonInput } from '../../shared/development/schemas'
import { fieldLabel } from '../../shared/labels'
import { checkIdNumber } from '../../shared/idcard'
import { memberInput } from '../../shared/members/schemas'
import { orgInput } from '../../shared/org/schemas'
import { problemInput } from '../../shared/problems/schemas'
import { problemStatuses } from '../../shared/problems/flow'
import { visitInput } from '../../shared/visits/schemas'
import { mentorshipInput } from '../../shared/mentoring/schemas'
import { remittanceInput } from '../../shared/dues/schemas'
import { planInput } from '../../shared/development/schemas'
import type { Row } from './tables'

/** 一格文字最多多少字：界面上最长的说明是 500 字，留足余量；体检模板的内容是整份 JSON */
export const MAX_CELL_CHARS = 5000
const LONG_CELLS: Record<string, number> = { body_json: 1_000_000 }

type RowRule = { schema: z.ZodType; extra?: (row: Row, today: string) => string | null }

const statusOk = (allowed: readonly string[], label: string) => (row: Row): string | null =>
  allowed.includes(String(row.status)) ? null : `${label}「${String(row.status).slice(0, 20)}」不认识`

/** 与界面提交同一份规则的表；其余的表（界面一次提交的内容分在几张表里的，如会议与到会名单）只查每格的类型和长度 */
const rules: Record<string, RowRule> = {
  orgs: { schema: orgInput },
  members: {
    schema: memberInput,
    extra: (row, today) => {
      const id = checkIdNumber(String(row.id_number), today)
      if (!id.ok) return id.message.startsWith('身份证号') ? id.message : `身份证号：${id.message}`
      if (id.info.birthDate !== row.birth_date) return '出生日期与身份证号不一致'
      if (String(id.info.gender) !== String(row.gender)) return '性别与身份证号不一致'
      return null
    }
  },
  visits: { schema: visitInput },
  consultations: { schema: consultationInput },
  analysis_meetings: { schema: analysisInput },
  problems: { schema: problemInput, extra: statusOk(problemStatuses, '整改状态') },
  dev_people: { schema: devPersonInput },
  checkups: { schema: checkupInput, extra: statusOk(['draft', 'signed'], '体检状态') },
  checkup_items: { schema: checkupItemInput },
  mentorships: { schema: mentorshipInput },
  dues_remittances: { schema: remittanceInput },
  dev_plans: { schema: planInput }
}

const camelNames = new Map<string, string>()
/** 列名 → 界面的字段名（五万行里同样几十个列名反复出现，换算一次记住） */
function camel(s: string): string {
  let c = camelNames.get(s)
  if (c === undefined) camelNames.set(s, (c = s.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())))
  return c
}

/** 存成 JSON 文本、界面上是数组的列 */
const JSON_TEXT = new Set(['orgs.committee_members', 'visits.problems'])

/** 数据库的一行 → 界面提交的字段：列名改成驼峰，存成 JSON 文本的列（*_json、委员名单……）解开 */
function asInput(table: string, row: Row): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) {
    const json = k.endsWith('_json')
    const key = camel(json ? k.slice(0, -5) : k)
    if ((json || JSON_TEXT.has(`${table}.${k}`)) && typeof v === 'string') {
      try {
        out[key] = JSON.parse(v)
      } catch {
        out[key] = v
      }
    } else out[key] = v
  }
  return out
}

const lenient = new Map<string, z.ZodType>()
function schemaOf(table: string): z.ZodType | null {
  const r = rules[table]
  if (!r) return null
  let s = lenient.get(table)
  if (!s) {
    // 包里的行多出记录时间等列：按界面的规则校验，多出的列不算错
    const strip = (r.schema as unknown as { strip?: () => z.ZodType }).strip
    s = strip ? strip.call(r.schema) : r.schema
    lenient.set(table, s)
  }
  return s
}

/** 一行不合格时返回中文原因，合格时返回 null */
export function checkRow(table: string, raw: unknown, today: string): string | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return '不是一条记录'
  const row = raw as Record<string, unknown>
  for (const [k, v] of Object.entries(row)) {
    if (k.length > 64) return '列名不正确'
    if (v === null || typeof v === 'number') {
      if (typeof v === 'number' && !Number.isFinite(v)) return `${fieldLabel(camel(k))}不是有效的数`
      continue
    }
    if (typeof v !== 'string') return `${fieldLabel(camel(k))}的内容格式不正确`
    if (v.length > (LONG_CELLS[k] ?? MAX_CELL_CHARS)) return `${fieldLabel(camel(k))}太长（${v.length} 字）`
  }
  const schema = schemaOf(table)
  if (schema) {
    const r = schema.safeParse(asInput(table, row as Row))
    if (!r.success) {
      const issue = r.error.issues[0]
      const field = issue.path.length ? fieldLabel(String(issue.path[0])) : ''
      return field && !issue.message.startsWith('请') && !issue.message.includes(field) ? `${field}：${issue.message}` : issue.message
    }
  }
  return rules[table]?.extra?.(row as Row, today) ?? null
}
