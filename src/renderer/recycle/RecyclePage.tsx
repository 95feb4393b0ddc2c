// 回收站：删除的组织和党员都在这里，可恢复或彻底删除
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { RecycleItem } from '../../shared/app/types'
import { useAppData } from '../common/AppData'

export function RecyclePage(): ReactNode {
  const { reload } = useAppData()
  const { message } = App.useApp()
  const [items, setItems] = useState<RecycleItem[]>([])
  const load = useCallback(async () => setItems(await window.api.recycle.list()), [])
  useEffect(() => void load(), [load])

  const act = async (fn: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      await fn()
      message.success(done)
      await Promise.all([load(), reload()])
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <div className="page">
      <h2 className="page-title">回收站</h2>
      <Table<RecycleItem>
        rowKey="id"
        bordered
        dataSource={items}
        locale={{ emptyText: '回收站是空的' }}
        columns={[
          { title: '名称', dataIndex: 'title' },
          { title: '类型', dataIndex: 'detail', render: (v: string, r) => <Tag color={r.entity === 'org' ? 'blue' : 'red'}>{v}</Tag> },
          { title: '删除时间', dataIndex: 'deletedAt', width: 180 },
          {
            title: '操作', key: 'ops', width: 200,
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => act(() => window.api.recycle.restore({ entity: r.entity, id: r.id }), `已恢复「${r.title}」`)}>恢复</Button>
                <Popconfirm title="彻底删除后无法恢复，确定吗？" okText="彻底删除" cancelText="取消" onConfirm={() => act(() => window.api.recycle.purge({ entity: r.entity, id: r.id }), `已彻底删除「${r.title}」`)}>
                  <Button size="small" danger>彻底删除</Button>
                </Popconfirm>
              </Space>
            )
          }
        ]}
      />
    </div>
  )
}
