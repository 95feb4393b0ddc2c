// D2.3 师带徒、D4.1 志愿服务：看体检日前 12 个月的师带徒结对台账和志愿服务活动台账（组织含下级）
import { clampScore, reviewWindow } from '../../../shared/checkups/suggest'
import { volunteerSummary } from '../../../shared/volunteer/rules'
import { orgSubtree } from '../../members/service'
import { mentorshipStore } from '../../mentoring/store'
import { orgStore } from '../../org/store'
import { volunteerStore } from '../../volunteer/store'
import { type MetricFn, param } from './types'

export const mentoringMetrics: Record<string, MetricFn> = {
  /** 没有结对扣满分（「无扣 2」）；有的写明结对、出师、取证、徒弟递交入党申请书的人数。 */
  'mentoring.pairs': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    const window = org && reviewWindow(checkDate, org.establishedDate)
    if (!window) return null
    const pairs = mentorshipStore.list(ctx.db, orgSubtree(ctx, orgId), window.from, window.to)
    if (!pairs.length) return { score: 0, explanation: `${window.label}，师带徒结对台账里没有结对（无扣 ${item.score}）`, finding: '近一年没有开展「红师傅带蓝徒弟」结对' }
    const inWindow = (d: string | null): boolean => !!d && d >= window.from && d <= window.to
    const graduated = pairs.filter((p) => p.pairStatus === 'graduated' && inWindow(p.endDate)).length
    const certificates = pairs.filter((p) => inWindow(p.certificateDate)).length
    const applied = pairs.filter((p) => inWindow(p.appliedDate)).length
    const proposalCount = pairs.reduce((n, p) => n + p.proposalCount, 0)
    return { score: item.score, explanation: `${window.label}：结对 ${pairs.length} 对，出师 ${graduated} 人，取得证书或等级 ${certificates} 人，徒弟递交入党申请书 ${applied} 人，技术提案 ${proposalCount} 件` }
  },
  /** 没有活动扣满分；少于 minTimes 次扣 few（模板参数）。 */
  'volunteer.activities': (ctx, orgId, checkDate, item) => {
    const org = orgStore.get(ctx.db, orgId)
    const window = org && reviewWindow(checkDate, org.establishedDate)
    if (!window) return null
    const s = volunteerSummary(volunteerStore.list(ctx.db, orgSubtree(ctx, orgId), window.from, window.to))
    const facts = `${window.label}：志愿服务 ${s.times} 次、${s.personTimes} 人次、${s.hours} 小时`
    if (!s.times) return { score: 0, explanation: `${window.label}，志愿服务活动台账里没有活动（无活动扣 ${item.score}）`, finding: '近一年没有开展志愿服务活动' }
    const minTimes = param(item, 'minTimes', 4)
    const few = param(item, 'few', 1.5)
    if (s.times < minTimes) return { score: clampScore(item.score - few, item.score), explanation: `${facts}，少于 ${minTimes} 次，扣 ${few}`, finding: `近一年志愿服务活动只有 ${s.times} 次，少于 ${minTimes} 次` }
    return { score: item.score, explanation: facts }
  }
}
