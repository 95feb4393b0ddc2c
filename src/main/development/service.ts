// 发展党员：人员登记、逐步登记（硬规则拒绝、软规则警告）、结果（取消资格/终止培养）、删除进回收站；
// 党委审批接收后自动编入花名册（预备党员），转正审批后改为正式党员，不用再录一遍
import { randomUUID } from 'node:crypto'
import { type PersonFacts, checkEntry, deadlines, findingText, findings, probationOf, stageOf } from '../../shared/development/engine'
import { checkHelpers } from '../../shared/development/helpers'
import type { DevPerson, DevPersonData, DevPersonDetail, DevPersonRow, DevRecordData } from '../../shared/development/schemas'
import { type DevRecord, type RecordDetail, type RuleSet, stageNames } from '../../shared/development/types'
import { AppError, invalid, notFound } from '../../shared/errors'
import { checkIdNumber } from '../../shared/idcard'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import { deleteMember, orgSubtree, saveMember } from '../members/service'
import { memberStore } from '../members/store'
import { orgStore } from '../org/store'
import { hasCode } from '../seeds/codes'
import { engineData, engineFor } from './rules'
import { type PersonRecord, type StoredRecord, devStore } from './store'

const facts = (p: DevPerson, records: DevRecord[]): PersonFacts => ({
  birthDate: p.birthDate,
  records,
  outcome: p.outcome && p.outcomeDate ? { kind: p.outcome, date: p.outcomeDate } : null
})

function byPerson(records: StoredRecord[]): Map<string, StoredRecord[]> {
  const map = new Map<string, StoredRecord[]>()
  for (const r of records) map.set(r.personId, [...(map.get(r.personId) ?? []), r])
  return map
}

/** People with their records, for lists, 待办, ledgers and the checkup counts. */
export function peopleWithRecords(ctx: AppContext, orgId?: string): { person: DevPerson; records: StoredRecord[] }[] {
  const people = devStore.list(ctx.db, orgId ? orgSubtree(ctx, orgId) : undefined)
  const map = byPerson(devStore.records(ctx.db, people.map((p) => p.id)))
  return people.map((person) => ({ person, records: map.get(person.id) ?? [] }))
}

export function listPeople(ctx: AppContext, q: { orgId?: string; stage?: string }): DevPersonRow[] {
  const dataFor = engineFor(ctx)
  const today = ctx.today()
  return peopleWithRecords(ctx, q.orgId)
    .map(({ person: p, records }) => {
      const data = dataFor(p.orgId)
      const f = facts(p, records)
      const stage = stageOf(f)
      const stageKey = { applicant: 'apply', activist: 'activist', dev_object: 'dev_object', probationary: 'admission_meeting', full: 'full_approval' } as const
      const open = deadlines(f, data).filter((d) => !d.done).sort((a, b) => a.due.localeCompare(b.due))
      const stageRec = stage in stageKey ? records.find((r) => r.kind === stageKey[stage as keyof typeof stageKey]) : undefined
      return {
        id: p.id, name: p.name, gender: p.gender, birthDate: p.birthDate, orgId: p.orgId, orgName: p.orgName, enterpriseName: p.enterpriseName,
        stage, stageDate: stageRec?.date ?? p.outcomeDate, applyDate: records.find((r) => r.kind === 'apply')?.date ?? null,
        nextDue: open[0] ?? null, overdue: open.filter((d) => !d.earliest && d.due < today).length,
        warnings: findings(f, data).length, memberId: p.memberId
      }
    })
    .filter((r) => !q.stage || r.stage === q.stage)
}

export function getPerson(ctx: AppContext, id: string): DevPersonDetail {
  const person = devStore.get(ctx.db, id)
  if (!person) throw notFound('发展党员记录')
  const records = devStore.records(ctx.db, [id])
  const data = engineData(ctx, person.orgId)
  const f = facts(person, records)
  const ids = new Set(records.flatMap((r) => [...(r.detail.contacts ?? []), ...(r.detail.introducers ?? [])]))
  const names: Record<string, string> = {}
  for (const m of memberStore.getMany(ctx.db, [...ids])) names[m.id] = m.name
  return { person, records, stage: stageOf(f), probation: probationOf(records, data.rules), deadlines: deadlines(f, data), findings: findings(f, data), names }
}

export function savePerson(ctx: AppContext, input: DevPersonData): { id: string; warnings: string[] } {
  const { db } = ctx
  const id = checkIdNumber(input.idNumber, ctx.today())
  if (!id.ok) throw invalid(id.message.startsWith('身份证号') ? id.message : `身份证号：${id.message}`)
  if (!hasCode('ethnicity', input.ethnicity)) throw invalid(`民族代码「${input.ethnicity}」不在代码表中`)
  if (input.education && !hasCode('education', input.education)) throw invalid(`学历代码「${input.education}」不在代码表中`)
  return db.transaction(() => {
    if (!orgStore.get(db, input.orgId)) throw notFound('受理的党组织')
    const dup = devStore.findLiveByIdNumber(db, id.value)
    if (dup && dup.id !== input.id) throw new AppError('DUPLICATE', `身份证号已登记：${dup.name}（${dup.orgName}）`)
    const member = memberStore.findLiveByIdNumber(db, id.value)
    const before = input.id ? devStore.get(db, input.id) : null
    if (input.id && !before) throw notFound('发展党员记录')
    if (member && member.id !== before?.memberId) throw new AppError('DUPLICATE', `${member.name}已在党员花名册中（${member.orgName}），不需要再走发展程序`)
    const stamp = nowStamp()
    const base = { ...input, idNumber: id.value, gender: String(id.info.gender), birthDate: id.info.birthDate, updatedAt: stamp }
    if (before) {
      const { orgName: _o, ...beforeRec } = before
      const rec: PersonRecord = { ...beforeRec, ...base, id: before.id }
      devStore.update(db, rec)
      logChange(db, { actor: ctx.actor, entity: 'devPerson', entityId: rec.id, action: 'update', before: beforeRec, after: rec })
      return { id: rec.id, warnings: [] }
    }
    const rec: PersonRecord = { ...base, id: randomUUID(), memberId: null, outcome: null, outcomeDate: null, outcomeReason: null, createdAt: stamp }
    devStore.insert(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'devPerson', entityId: rec.id, action: 'create', after: rec })
    return { id: rec.id, warnings: [] }
  })()
}

function detailOf(input: DevRecordData, fields: string[]): RecordDetail {
  const d: RecordDetail = {}
  if (fields.includes('recommendWay')) d.recommendWay = input.recommendWay
  if (fields.includes('contacts')) d.contacts = input.contacts ?? []
  if (fields.includes('introducers')) d.introducers = input.introducers ?? []
  if (fields.includes('conclusion')) d.conclusion = input.conclusion
  if (fields.includes('hours')) d.hours = input.hours
  if (fields.includes('bookNo')) d.bookNo = input.bookNo
  if (fields.includes('vote')) d.vote = input.vote
  if (fields.includes('publicity')) ((d.publicityStart = input.publicityStart), (d.publicityEnd = input.publicityEnd))
  if (fields.includes('months')) d.months = input.months
  return d
}

export function saveRecord(ctx: AppContext, input: DevRecordData): { id: string; warnings: string[] } {
  const { db } = ctx
  return db.transaction(() => {
    const person = devStore.get(db, input.personId)
    if (!person) throw notFound('发展党员记录')
    const data = engineData(ctx, person.orgId)
    if (person.outcome) throw invalid(`${person.name}已${stageNames[person.outcome]}，不能继续登记；如属误操作，请先撤销该结论`)
    const before = input.id ? devStore.getRecord(db, input.id) : null
    if (input.id && (!before || before.personId !== person.id || before.kind !== input.step)) throw notFound('这条登记')
    const step = data.steps.find((s) => s.key === input.step)
    const fields = input.step === 'report' ? ['conclusion'] : input.step === 'extension' ? ['months', 'vote', 'conclusion'] : (step?.fields ?? [])
    const entry: DevRecord = { id: input.id, kind: input.step, date: input.date, endDate: fields.includes('endDate') ? input.endDate : null, actor: fields.includes('actor') ? input.actor : null, detail: detailOf(input, fields) }
    const errors: string[] = []
    if (entry.detail.contacts) errors.push(...checkHelpers('contacts', entry.detail.contacts, rosterPeople(ctx, entry.detail.contacts), data.rules))
    if (entry.detail.introducers) errors.push(...checkHelpers('introducers', entry.detail.introducers, rosterPeople(ctx, entry.detail.introducers), data.rules))
    if (input.step === 'extension' && !entry.detail.vote) errors.push('延长预备期须经支部大会讨论决定，请登记支部大会的表决票数（应到、实到、同意、不同意、弃权）')
    else if (fields.includes('vote') && !entry.detail.vote) errors.push('请登记表决票数（应到、实到、同意、不同意、弃权）')
    if (input.step === 'extension' && !entry.detail.months) errors.push('请填写延长预备期的月数')
    const records = devStore.records(db, [person.id])
    const check = checkEntry(facts(person, records), entry, data, ctx.today())
    errors.push(...check.errors)
    if (errors.length) throw invalid(errors.join('；'))
    const stamp = nowStamp()
    const rec: StoredRecord = { ...entry, id: before?.id ?? randomUUID(), personId: person.id, createdAt: before?.createdAt ?? stamp, updatedAt: stamp }
    devStore.saveRecord(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'devPerson', entityId: person.id, action: 'update', before: before ?? undefined, after: { record: rec, warnings: check.warnings } })
    if (input.step === 'approval' && !person.memberId) enrolMember(ctx, person, [...records, rec])
    if (input.step === 'full_approval') confirmMember(ctx, person, [...records, rec])
    else if ((input.step === 'admission_meeting' || input.step === 'extension') && person.memberId)
      syncMember(ctx, person, [...records.filter((r) => r.id !== rec.id), rec])
    return { id: rec.id, warnings: check.warnings }
  })()
}

function rosterPeople(ctx: AppContext, ids: string[]): ({ id: string; name: string; category: string; status: string } | null)[] {
  return ids.map((id) => {
    const m = memberStore.get(ctx.db, id)
    return m ? { id: m.id, name: m.name, category: m.category, status: m.status } : null
  })
}

/** 预备期：按表决通过的大会；没有通过的大会却已审批的（已标出问题），照登记的大会日期算，如实记录。 */
function recordedProbation(records: DevRecord[], rules: RuleSet): ReturnType<typeof probationOf> {
  const asRecorded = records.map((r) => (r.kind === 'admission_meeting' || r.kind === 'extension' ? { ...r, detail: { ...r.detail, vote: null } } : r))
  return probationOf(records, rules) ?? probationOf(asRecorded, rules)
}

/** 党委审批接收：编入花名册为预备党员，入党日期 = 支部大会通过之日。 */
function enrolMember(ctx: AppContext, p: DevPerson, records: DevRecord[]): void {
  const joinDate = recordedProbation(records, engineData(ctx, p.orgId).rules)!.start
  const { id: memberId } = saveMember(ctx, {
    orgId: p.orgId, name: p.name, idNumber: p.idNumber, gender: p.gender as '1' | '2', ethnicity: p.ethnicity, birthDate: p.birthDate,
    nativePlace: null, education: p.education, degree: null, category: 'probationary', joinDate, fullDate: null, partyPost: null,
    jobCategory: null, adminPost: p.jobPost, workStartDate: null, status: 'normal', phone: p.phone, address: null, transferInDate: null,
    duesBaseCents: null, remark: p.enterpriseName ? `工作单位：${p.enterpriseName}` : null
  })
  devStore.update(ctx.db, { ...stripOrg(p), memberId, updatedAt: nowStamp() })
  logChange(ctx.db, { actor: ctx.actor, entity: 'devPerson', entityId: p.id, action: 'update', after: { memberId } })
}

/** 转正审批：花名册改为正式党员，转正日期 = 预备期满之日。 */
function confirmMember(ctx: AppContext, p: DevPerson, records: DevRecord[]): void {
  const m = p.memberId ? memberStore.get(ctx.db, p.memberId) : null
  if (!m) throw invalid(`${p.name}不在花名册中（上级党委审批接收时会自动编入），请先核对「上级党委审批」的登记`)
  const probation = recordedProbation(records, engineData(ctx, p.orgId).rules)!
  const { orgName: _o, nameInitials: _i, namePinyin: _p, createdAt: _c, updatedAt: _u, ...data } = m
  saveMember(ctx, { ...data, category: 'full', fullDate: probation.end })
}

/** 更正支部大会日期或延长预备期后，花名册里的入党日期、转正日期跟着改。 */
function syncMember(ctx: AppContext, p: DevPerson, records: DevRecord[]): void {
  const m = memberStore.get(ctx.db, p.memberId!)
  const probation = probationOf(records, engineData(ctx, p.orgId).rules)
  if (!m || !probation) return
  const { orgName: _o, nameInitials: _i, namePinyin: _p, createdAt: _c, updatedAt: _u, ...data } = m
  const fullDate = m.category === 'full' ? probation.end : null
  if (data.joinDate !== probation.start || data.fullDate !== fullDate) saveMember(ctx, { ...data, joinDate: probation.start, fullDate })
}

const stripOrg = (p: DevPerson): PersonRecord => {
  const { orgName: _o, ...rec } = p
  return rec
}

export function removeRecord(ctx: AppContext, id: string): null {
  const { db } = ctx
  db.transaction(() => {
    const rec = devStore.getRecord(db, id)
    const person = rec ? devStore.get(db, rec.personId) : null
    if (!rec || !person) throw notFound('这条登记')
    if (rec.kind === 'approval' && person.memberId) throw invalid('已据此编入党员花名册，不能撤销「上级党委审批」；如需更正请修改日期')
    if (rec.kind === 'full_approval') throw invalid('已据此转为正式党员，不能撤销「上级党委审批转正」；如需更正请修改日期')
    const records = devStore.records(db, [person.id])
    const data = engineData(ctx, person.orgId)
    const rest = records.filter((r) => r.id !== id)
    const beforeHard = new Set(findings(facts(person, records), data).filter((f) => f.level === 'hard').map((f) => f.message))
    const broken = findings(facts(person, rest), data).filter((f) => f.level === 'hard' && !beforeHard.has(f.message))
    if (broken.length) throw invalid(`撤销后会破坏后续步骤：${broken.map(findingText).join('；')}`)
    devStore.removeRecord(db, id)
    // 人员的修改时间也要变：撤销一步登记是这个人的记录变了（报送包据此把撤销带到园区）
    db.prepare('UPDATE dev_people SET updated_at = ? WHERE id = ?').run(nowStamp(), person.id)
    logChange(db, { actor: ctx.actor, entity: 'devPerson', entityId: person.id, action: 'update', before: { record: rec }, after: { removedRecord: id } })
  })()
  return null
}

export function setOutcome(ctx: AppContext, input: { personId: string; outcome: 'cancelled' | 'stopped' | null; date: string | null; reason: string | null }): { id: string; warnings: string[] } {
  const { db } = ctx
  return db.transaction(() => {
    const p = devStore.get(db, input.personId)
    if (!p) throw notFound('发展党员记录')
    const records = devStore.records(db, [p.id])
    const stage = stageOf(facts({ ...p, outcome: null }, records))
    if (input.outcome) {
      if (!input.date) throw invalid('请填写日期')
      if (input.date > ctx.today()) throw invalid(`日期 ${input.date} 晚于今天`)
      if (!input.reason) throw invalid('请写明原因')
      if (input.outcome === 'cancelled' && stage !== 'probationary') throw invalid('只有预备党员才能取消预备党员资格')
      if (input.outcome === 'stopped' && (stage === 'probationary' || stage === 'full')) throw invalid('预备党员请用「取消预备党员资格」；正式党员不能终止培养')
      const last = records.at(-1)
      if (last && input.date < last.date) throw invalid(`日期 ${input.date} 早于最近一次登记（${last.date}），日期先后顺序不对`)
    }
    const rec: PersonRecord = { ...stripOrg(p), outcome: input.outcome, outcomeDate: input.outcome ? input.date : null, outcomeReason: input.outcome ? input.reason : null, updatedAt: nowStamp() }
    devStore.update(db, rec)
    logChange(db, { actor: ctx.actor, entity: 'devPerson', entityId: p.id, action: 'update', before: stripOrg(p), after: rec })
    // 取消预备党员资格：花名册里的这名预备党员进回收站
    if (input.outcome === 'cancelled' && p.memberId && memberStore.get(db, p.memberId)) deleteMember(ctx, p.memberId)
    return { id: p.id, warnings: [] }
  })()
}

export function deletePerson(ctx: AppContext, id: string): null {
  ctx.db.transaction(() => {
    const before = devStore.get(ctx.db, id)
    if (!before) throw notFound('发展党员记录')
    devStore.setDeleted(ctx.db, id, nowStamp())
    logChange(ctx.db, { actor: ctx.actor, entity: 'devPerson', entityId: id, action: 'delete', before })
  })()
  return null
}
