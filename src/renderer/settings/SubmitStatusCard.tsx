// 报送情况：园区下每个企业党组织最近一次导入报送包的时间，没有导入过的标「未报送」；报送过的可以把体检结果回执发回企业
import { Alert, App, Button, Card, Modal, Table, Tag, Typography } from 'antd'
import { type ReactNode, useState } from 'react'
import type { SubmitExported, SubmitStatusRow } from '../../shared/submit/types'

export function SubmitStatusCard({ rows }: { rows: SubmitStatusRow[] }): ReactNode {
  const { message } = App.useApp()
  const [busy, setBusy] = useState<string | null>(null)
  const [saved, setSaved] = useState<SubmitExported>(null)
  if (!rows.length) return null
  const missing = rows.filter((r) => !r.lastImportedAt).length

  const sendBack = async (r: SubmitStatusRow): Promise<void> => {
    setBusy(r.orgId)
    try {
      const out = await window.api.submit.exportReceipt({ orgId: r.orgId })
      if (out) setSaved(out)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Card title="报送情况" style={{ marginTop: 16 }} extra={<span>{rows.length - missing} 个已报送，{missing} 个未报送</span>}>
      <Table<SubmitStatusRow>
        rowKey="orgId" size="small" pagination={false} dataSource={rows} data-testid="submit-status"
        columns={[
          { title: '组织', dataIndex: 'orgName' },
          { title: '最近导入', dataIndex: 'lastImportedAt', render: (v: string | null) => v ?? <Tag color="red">未报送</Tag> },
          { title: '报送包导出于', dataIndex: 'lastExportedAt', render: (v: string | null) => v ?? '—' },
          {
            title: '体检结果', key: 'receipt', width: 150,
            render: (_, r) => (r.bound ? <Button size="small" loading={busy === r.orgId} onClick={() => void sendBack(r)} aria-label={`导出「${r.orgName}」的体检结果回执`}>导出结果回执…</Button> : <Typography.Text type="secondary">—</Typography.Text>)
          }
        ]}
      />
      <Modal open={!!saved} title="体检结果回执" footer={null} onCancel={() => setSaved(null)} width={560}>
        {saved && (
          <Alert
            type="success" showIcon data-testid="submit-receipt-done"
            message={`已导出「${saved.orgName}」的体检结果回执`}
            description={<>已保存到：<Typography.Text copyable code>{saved.path}</Typography.Text><br />回执带园区的体检得分、签字确认和问题复核销号，请交给该企业党组织用「导入报送包」导入。</>}
          />
        )}
      </Modal>
    </Card>
  )
}
