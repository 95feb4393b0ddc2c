// 与上一次体检比较：总分变化、逐项升降、问题新增 / 延续 / 已销号
import { Descriptions, Modal, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { Comparison } from '../../shared/checkups/schemas'

export function CompareModal({ checkupId, onClose }: { checkupId: string | null; onClose: () => void }): ReactNode {
  const [data, setData] = useState<Comparison | null>(null)
  useEffect(() => {
    setData(null)
    if (checkupId) void window.api.checkups.compare({ id: checkupId }).then(setData)
  }, [checkupId])
  const delta = (d: number | null): ReactNode => (d === null || d === 0 ? '' : <Tag color={d > 0 ? 'green' : 'red'}>{d > 0 ? `↑ ${d}` : `↓ ${-d}`}</Tag>)
  return (
    <Modal title="与上一次体检比较" open={!!checkupId} footer={null} width={900} onCancel={onClose}>
      {data && !data.previous && <p>这个党组织此前没有体检记录。</p>}
      {data?.previous && (
        <>
          <Descriptions size="small" column={2} items={[
            { label: '上一次', children: `${data.previous.checkDate}　总分 ${data.previous.total ?? '—'}　${data.previous.level ?? ''}` },
            { label: '总分变化', children: delta(data.totalDelta) || '持平' },
            { label: '新问题', children: data.problems.newOnes.join('、') || '无' },
            { label: '延续未销号', children: data.problems.carriedOver.join('、') || '无' },
            { label: '已销号', children: data.problems.closed.join('、') || '无' }
          ]} />
          <Table size="small" bordered rowKey="code" pagination={false} scroll={{ y: 420 }} style={{ marginTop: 12 }}
            dataSource={data.items.filter((i) => i.delta)}
            locale={{ emptyText: '各项得分与上次相同' }}
            columns={[
              { title: '编号', dataIndex: 'code', width: 64 },
              { title: '检查内容', dataIndex: 'content' },
              { title: '上次', dataIndex: 'before', width: 64 },
              { title: '本次', dataIndex: 'now', width: 64 },
              { title: '变化', dataIndex: 'delta', width: 80, render: delta }
            ]} />
        </>
      )}
    </Modal>
  )
}
