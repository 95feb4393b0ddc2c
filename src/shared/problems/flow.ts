// 整改状态流转：待整改 → 整改中 → 待复核 → 已销号（或长期坚持）；不许跳步，销号要复核人和复核意见
export const problemStatuses = ['pending', 'in_progress', 'awaiting_review', 'closed', 'ongoing'] as const
export type ProblemStatus = (typeof problemStatuses)[number]

export const statusNames: Record<ProblemStatus, string> = {
  pending: '待整改',
  in_progress: '整改中',
  awaiting_review: '待复核',
  closed: '已销号',
  ongoing: '长期坚持'
}

/** Which status may follow which; 待复核 can be sent back to 整改中 by the reviewer, 已销号 only reopened. */
export const nextStatuses: Record<ProblemStatus, ProblemStatus[]> = {
  pending: ['in_progress', 'ongoing'],
  in_progress: ['awaiting_review', 'ongoing'],
  awaiting_review: ['closed', 'in_progress'],
  closed: ['in_progress'],
  ongoing: ['in_progress', 'awaiting_review']
}

export type TransitionData = {
  completedDate?: string | null
  evidence?: string | null
  reviewer?: string | null
  reviewOpinion?: string | null
  reason?: string | null
  /** How many evidence files (整改佐证附件) the problem carries. */
  files?: number
}

/** Returns the Chinese reasons a move is refused; empty when it is allowed. */
export function checkTransition(from: ProblemStatus, to: ProblemStatus, data: TransitionData, today: string): string[] {
  if (from === to) return [`已经是「${statusNames[to]}」`]
  if (!nextStatuses[from].includes(to))
    return [`不能从「${statusNames[from]}」直接改为「${statusNames[to]}」，可改为：${nextStatuses[from].map((s) => `「${statusNames[s]}」`).join('、')}`]
  const errors: string[] = []
  if (to === 'awaiting_review') {
    if (!data.completedDate) errors.push('提交复核前请填写整改完成日期')
    else if (data.completedDate > today) errors.push('整改完成日期不能晚于今天')
    if (!data.evidence?.trim() && !data.files) errors.push('提交复核前请说明佐证材料或上传佐证附件')
  }
  if (to === 'closed') {
    if (!data.reviewer?.trim()) errors.push('销号前请填写复核人')
    if (!data.reviewOpinion?.trim()) errors.push('销号前请填写复核意见')
  }
  if (from === 'closed' && !data.reason?.trim()) errors.push('重新打开已销号的问题，请写明原因')
  if (from === 'awaiting_review' && to === 'in_progress' && !data.reviewOpinion?.trim()) errors.push('退回整改时请填写复核意见')
  return errors
}

/** Overdue: not closed or standing, and the deadline has passed. */
export function isOverdue(p: { status: ProblemStatus; deadline: string | null }, today: string): boolean {
  return !!p.deadline && p.deadline < today && p.status !== 'closed' && p.status !== 'ongoing'
}
