// 生成报送配置（园区）：在组织树里选企业的党组织，填园区名称（默认取它所在的顶级组织），保存成文件交给企业
import { Alert, App, Form, Input, Modal, TreeSelect, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { Org } from '../../shared/org/schemas'
import type { IssuedConfig, IssuedConfigRow } from '../../shared/sealing/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'

/** 组织所在的顶级组织（园区党委）的名称 */
function rootName(orgs: Org[], id: string | undefined): string {
  const byId = new Map(orgs.map((o) => [o.id, o]))
  let o = id ? byId.get(id) : undefined
  while (o?.parentId && byId.has(o.parentId)) o = byId.get(o.parentId)
  return o && o.id !== id ? o.name : ''
}

export function IssueConfigModal({ open, issued, onClose, onDone }: { open: boolean; issued: IssuedConfigRow[]; onClose: () => void; onDone: () => void }): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [orgId, setOrgId] = useState<string | undefined>()
  const [parkName, setParkName] = useState('')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<IssuedConfig>(null)
  useEffect(() => {
    if (open) (setSaved(null), setOrgId(undefined), setParkName(''))
  }, [open])

  const bound = issued.find((r) => r.orgId === orgId && r.sender)?.sender
  const choose = (id: string): void => {
    setOrgId(id)
    if (!parkName.trim()) setParkName(rootName(orgs, id))
  }
  const run = async (): Promise<void> => {
    if (!orgId) return void message.warning('请选择要绑定的企业党组织')
    setBusy(true)
    try {
      const r = await window.api.submitConfig.issue({ orgId, parkName })
      if (r) (setSaved(r), onDone())
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={open} title="生成报送配置" width={600} okText={saved ? '完成' : '生成'} cancelText="取消" confirmLoading={busy} onOk={saved ? onClose : run} onCancel={onClose} destroyOnHidden>
      {saved ? (
        <Alert
          type="success" showIcon data-testid="config-issued"
          message={`已为「${saved.orgName}」生成报送配置`}
          description={
            <>
              已保存到：<Typography.Text copyable code>{saved.path}</Typography.Text>
              <br />
              请把这个文件交给企业，在企业的「数据与设置 → 报送配置」里导入。交接时请电话核对园区标识：<Typography.Text strong>{saved.fingerprint}</Typography.Text>
            </>
          }
        />
      ) : (
        <>
          <Typography.Paragraph>
            报送配置里有本园区的名称和公钥、绑定的企业党组织。企业导入后，它导出的报送包只有本园区能打开，本园区也能认出是哪台电脑发来的。每个企业只需生成一次；企业换了电脑或重装了程序，再生成一份即可。
          </Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item label="绑定的企业党组织" required extra="选园区组织树里这个企业的顶级党组织（导入过它的报送包后就在树上）">
              <TreeSelect data-testid="config-org" value={orgId} onChange={choose} treeDefaultExpandAll treeData={buildOrgTree(orgs)} placeholder="请选择" />
            </Form.Item>
            <Form.Item label="园区名称" required>
              <Input data-testid="config-park" value={parkName} maxLength={100} onChange={(e) => setParkName(e.target.value)} placeholder="例如：某某园区综合党委" />
            </Form.Item>
          </Form>
          {bound && (
            <Alert
              type="warning" showIcon data-testid="config-rebind"
              message={`这个组织已登记发送方 ${bound.fingerprint}`}
              description="重新生成后，企业换的新电脑导入新配置、交来的第一份报送包会改登记为新的发送方。只有企业换了电脑、重装或恢复了旧备份时才需要重新生成。"
            />
          )}
        </>
      )}
    </Modal>
  )
}
