// 组织树：园区综合党委在一棵树里管理多家企业的党组织
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Empty, Popconfirm, Space, Tag, Tree } from 'antd'
import { type ReactNode, useMemo, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { Org } from '../../shared/org/schemas'
import { useAppData } from '../common/AppData'
import { ChangeHistoryButton } from '../common/ChangeHistory'
import { nameOf } from '../common/codes'
import { buildOrgTree } from '../common/orgTree'
import { OrgForm } from './OrgForm'

export function OrgPage(): ReactNode {
  const { orgs, codes, reload } = useAppData()
  const { message } = App.useApp()
  const nav = useNavigate()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<{ org: Org | null; parentId: string | null } | null>(null)
  const tree = useMemo(() => buildOrgTree(orgs, true), [orgs])
  const selected = orgs.find((o) => o.id === selectedId) ?? orgs[0] ?? null

  const remove = async (o: Org): Promise<void> => {
    try {
      await window.api.org.delete({ id: o.id })
      message.success(`「${o.name}」已移到回收站`)
      setSelectedId(null)
      await reload()
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  return (
    <div className="page">
      <h2 className="page-title">组织</h2>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <Card title="组织树" style={{ width: 380, flex: 'none' }} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ org: null, parentId: null })}>顶级组织</Button>}>
          {tree.length ? (
            <Tree blockNode defaultExpandAll treeData={tree} selectedKeys={selected ? [selected.id] : []} onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))} />
          ) : (
            <Empty description="还没有组织" />
          )}
        </Card>
        {selected && (
          <Card
            style={{ flex: 1 }}
            title={selected.name}
            extra={
              <Space>
                <Button icon={<PlusOutlined />} onClick={() => setEditing({ org: null, parentId: selected.id })}>新建下级组织</Button>
                <Button onClick={() => nav(`/members?org=${selected.id}`)}>查看党员</Button>
                <Button type="primary" onClick={() => setEditing({ org: selected, parentId: selected.parentId })}>编辑</Button>
                <Popconfirm title={`把「${selected.name}」移到回收站？`} okText="删除" cancelText="取消" onConfirm={() => remove(selected)}>
                  <Button danger>删除</Button>
                </Popconfirm>
                <ChangeHistoryButton entity="org" id={selected.id} title={selected.name} />
              </Space>
            }
          >
            <Descriptions bordered size="small" column={2} data-testid="org-details">
              <Descriptions.Item label="党组织类型">{nameOf(codes.orgTypes, selected.orgType)}</Descriptions.Item>
              <Descriptions.Item label="组建方式">{nameOf(codes.setupModes, selected.setupMode)}</Descriptions.Item>
              <Descriptions.Item label="上级党组织">{orgs.find((o) => o.id === selected.parentId)?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="直属党员">{selected.memberCount} 名</Descriptions.Item>
              <Descriptions.Item label="书记">{selected.secretary ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="副书记">{selected.deputySecretary ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="委员" span={2}>{selected.committeeMembers.join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label="成立日期">{selected.establishedDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="上次换届">{selected.lastElectionDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="换届到期" span={2}>
                {selected.electionDue ?? '未填写上次换届日期'}
                {selected.electionStatus === 'overdue' && <Tag color="red" style={{ marginLeft: 8 }}>已到期，请按期换届</Tag>}
                {selected.electionStatus === 'soon' && <Tag color="orange" style={{ marginLeft: 8 }}>即将到期</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="党建指导员">{selected.instructor ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="红色驿站">{selected.redStation ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="企业名称" span={2}>{selected.enterpriseName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="统一社会信用代码" span={2}>
                {selected.creditCode ?? '—'}
                {selected.creditCodeWarning && <Tag color="warning" style={{ marginLeft: 8 }}>{selected.creditCodeWarning}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label="所属行业">{selected.industry ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="所在园区">{selected.park ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="职工人数">{selected.employees ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="备注">{selected.remark ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </div>
      <OrgForm
        open={!!editing}
        org={editing?.org}
        parentId={editing?.parentId}
        onClose={() => setEditing(null)}
        onSaved={async (id) => {
          setEditing(null)
          await reload()
          setSelectedId(id)
        }}
      />
    </div>
  )
}
