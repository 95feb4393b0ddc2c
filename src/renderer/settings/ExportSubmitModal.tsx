// 导出报送包：选企业的顶级党组织；明确告诉用户包里有完整身份证号、不含附件文件
import { Alert, App, Form, Modal, TreeSelect, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { SubmitExported } from '../../shared/submit/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'

export function ExportSubmitModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [orgId, setOrgId] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<SubmitExported>(null)
  useEffect(() => {
    if (open) (setSaved(null), setOrgId(orgs.find((o) => !o.parentId)?.id))
  }, [open, orgs])

  const run = async (): Promise<void> => {
    if (!orgId) return void message.warning('请选择要报送的组织')
    setBusy(true)
    try {
      const r = await window.api.submit.export({ orgId })
      if (r) setSaved(r)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={open} title="导出报送包" width={560} okText={saved ? '完成' : '导出'} cancelText="取消" confirmLoading={busy} onOk={saved ? onClose : run} onCancel={onClose}>
      {saved ? (
        <Alert
          type="success" showIcon data-testid="submit-export-done"
          message={`已导出「${saved.orgName}」的报送包，共 ${saved.records} 条记录`}
          description={<>已保存到：<Typography.Text copyable code>{saved.path}</Typography.Text><br />{saved.sealedTo ? `已加密给「${saved.sealedTo}」，只有它能打开。` : '没有导入报送配置，这个包没有加密。'}请把这个文件交给上级（园区）党组织导入。</>}
        />
      ) : (
        <>
          <Typography.Paragraph>报送包包含所选组织及其全部下级组织的组织信息、党员、会议记录、走访、议题前置、经营分析会、整改问题、发展党员、党建体检、党费，也包含回收站里的记录（删除也要报送上去）。</Typography.Paragraph>
          <Form layout="vertical">
            <Form.Item label="报送的组织（本企业的党组织）" required>
              <TreeSelect data-testid="submit-org" value={orgId} onChange={setOrgId} treeDefaultExpandAll treeData={buildOrgTree(orgs)} placeholder="请选择" />
            </Form.Item>
          </Form>
          <Alert type="warning" showIcon message="报送包含完整的身份证号" description="园区党委的花名册需要完整身份证号，所以报送包里不遮盖。请妥善保管，只交给上级党组织。本次导出会记入变更日志。" />
          <Alert style={{ marginTop: 12 }} type="info" showIcon message="附件（签到表、照片、佐证材料）的文件不放进报送包，只报送记录本身。" />
        </>
      )}
    </Modal>
  )
}
