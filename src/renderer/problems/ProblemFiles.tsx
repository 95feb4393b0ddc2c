// 整改佐证附件：表格里的按钮显示件数，点开上传或查看；已销号的只能查看
import { PaperClipOutlined } from '@ant-design/icons'
import { Button, Modal } from 'antd'
import { type ReactNode, useState } from 'react'
import type { Problem } from '../../shared/problems/schemas'
import { Attachments } from '../common/Attachments'

export const PROBLEM_FILES_LABEL = '上传整改佐证（照片、扫描件）'

type Props = { problem: Problem; onClosed: () => void }

export function ProblemFiles({ problem, onClosed }: Props): ReactNode {
  const [open, setOpen] = useState(false)
  const n = problem.files.length
  return (
    <>
      <Button type="link" size="small" icon={<PaperClipOutlined />} aria-label={`${problem.code} 附件`} onClick={() => setOpen(true)}>
        {n ? `附件 ${n}` : '附件'}
      </Button>
      <Modal title={`${problem.code} 整改佐证`} open={open} footer={null} destroyOnHidden onCancel={() => { setOpen(false); onClosed() }}>
        <p>{problem.description}</p>
        <Attachments owner="problem" ownerId={problem.id} readOnly={problem.status === 'closed'} label={PROBLEM_FILES_LABEL} />
      </Modal>
    </>
  )
}
