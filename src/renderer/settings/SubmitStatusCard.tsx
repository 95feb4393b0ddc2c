// 报送情况：园区下每个企业党组织最近一次导入报送包的时间，没有导入过的标「未报送」
import { Card, Table, Tag } from 'antd'
import type { ReactNode } from 'react'
import type { SubmitStatusRow } from '../../shared/submit/types'

export function SubmitStatusCard({ rows }: { rows: SubmitStatusRow[] }): ReactNode {
  if (!rows.length) return null
  const missing = rows.filter((r) => !r.lastImportedAt).length
  return (
    <Card title="报送情况" style={{ marginTop: 16 }} extra={<span>{rows.length - missing} 个已报送，{missing} 个未报送</span>}>
      <Table<SubmitStatusRow>
        rowKey="orgId" size="small" pagination={false} dataSource={rows} data-testid="submit-status"
        columns={[
          { title: '组织', dataIndex: 'orgName' },
          { title: '最近导入', dataIndex: 'lastImportedAt', render: (v: string | null) => v ?? <Tag color="red">未报送</Tag> },
          { title: '报送包导出于', dataIndex: 'lastExportedAt', render: (v: string | null) => v ?? '—' }
        ]}
      />
    </Card>
  )
}
