// 导出党员花名册：选打印列（默认一页宽内字不小于 9 磅）；默认身份证号、电话脱敏，勾选后导出完整号码（记入变更日志）
import { Alert, App, Checkbox, Form, Modal, Select, Typography } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import { type RosterColumnName, rosterColumnNames, rosterDefaultColumns, rosterFixedColumns } from '../../shared/members/rosterColumns'
import { useAppData } from '../common/AppData'

type Props = { open: boolean; orgId?: string; onClose: () => void }

export function ExportRosterModal({ open, orgId, onClose }: Props): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [full, setFull] = useState(false)
  const [columns, setColumns] = useState<RosterColumnName[]>(rosterDefaultColumns)
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState<{ path: string; rows: number } | null>(null)
  useEffect(() => {
    if (open) (setSaved(null), setFull(false), setColumns(rosterDefaultColumns))
  }, [open])
  const scope = orgs.find((o) => o.id === orgId)?.name ?? '全部组织'

  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const r = await window.api.ledgers.exportRoster({ orgId, includeFullId: full, columns })
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
          <Form.Item label="打印列" extra="列多了一页宽放不下时，分成几张表打印，每张都有序号和姓名。" style={{ marginBottom: 12 }}>
            <Select mode="multiple" aria-label="打印列" value={columns} maxTagCount="responsive" onChange={(v: RosterColumnName[]) => setColumns(v)}
              options={rosterColumnNames.map((c) => ({ value: c, label: c, disabled: rosterFixedColumns.includes(c) }))} />
          </Form.Item>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>含完整身份证号和电话</Checkbox>
          {full && <Alert style={{ marginTop: 12 }} type="warning" showIcon message="导出的文件将包含完整的个人信息，请妥善保管。本次导出会记入变更日志。" />}
        </>
      )}
    </Modal>
  )
}
