// 等次、星级、结论、进度的标签（列表、批次页、评分页共用）
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import { type RoundProgress, progressNames } from '../../shared/checkups/schemas'
import { starsName } from '../../shared/checkups/scoring'

const CONCLUSION_COLORS: Record<string, string> = { 健康: 'green', 亚健康: 'gold', 需整改: 'red' }
const PROGRESS_COLORS: Record<RoundProgress, string> = { not_started: 'default', self_assessed: 'blue', reviewed: 'green' }

export const StarsTag = ({ stars }: { stars: number | null }): ReactNode =>
  stars === null ? null : <Tag color={stars === 0 ? 'red' : 'volcano'}>{stars === 0 ? '不评星' : `${'★'.repeat(stars)} ${starsName(stars)}`}</Tag>

export const ConclusionTag = ({ value }: { value: string | null }): ReactNode => (value ? <Tag color={CONCLUSION_COLORS[value] ?? 'default'}>{value}</Tag> : null)

export const ProgressTag = ({ value }: { value: RoundProgress }): ReactNode => <Tag color={PROGRESS_COLORS[value]}>{progressNames[value]}</Tag>
