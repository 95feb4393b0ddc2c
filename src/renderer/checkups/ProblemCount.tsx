// 一次体检未销号的问题数，逾期的标红
import { Tag } from 'antd'
import type { ReactNode } from 'react'
import type { Checkup } from '../../shared/checkups/schemas'

export function ProblemCount({ c }: { c: Pick<Checkup, 'openProblems' | 'overdueProblems'> }): ReactNode {
  if (!c.openProblems) return null
  return (
    <>
      {c.openProblems}
      {c.overdueProblems > 0 && <Tag color="red" style={{ marginLeft: 4 }}>逾期 {c.overdueProblems}</Tag>}
    </>
  )
}
