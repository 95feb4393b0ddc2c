// A、B1 类：组织设置、班子、换届、花名册完整——从组织信息和花名册算
import { clampScore } from '../../../shared/checkups/suggest'
import { type OrgTermRule, electionDueDate, termYearsFor } from '../../../shared/org/term'
import { paperDate } from '../../../shared/dates'
import type { AppContext } from '../../context'
import { orgSubtree } from '../../members/service'
import { orgStore } from '../../org/store'
import { effectiveRuleFile } from '../../rules/service'
import { meetingRules } from '../../../shared/meetings/tables'
import { type MetricFn, param } from './types'

type MemberFacts = { total: number; full: number; probationary: number; missingEducation: number; missingJob: number; missingFullDate: number; incomplete: number }

/** Members on the roll of the organisation and its branches, as of the checkup. */
function memberFacts(ctx: AppContext, orgId: string, checkDate: string): MemberFacts {
  const ids = orgSubtree(ctx, orgId)
  if (!ids.length) return { total: 0, full: 0, probationary: 0, missingEducation: 0, missingJob: 0, missingFullDate: 0, incomplete: 0 }
  const r = ctx.db
    .prepare(
      `SELECT COUNT(*) AS total,
        SUM(category = 'full') AS full, SUM(category = 'probationary') AS probationary,
        SUM(education IS NULL) AS missing_education, SUM(job_category IS NULL) AS missing_job,
        SUM(category = 'full' AND full_date IS NULL) AS missing_full_date,
        SUM(education IS NULL OR job_category IS NULL OR (category = 'full' AND full_date IS NULL)) AS incomplete
       FROM members WHERE deleted_at IS NULL AND status <> 'left' AND join_date <= ? AND org_id IN (${ids.map(() => '?').join(',')})`
    )
    .get(checkDate, ...ids) as Record<string, number | null>
  return {
    total: r.total ?? 0,
    full: r.full ?? 0,
    probationary: r.probationary ?? 0,
    missingEducation: r.missing_education ?? 0,
    missingJob: r.missing_job ?? 0,
    missingFullDate: r.missing_full_date ?? 0,
    incomplete: r.incomplete ?? 0
  }
}

/** 花名册党内职务代码：书记（不算进支委会委员人数） */
const SECRETARY_POST = '01'

export const orgMetrics: Record<string, MetricFn> = {
  // A1.1 组织设置：正式党员数够不够单建，支部人数是否过多
  'org.setup': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    if (!org) return null
    const m = memberFacts(ctx, orgId, checkDate)
    const minFull = param(item, 'minFullMembers', 3)
    const maxBranch = param(item, 'maxBranchMembers', 50)
    if (org.setupMode === 'single' && m.full < minFull)
      return { score: 0, explanation: `单独组建，但花名册正式党员只有 ${m.full} 名（应不少于 ${minFull} 名）`, finding: `单独组建党组织，但正式党员只有 ${m.full} 名（应不少于 ${minFull} 名）` }
    if (org.orgType === 'branch' && m.total > maxBranch) return { score: 0, explanation: `党支部有党员 ${m.total} 名，超过一般不超过 ${maxBranch} 人的要求`, finding: `党支部党员 ${m.total} 名，超过一般不超过 ${maxBranch} 人的要求` }
    return { score: item.score, explanation: `花名册正式党员 ${m.full} 名、预备党员 ${m.probationary} 名，设置符合规定` }
  },
  // A2.1 书记在岗（是否参训花名册里看不出，需人工核对）
  'org.secretary': (ctx, orgId, _d, item) => {
    const org = orgStore.get(ctx.db, orgId)
    if (!org) return null
    if (!org.secretary) return { score: 0, explanation: '组织信息中书记空缺', finding: '书记空缺' }
    return { score: item.score, explanation: `书记：${org.secretary}（是否按期参加上级培训请人工核对）` }
  },
  // A2.2 党员 7 人以上应设支委会
  'org.committee': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    if (!org) return null
    const m = memberFacts(ctx, orgId, checkDate)
    const from = param(item, 'committeeFromMembers', 7)
    if (m.full < from) return { score: item.score, explanation: `正式党员 ${m.full} 名，不足 ${from} 名，不要求设支委会` }
    const inOrgInfo = org.committeeMembers.length + (org.deputySecretary ? 1 : 0)
    const posts = meetingRules.frequency.committeePosts.filter((p) => p !== SECRETARY_POST)
    const onRoster = (ctx.db.prepare(`SELECT COUNT(*) AS n FROM members WHERE deleted_at IS NULL AND status <> 'left' AND org_id = ? AND party_post IN (SELECT value FROM json_each(?))`)
      .get(orgId, JSON.stringify(posts)) as { n: number }).n
    if (!inOrgInfo && !onRoster) return { score: 0, explanation: `党员 ${m.total} 名，应设支委会，但组织信息和花名册里都没有副书记、委员`, finding: `党员 ${m.total} 名，应设支委会而未设` }
    const where = inOrgInfo >= onRoster ? `组织信息中登记副书记、委员 ${inOrgInfo} 名` : `花名册中担任副书记、委员的 ${onRoster} 名`
    return { score: item.score, explanation: `党员 ${m.total} 名，${where}（分工是否明确请人工核对）` }
  },
  // A2.3 按期换届：上次换届日期 + 任期（seeds/rules/org-terms.json）
  'org.electionDue': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    if (!org?.lastElectionDate) return null
    const years = termYearsFor(org.orgType, org.termYears, effectiveRuleFile<OrgTermRule>(ctx, 'org-terms', orgId))
    const due = electionDueDate(org.lastElectionDate, years)!
    if (due < checkDate) return { score: 0, explanation: `上次换届 ${org.lastElectionDate}，任期 ${years} 年，${due} 到期，体检时已超期未换届`, finding: `任期已于 ${paperDate(due)} 届满，未按期换届` }
    return { score: item.score, explanation: `上次换届 ${org.lastElectionDate}，任期 ${years} 年，${due} 到期，未超期` }
  },
  // B1.1 花名册信息完整：学历、岗位、正式党员的转正日期
  'roster.completeness': (ctx, orgId, checkDate, item) => {
    const m = memberFacts(ctx, orgId, checkDate)
    if (!m.total) return { score: 0, explanation: '花名册中没有党员', finding: '花名册中没有党员' }
    const per = param(item, 'perMember', 0.5)
    const parts = [
      m.missingEducation && `缺学历 ${m.missingEducation} 人`,
      m.missingJob && `缺工作岗位 ${m.missingJob} 人`,
      m.missingFullDate && `正式党员缺转正日期 ${m.missingFullDate} 人`
    ].filter(Boolean)
    if (!m.incomplete) return { score: item.score, explanation: `花名册 ${m.total} 人，信息完整` }
    return { score: clampScore(item.score - per * m.incomplete, item.score), explanation: `花名册 ${m.total} 人，${m.incomplete} 人信息不全（${parts.join('，')}），每人扣 ${per}`, finding: `花名册中 ${m.incomplete} 名党员信息不全（${parts.join('，')}）` }
  }
}

