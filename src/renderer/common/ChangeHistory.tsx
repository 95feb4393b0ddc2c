// 一条记录的变更记录（何时、谁、做了什么、改了哪些字段）。用法：<ChangeHistory entity="org" id={id} />，或 <ChangeHistoryButton …/> 弹窗查看
import { HistoryOutlined } from '@ant-design/icons'
import { Button, Modal, Timeline, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { ChangeEntry } from '../../shared/app/types'
import type { RecordEntity } from '../../shared/entities'

type Props = { entity: RecordEntity; id: string }

export function ChangeHistory({ entity, id }: Props): ReactNode {
  const [history, setHistory] = useState<ChangeEntry[] | null>(null)
  useEffect(() => {
    setHistory(null)
    void window.api.changes.forRecord({ entity, id }).then(setHistory, () => setHistory([]))
  }, [entity, id])
  if (!history) return null
  if (history.length === 0) return <Typography.Text type="secondary">暂无变更记录（示例数据或导入的数据从载入时算起）</Typography.Text>
  return <Timeline data-testid="change-history" items={history.map((h) => ({ content: `${h.at} · ${h.actor} · ${h.action}${h.summary ? `（${h.summary}）` : ''}` }))} />
}

export function ChangeHistoryButton({ entity, id, title }: Props & { title: string }): ReactNode {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => setOpen(true)}>
        变更记录
      </Button>
      <Modal open={open} title={`变更记录 · ${title}`} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        {open && <ChangeHistory entity={entity} id={id} />}
      </Modal>
    </>
  )
}
