// 党员的业务规则：校验、查重、脱敏、删除进回收站
import { randomUUID } from 'node:crypto'
import { addYears, fullYearsBetween } from '../../shared/dates'
import { AppError, invalid, notFound } from '../../shared/errors'
import { maskIdNumber, maskPhone } from '../../shared/mask'
import { checkMemberRules } from '../../shared/members/rules'
import type { Member, MemberData, MemberQuery, MemberRow } from '../../shared/members/schemas'
import { logChange } from '../changes/log'
import { duesFollowStatus } from '../dues/suspension'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { orgStore } from '../org/store'
import { codeName, codeTables, hasCode } from '../seeds/codes'
import { namePinyin } from './pinyin'
import type { MemberFilter } from './searchIndex'
import { type ListRecord, type MemberRecord, memberStore } from './store'

export function toRow(rec: ListRecord, today: string): MemberRow {
  return {
    id: rec.id,
    name: rec.name,
    gender: codeName('genders', rec.gender),
    ethnicityName: codeName('ethnicity', rec.ethnicity),
    birthDate: rec.birthDate,
    age: fullYearsBetween(rec.birthDate, today),
    idMasked: maskIdNumber(rec.idNumber),
    phoneMasked: maskPhone(rec.phone),
    educationName: codeName('education', rec.education),
    category: codeName('memberCategories', rec.category),
    status: codeName('memberStatuses', rec.status),
    orgId: rec.orgId,
    orgName: rec.orgName,
    joinDate: rec.joinDate,
    partyPostName: codeName('partyPosts', rec.partyPost)
  }
}

/** The organisation and all its live descendants. */
export function orgSubtree(ctx: AppContext, rootId: string): string[] {
  const rows = ctx.db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE id = ? AND deleted_at IS NULL
        UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id WHERE o.deleted_at IS NULL)
       SELECT id FROM sub`
    )
    .all(rootId) as { id: string }[]
  return rows.map((r) => r.id)
}

export function memberFilter(ctx: AppContext, q: MemberQuery): MemberFilter {
  const today = ctx.today()
  const f: MemberFilter = { search: q.search, category: q.category, status: q.status }
  if (q.orgId) f.orgIds = orgSubtree(ctx, q.orgId)
  if (q.educationGroup) f.educationCodes = codeTables.education.items.filter((i) => i.group === q.educationGroup).map((i) => i.code)
  const bands: Record<string, [number | null, number | null]> = { le35: [null, 35], '36to45': [36, 45], '46to55': [46, 55], ge56: [56, null] }
  if (q.ageBand) {
    const [min, max] = bands[q.ageBand]
    // age ≥ min ⇔ born on or before today − min years; age ≤ max ⇔ born after today − (max+1) years
    if (min !== null) f.bornOnOrBefore = addYears(today, -min)
    if (max !== null) f.bornAfter = addYears(today, -(max + 1))
  }
  return f
}

export function listMembers(ctx: AppContext, q: MemberQuery): { total: number; rows: MemberRow[] } {
  const today = ctx.today()
  const { total, rows } = memberStore.searchList(ctx.db, memberFilter(ctx, q), q.offset ?? 0, q.limit ?? 200)
  return { total, rows: rows.map((r) => toRow(r, today)) }
}

export function getMember(ctx: AppContext, id: string): Member {
  const rec = memberStore.get(ctx.db, id)
  if (!rec) throw notFound('党员')
  const { nameInitials: _i, namePinyin: _p, ...member } = rec
  // 身份证号和电话只在用户点「显示」时给出（revealMember，记入变更日志）
  return { ...member, idNumber: maskIdNumber(rec.idNumber), phone: rec.phone ? maskPhone(rec.phone) : null }
}

/** The edit form sends back the masked values it was given: keep the stored ones then. */
function unmask(input: MemberData, before: MemberRecord | null): MemberData {
  const idNumber = before && input.idNumber === maskIdNumber(before.idNumber) ? before.idNumber : input.idNumber
  const phone = before && input.phone !== null && input.phone === maskPhone(before.phone) ? before.phone : input.phone
  if (phone?.includes('*')) throw invalid('联系电话不完整，请填写完整号码')
  return { ...input, idNumber, phone }
}

export function revealMember(ctx: AppContext, id: string, field: 'idNumber' | 'phone'): string {
  const rec = memberStore.get(ctx.db, id)
  if (!rec) throw notFound('党员')
  logChange(ctx.db, { actor: ctx.actor, entity: 'member', entityId: id, action: 'reveal', after: { field } })
  return rec[field] ?? ''
}

export function saveMember(ctx: AppContext, raw: MemberData): { id: string; warnings: string[] } {
  const { db } = ctx
  const input = unmask(raw, raw.id ? memberStore.get(db, raw.id) : null)
  const check = checkMemberRules(input, ctx.today())
  const codeChecks: [Parameters<typeof hasCode>[0], string | null, string][] = [
    ['ethnicity', input.ethnicity, '民族'],
    ['education', input.education, '学历'],
    ['partyPosts', input.partyPost, '党内职务'],
    ['jobCategories', input.jobCategory, '工作岗位']
  ]
  for (const [table, code, label] of codeChecks) if (code && !hasCode(table, code)) check.errors.push(`${label}代码「${code}」不在代码表中`)
  if (check.errors.length) throw invalid(check.errors.join('；'))
  const { initials, full } = namePinyin(input.name)
  return db.transaction(() => {
    if (!orgStore.get(db, input.orgId)) throw notFound('所在党组织')
    const dup = memberStore.findLiveByIdNumber(db, check.idNumber)
    if (dup && dup.id !== input.id) throw new AppError('DUPLICATE', `身份证号已登记：${dup.name}（${dup.orgName}）`)
    const stamp = nowStamp()
    const base = { ...input, idNumber: check.idNumber, nameInitials: initials, namePinyin: full, updatedAt: stamp }
    if (input.id) {
      const before = memberStore.get(db, input.id)
      if (!before) throw notFound('党员')
      const { orgName: _o, ...beforeRec } = before
      const rec: MemberRecord = { ...beforeRec, ...base, id: input.id }
      memberStore.update(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'member', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
      duesFollowStatus(ctx, rec.id, before.status, rec.status, stamp)
      return { id: rec.id, warnings: check.warnings }
    }
    const rec: MemberRecord = { ...base, id: randomUUID(), createdAt: stamp }
    memberStore.insert(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'member', entityId: rec.id, action: 'create', after: rec })
    return { id: rec.id, warnings: check.warnings }
  })()
}

export function deleteMember(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = memberStore.get(ctx.db, id)
    if (!before) throw notFound('党员')
    memberStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'member', entityId: id, action: 'delete', before })
  })()
  return null
}
