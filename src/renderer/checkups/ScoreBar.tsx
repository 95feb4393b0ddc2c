// 评分页顶部的合计条：基础分、加分、否决、总分、星级、等次、结论随输入即时更新（与主进程同一个计分函数）
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import type { CheckupScore } from '../../shared/checkups/scoring'
import { ConclusionTag, StarsTag } from './gradeTags'

export function ScoreBar({ score, itemCount }: { score: CheckupScore; itemCount: number }): ReactNode {
  // before any 体检得分 is entered there is no grade yet: 「未评分」, not 较差/一星
  const scoredAny = score.unscored < itemCount
  return (
    <div className="score-bar" data-testid="score-bar">
      <span>基础分 <b data-testid="score-base">{score.base}</b> / {score.fullMarks}（自评 {score.selfBase}）</span>
      <span>加分 <b>{score.bonus}</b></span>
      <span>否决项 {score.vetoed ? <Tag color="red">有</Tag> : <Tag>无</Tag>}</span>
      <span>总分 <b data-testid="score-total">{score.total}</b></span>
      {scoredAny ? (
        <span data-testid="score-grade"><StarsTag stars={score.stars} /> 等次 <b>{score.level}</b> <ConclusionTag value={score.conclusion} /></span>
      ) : (
        <span data-testid="score-grade">等次 <Tag>未评分</Tag></span>
      )}
      {scoredAny && score.unscored > 0 && <Tag color="orange">还有 {score.unscored} 项未评分（按 0 计）</Tag>}
      <span style={{ color: '#888' }}>{score.sections.map((s) => `${s.name} ${s.score}/${s.full}`).join('　')}</span>
    </div>
  )
}
