// 导出党员花名册：默认身份证号、电话脱敏；勾选后导出完整号码（记入变更日志）
import { Alert, App, Checkbox, Modal, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { useAppData } from '../common/AppData'

type Props = { open: boolean; orgId?: string; onClose: () => void }

export function ExportRosterModal({ open, orgId, onClose }: Props): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [full, setFull] = useState(false)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<{ path: string; rows: number } | null>(null)
  useEffect(() => {
    if (open) (setSaved(null), setFull(false))
  }, [open])
  const scope = orgs.find((o) => o.id === orgId)?.name ?? '全部组织'

  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const r = await window.api.ledgers.exportRoster({ orgId, includeFullId: full })
      if (r) setSaved(r)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={open} title="导出党员花名册（Excel）" okText={saved ? '完成' : '导出'} cancelText="取消" confirmLoading={busy} onOk={saved ? onClose : run} onCancel={onClose}>
      {saved ? (
        <Alert type="success" showIcon data-testid="export-done" message={`已导出 ${saved.rows} 名党员`} description={<>已保存到：<Typography.Text copyable code>{saved.path}</Typography.Text></>} />
      ) : (
        <>
          <Typography.Paragraph>范围：{scope}（含下级组织）。A4 横向，表头每页重复，可直接打印。</Typography.Paragraph>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>含完整身份证号和电话</Checkbox>
          {full && <Alert style={{ marginTop: 12 }} type="warning" showIcon message="导出的文件将包含完整的个人信息，请妥善保管。本次导出会记入变更日志。" />}
        </>
      )}
    </Modal>
  )
}
