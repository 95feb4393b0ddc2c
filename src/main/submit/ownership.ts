// 字段归属：随报送包往来的每张表，哪些字段归企业、哪些归园区。合并时接收方自己的字段从不被对方的包改写。
// 依据：体检表由企业自评、园区（党建指导员）复核打分并签字（domain.md §1.4 表尾）；问题清单由企业整改、园区复核销号（§1.5）。
import type { Row } from './tables'

/** 企业（报送包的发出方）与园区（接收方；回执则反过来） */
export type Side = 'enterprise' | 'park'
export type FieldOwner = Side | 'shared'

export type TableOwnership = {
  /** 没有单独列出的字段归谁：提出这条记录的一方 */
  raisedBy: Side | ((row: Row) => Side)
  park?: readonly string[]
  enterprise?: readonly string[]
  /** 两边都可以改（如整改状态：企业推进到待复核，园区销号或退回）：只有一边改过就取那一边，两边都改了列为冲突 */
  shared?: readonly string[]
}

/** 体检、指导员走访、上级检查发现的问题由园区提出；自查、组织生活会查摆的由企业提出 */
const PARK_SOURCES = new Set(['checkup', 'visit', 'inspection'])

const ENTERPRISE: TableOwnership = { raisedBy: 'enterprise' }

export const ownership: Record<string, TableOwnership> = {
  // 党建指导员由园区派驻
  orgs: { raisedBy: 'enterprise', park: ['instructor'] },
  members: ENTERPRISE,
  meetings: ENTERPRISE,
  meeting_attendees: ENTERPRISE,
  visits: ENTERPRISE,
  consultations: ENTERPRISE,
  analysis_meetings: ENTERPRISE,
  problems: {
    raisedBy: (r) => (PARK_SOURCES.has(String(r.source)) ? 'park' : 'enterprise'),
    enterprise: ['measure', 'owner', 'completed_date', 'evidence'],
    park: ['reviewer', 'review_opinion', 'closed_date'],
    shared: ['status']
  },
  dev_people: ENTERPRISE,
  dev_records: ENTERPRISE,
  dev_plans: ENTERPRISE,
  // 体检模板由园区统一发布，只补不改
  checkup_templates: { raisedBy: 'park' },
  checkups: {
    raisedBy: 'enterprise',
    park: ['round_id', 'checker', 'companion', 'status', 'signed_by', 'signed_at', 'requirements', 'bonus_json', 'vetoes_json', 'base_score', 'total_score', 'stars', 'level', 'conclusion', 'vetoed', 'unscored']
  },
  checkup_items: { raisedBy: 'enterprise', park: ['check_score', 'reason'] },
  dues_bases: ENTERPRISE,
  dues_payments: ENTERPRISE,
  dues_remittances: ENTERPRISE,
  mentorships: ENTERPRISE,
  volunteer_activities: ENTERPRISE
}

export function ownershipOf(table: string): TableOwnership {
  const o = ownership[table]
  if (!o) throw new Error(`报送包登记表里的 ${table} 没有声明字段归属`)
  return o
}

export function fieldOwner(table: string, column: string, row: Row): FieldOwner {
  const o = ownershipOf(table)
  if (o.shared?.includes(column)) return 'shared'
  if (o.park?.includes(column)) return 'park'
  if (o.enterprise?.includes(column)) return 'enterprise'
  return typeof o.raisedBy === 'function' ? o.raisedBy(row) : o.raisedBy
}

export const sideNames: Record<Side, string> = { enterprise: '企业', park: '园区' }
