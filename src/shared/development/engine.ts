// 发展党员日期规则引擎：由一个人已登记的日期算出阶段、截止日期、最早日期、预备期和违规，每条都写明依据的规则键、条款与来源
import { addMonths, fullYearsBetween } from '../dates'
import { decideVote } from './vote'
import { countWorkdays, coverageWarning } from './workdays'
import type { DevRecord, DevStage, Finding, HolidayCalendar, RecordKind, RuleKey, RuleSet, StepDef } from './types'

export type Outcome = { kind: 'cancelled' | 'stopped'; date: string } | null
export type PersonFacts = { birthDate: string; records: DevRecord[]; outcome: Outcome }
export type EngineData = { rules: RuleSet; steps: StepDef[]; calendar: HolidayCalendar }

const byDate = (a: DevRecord, b: DevRecord): number => a.date.localeCompare(b.date)
export const firstOf = (records: DevRecord[], kind: RecordKind): DevRecord | undefined => records.filter((r) => r.kind === kind).sort(byDate)[0]
export const lastOf = (records: DevRecord[], kind: RecordKind): DevRecord | undefined => records.filter((r) => r.kind === kind).sort(byDate).at(-1)
/** A meeting whose vote passed (a record without counts is taken as it was written). */
export const votePassed = (r: DevRecord): boolean => !r.detail.vote || decideVote(r.detail.vote).passed
/** The first 支部大会 (or extension decision) of this kind whose vote passed: failed votes are kept on record but decide nothing. */
export const firstPassed = (records: DevRecord[], kind: RecordKind): DevRecord | undefined => records.filter((r) => r.kind === kind && votePassed(r)).sort(byDate)[0]
/** Kinds that may be recorded again after a failed vote（表决未通过的，可以另开一次大会）. */
export const revotable: RecordKind[] = ['admission_meeting', 'full_meeting', 'extension']

export function stageOf(f: PersonFacts): DevStage {
  if (f.outcome) return f.outcome.kind
  const has = (k: RecordKind): boolean => f.records.some((r) => r.kind === k)
  if (has('full_approval')) return 'full'
  if (has('approval')) return 'probationary'
  if (has('dev_object')) return 'dev_object'
  if (has('activist')) return 'activist'
  return 'applicant'
}

/** 预备期：从支部大会通过之日起 12 个月（延长的加上延长月数）；期满之日即转正、党龄起算之日。 */
export function probationOf(records: DevRecord[], rules: RuleSet): { start: string; end: string; extendedMonths: number } | null {
  const meeting = firstPassed(records, 'admission_meeting')
  if (!meeting) return null
  const ext = firstPassed(records, 'extension')?.detail.months ?? 0
  return { start: meeting.date, end: addMonths(meeting.date, rules.rules.probation.value + ext), extendedMonths: ext }
}

/** `earliest`: the date from which a step may be taken (never overdue); otherwise a limit or a reminder. */
export type Deadline = { rule: RuleKey; title: string; due: string; done: string | null; earliest: boolean; clause: string; source: string }

/** Time limits and reminders that follow from what is recorded; `done` is the date that met it. */
export function deadlines(f: PersonFacts, d: EngineData): Deadline[] {
  if (f.outcome) return []
  const { rules } = d.rules
  const r = f.records
  const out: Deadline[] = []
  const add = (rule: RuleKey, title: string, due: string, done: DevRecord | undefined): void => {
    if (!rules[rule].enabled) return
    out.push({ rule, title, due, done: done?.date ?? null, earliest: rule === 'dev_object_earliest' || rule === 'activist_min_wait', clause: rules[rule].clause, source: rules[rule].source })
  }
  const stage = stageOf(f)
  const apply = firstOf(r, 'apply')
  const activist = firstOf(r, 'activist')
  const devObject = firstOf(r, 'dev_object')
  const preReview = firstOf(r, 'pre_review')
  const meeting = firstPassed(r, 'admission_meeting')
  const approval = firstOf(r, 'approval')
  const fullMeeting = firstPassed(r, 'full_meeting')
  if (apply) add('talk_deadline', '入党申请人谈话', addMonths(apply.date, rules.talk_deadline.value), firstOf(r, 'talk'))
  if (apply && rules.activist_min_wait.value > 0)
    add('activist_min_wait', `递交申请书满 ${rules.activist_min_wait.value} 个月，可确定为入党积极分子`, addMonths(apply.date, rules.activist_min_wait.value), activist)
  if (activist) {
    add('dev_object_earliest', '培养考察满一年，可列为发展对象', addMonths(activist.date, rules.dev_object_earliest.value), devObject)
    if (stage === 'activist') {
      const last = lastOf(r, 'cultivation') ?? activist
      add('activist_review_interval', '入党积极分子半年考察', addMonths(last.date, rules.activist_review_interval.value), undefined)
    }
    if (stage !== 'full') {
      const last = lastOf(r, 'report') ?? activist
      add('thought_report_interval', '思想汇报', addMonths(last.date, rules.thought_report_interval.value), undefined)
    }
  }
  if (preReview) add('pre_review_to_meeting', '预审合格后提交支部大会讨论', addMonths(preReview.date, rules.pre_review_to_meeting.value), firstOf(r, 'admission_meeting'))
  if (meeting) add('approval_normal', '上级党委审批接收预备党员', addMonths(meeting.date, rules.approval_normal.value), approval)
  if (approval) add('oath_deadline', '组织入党宣誓', addMonths(approval.date, rules.oath_deadline.value), firstOf(r, 'oath'))
  const probation = probationOf(r, d.rules)
  if (approval && probation && stage === 'probationary') {
    const last = lastOf(r, 'probation_review') ?? approval
    if (!fullMeeting) add('activist_review_interval', '预备党员教育考察', addMonths(last.date, rules.activist_review_interval.value), undefined)
    add('probation', '预备期满，讨论转正', probation.end, fullMeeting)
  }
  if (fullMeeting) add('full_approval', '上级党委审批转正', addMonths(fullMeeting.date, rules.full_approval.value), firstOf(r, 'full_approval'))
  return out
}

export type DueItem = Deadline & { overdue: boolean }

/** 待办：not yet met, due within `windowDays` or already overdue. */
export function dueItems(f: PersonFacts, d: EngineData, today: string, windowDays = 30): DueItem[] {
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + windowDays * 86_400_000).toISOString().slice(0, 10)
  return deadlines(f, d)
    .filter((x) => !x.done && x.due <= until)
    .map((x) => ({ ...x, overdue: !x.earliest && x.due < today }))
    .sort((a, b) => a.due.localeCompare(b.due))
}

/**
 * Every broken rule in what is recorded. Hard findings are impossible data and refuse an entry (a date before birth,
 * more ballots than voters, a step dated before the one it follows); soft ones flag a record that is kept as it happened.
 */
export function findings(f: PersonFacts, d: EngineData): Finding[] {
  const { rules } = d.rules
  const r = f.records
  const out: Finding[] = []
  const add = (rule: RuleKey, message: string, kinds: RecordKind[], level = rules[rule].level): void => {
    if (!rules[rule].enabled) return
    out.push({ rule, level, message, clause: rules[rule].clause, source: rules[rule].source, kinds })
  }
  // 不可能的数据：不管规则开没开，都拒收
  const impossible = (message: string, kinds: RecordKind[]): void => {
    out.push({ rule: 'step_order', level: 'hard', message, clause: '不可能的数据', source: '日期与票数的基本事实', kinds })
  }
  const stepName = (k: RecordKind): string =>
    k === 'report' ? '思想汇报' : k === 'extension' ? '延长预备期' : (d.steps.find((s) => s.key === k)?.name ?? k)
  const after: Partial<Record<RecordKind, RecordKind[]>> = { report: ['activist'], extension: ['approval'] }
  for (const s of d.steps) after[s.key] = s.after

  for (const rec of r) if (f.birthDate && rec.date < f.birthDate) impossible(`「${stepName(rec.kind)}」日期 ${rec.date} 早于出生日期 ${f.birthDate}`, [rec.kind])
  // 程序先后：前一步要先登记，日期不能早于前一步
  for (const rec of r) {
    for (const pre of after[rec.kind] ?? []) {
      const p = firstOf(r, pre)
      if (!p) add('step_order', `登记「${stepName(rec.kind)}」前，请先登记「${stepName(pre)}」`, [rec.kind])
      else if (rec.date < p.date)
        add('step_order', `「${stepName(rec.kind)}」日期 ${rec.date} 早于「${stepName(pre)}」日期 ${p.date}，日期先后顺序不对`, [rec.kind, pre])
    }
    if (rec.endDate && rec.endDate < rec.date) impossible(`「${stepName(rec.kind)}」结束日期 ${rec.endDate} 早于开始日期 ${rec.date}`, [rec.kind])
  }
  // 缺项：后面的步骤已经登记，前面的某一步没有登记（预警，台账「预警（超期/缺项）」列）
  const lastNo = Math.max(0, ...r.map((x) => d.steps.find((s) => s.key === x.kind)?.no ?? 0))
  for (const s of d.steps)
    if (s.no < lastNo && !r.some((x) => x.kind === s.key)) add('step_order', `缺少「${s.name}」的登记（后面的步骤已登记）`, [s.key], 'soft')

  const apply = firstOf(r, 'apply')
  const talk = firstOf(r, 'talk')
  const activist = firstOf(r, 'activist')
  const devObject = firstOf(r, 'dev_object')
  const political = lastOf(r, 'political_review')
  const preReview = firstOf(r, 'pre_review')
  const meeting = firstPassed(r, 'admission_meeting')
  const approval = firstOf(r, 'approval')
  const fullMeeting = firstPassed(r, 'full_meeting')
  const fullApproval = firstOf(r, 'full_approval')
  const committeeTalk = firstOf(r, 'committee_talk')

  if (apply) {
    const age = fullYearsBetween(f.birthDate, apply.date)
    if (age < rules.min_age.value) add('min_age', `递交入党申请书时（${apply.date}）只有 ${Math.max(age, 0)} 周岁，须年满 ${rules.min_age.value} 周岁`, ['apply'])
  }
  const late = (rule: RuleKey, base: DevRecord | undefined, rec: DevRecord | undefined, what: string): void => {
    if (!base || !rec) return
    const due = addMonths(base.date, rules[rule].value)
    if (rec.date > due) add(rule, `${what}：应在 ${due} 前，实际 ${rec.date}`, [rec.kind, base.kind])
  }
  late('talk_deadline', apply, talk, '收到入党申请书后一个月内派人谈话')
  if (apply && activist && rules.activist_min_wait.value > 0) {
    const earliest = addMonths(apply.date, rules.activist_min_wait.value)
    if (activist.date < earliest)
      add('activist_min_wait', `递交申请书满 ${rules.activist_min_wait.value} 个月（${earliest}）后方可确定为入党积极分子，实际 ${activist.date}`, ['activist', 'apply'])
  }
  if (activist && devObject) {
    const earliest = addMonths(activist.date, rules.dev_object_earliest.value)
    if (devObject.date < earliest)
      add('dev_object_earliest', `确定为入党积极分子（${activist.date}）后须经过一年以上培养考察，最早 ${earliest} 才能列为发展对象，填的是 ${devObject.date}`, ['dev_object', 'activist'])
  }

  // 公示：不少于 N 个工作日（按节假日日历）
  const n = rules.publicity_workdays.value
  for (const rec of r) {
    const { publicityStart: ps, publicityEnd: pe } = rec.detail
    if (!ps || !pe) continue
    if (pe < ps) {
      impossible(`「${stepName(rec.kind)}」公示结束日期 ${pe} 早于开始日期 ${ps}`, [rec.kind])
      continue
    }
    const days = countWorkdays(ps, pe, d.calendar)
    if (days < n) add('publicity_workdays', `「${stepName(rec.kind)}」公示 ${ps} 至 ${pe} 只有 ${days} 个工作日，不少于 ${n} 个工作日`, [rec.kind])
    const cover = coverageWarning(ps, pe, d.calendar)
    if (cover && rules.publicity_workdays.enabled) out.push({ rule: 'publicity_workdays', level: 'soft', message: cover, clause: rules.publicity_workdays.clause, source: d.calendar.source, kinds: [rec.kind] })
  }
  if (devObject && !devObject.detail.publicityStart) add('publicity_workdays', '列为发展对象前未登记公示起止日期', ['dev_object'])

  const training = lastOf(r, 'training')
  if (training) {
    const days = training.endDate ? Math.round((Date.parse(training.endDate) - Date.parse(training.date)) / 86_400_000) + 1 : 1
    const hours = training.detail.hours ?? 0
    if (days < rules.training_min.value && hours < (rules.training_min.hours ?? 0))
      add('training_min', `集中培训 ${days} 天、${hours} 学时，一般不少于 ${rules.training_min.value} 天或 ${rules.training_min.hours} 学时`, ['training'])
  }
  const firstMeeting = firstOf(r, 'admission_meeting')
  if (political && firstMeeting) late('political_review_valid', political, firstMeeting, '政审材料超过有效期后召开支部大会')
  late('pre_review_to_meeting', preReview, firstMeeting, '预审合格后一个月内提交支部大会讨论')
  if (approval && firstMeeting && !meeting) add('vote', `上级党委审批（${approval.date}）时没有表决通过的接收预备党员支部大会决议`, ['approval', 'admission_meeting'])
  if (fullApproval && !fullMeeting && firstOf(r, 'full_meeting')) add('vote', `上级党委审批转正（${fullApproval.date}）时没有表决通过的转正支部大会决议`, ['full_approval', 'full_meeting'])
  if (approval && (!committeeTalk || committeeTalk.date > approval.date))
    add('committee_talk_before_approval', committeeTalk ? `上级党委派人谈话（${committeeTalk.date}）晚于审批（${approval.date}），应在审批前谈话` : `上级党委审批（${approval.date}）前没有登记上级党委派人谈话`, ['approval', 'committee_talk'])
  if (meeting && approval) {
    const max = addMonths(meeting.date, rules.approval_max.value)
    if (approval.date > max) add('approval_max', `上级党委审批最长不超过 ${rules.approval_max.value} 个月（${max}），实际 ${approval.date}`, ['approval', 'admission_meeting'])
    else late('approval_normal', meeting, approval, '支部大会通过后上级党委三个月内审批')
  }
  late('oath_deadline', approval, firstOf(r, 'oath'), '上级党委批准后一个月内组织入党宣誓')

  // 表决：票数不可能的拒收；未到会过半、未通过的如实保存并标出（未通过的决议不算数）
  for (const rec of r) {
    const v = rec.detail.vote
    if (!v) continue
    const res = decideVote(v)
    if (res.errors.length) impossible(`「${stepName(rec.kind)}」票数不成立：${res.errors.join('；')}`, [rec.kind])
    else if (!res.quorum) add('vote', `「${stepName(rec.kind)}」（${rec.date}）实到会有表决权的 ${v.present} 人，未超过应到会 ${v.expected} 人的半数，不能表决，决议不成立（如实记录）`, [rec.kind])
    else if (!res.passed)
      add('vote', `「${stepName(rec.kind)}」（${rec.date}）同意 ${res.agreeTotal} 票（含书面），未超过应到会有表决权正式党员 ${v.expected} 人的半数，表决未通过（如实记录）`, [rec.kind])
  }
  for (const m of r) if ((m.kind === 'admission_meeting' || m.kind === 'full_meeting') && !m.detail.vote) add('vote', `「${stepName(m.kind)}」请登记表决票数`, [m.kind])

  const extensions = r.filter((x) => x.kind === 'extension')
  if (extensions.filter(votePassed).length > 1) add('extension', '预备期只能延长一次', ['extension'])
  for (const e of extensions) {
    if (!e.detail.vote) add('extension', `延长预备期（${e.date}）须经支部大会讨论决定，请登记支部大会表决票数`, ['extension'])
    const m = e.detail.months ?? 0
    if (m < rules.extension.value || m > (rules.extension.max ?? 12))
      add('extension', `延长预备期 ${m} 个月：不少于 ${rules.extension.value} 个月、最长不超过 ${rules.extension.max} 个月`, ['extension'])
  }
  const probation = probationOf(r, d.rules)
  if (probation && fullMeeting && fullMeeting.date < probation.end)
    add('probation', `转正支部大会 ${fullMeeting.date} 早于预备期满之日 ${probation.end}`, ['full_meeting'], 'soft')
  if (fullMeeting && fullApproval) late('full_approval', fullMeeting, fullApproval, '转正支部大会后上级党委三个月内审批')
  return out
}

export type EntryCheck = { errors: string[]; warnings: string[] }

export const findingText = (f: Finding): string => `${f.message}（依据：${f.clause}）`

/** Checks one new or edited record against everything else recorded for the person. */
export function checkEntry(f: PersonFacts, entry: DevRecord, d: EngineData, today: string): EntryCheck {
  const errors: string[] = []
  if (entry.date > today) errors.push(`日期 ${entry.date} 晚于今天`)
  if (entry.endDate && entry.endDate > today) errors.push(`结束日期 ${entry.endDate} 晚于今天`)
  const step = d.steps.find((s) => s.key === entry.kind)
  const others = f.records.filter((r) => !entry.id || r.id !== entry.id)
  const same = others.filter((r) => r.kind === entry.kind)
  const again = revotable.includes(entry.kind) && same.every((r) => !votePassed(r))
  if (((step && !step.repeatable) || entry.kind === 'extension') && same.length && !again)
    errors.push(`「${step?.name ?? '延长预备期'}」已经登记过，请修改原来的登记`)
  const before = new Set(findings({ ...f, records: others }, d).map((x) => x.message))
  const mine = findings({ ...f, records: [...others, entry] }, d).filter((x) => x.kinds.includes(entry.kind) && !before.has(x.message))
  return {
    errors: [...errors, ...mine.filter((x) => x.level === 'hard').map(findingText)],
    warnings: mine.filter((x) => x.level === 'soft').map(findingText)
  }
}
