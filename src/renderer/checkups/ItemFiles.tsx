// 检查项的佐证附件：按钮显示件数，点开上传或查看（文件复制进数据目录，按 SHA-256 保存）
import { PaperClipOutlined } from '@ant-design/icons'
import { Button, Modal, Tooltip } from 'antd'
import { type ReactNode, useState } from 'react'
import { Attachments } from '../common/Attachments'

type Props = { code: string; itemId: string | undefined; files: string[]; locked: boolean; onClosed: () => void }

export function ItemFiles({ code, itemId, files, locked, onClosed }: Props): ReactNode {
  const [open, setOpen] = useState(false)
  if (!itemId) return <Tooltip title="保存后可以上传附件"><Button size="small" type="link" disabled icon={<PaperClipOutlined />}>附件</Button></Tooltip>
  return (
    <>
      <Button size="small" type="link" icon={<PaperClipOutlined />} aria-label={`${code} 附件`} onClick={() => setOpen(true)}>
        {files.length ? `附件 ${files.length}` : '附件'}
      </Button>
      <Modal title={`${code} 佐证附件`} open={open} footer={null} destroyOnHidden onCancel={() => { setOpen(false); onClosed() }}>
        <Attachments owner="checkupItem" ownerId={itemId} readOnly={locked} label="上传佐证材料（照片、签到表、记录）" />
      </Modal>
    </>
  )
}
