// 报送包：企业导出交给园区；园区导入、看导入记录和各企业的报送情况
import { ExportOutlined, ImportOutlined } from '@ant-design/icons'
import { App, Button, Card, Space, Table, Typography, Upload } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { SubmissionRow, SubmitStatusRow } from '../../shared/submit/types'
import { fileToBase64 } from '../common/fileBase64'
import { ExportSubmitModal } from './ExportSubmitModal'
import { ImportSubmitModal, type PackageFile } from './ImportSubmitModal'
import { SubmitStatusCard } from './SubmitStatusCard'

export function SubmitCard(): ReactNode {
  const { message } = App.useApp()
  const [exporting, setExporting] = useState(false)
  const [file, setFile] = useState<PackageFile | null>(null)
  const [history, setHistory] = useState<SubmissionRow[]>([])
  const [status, setStatus] = useState<SubmitStatusRow[]>([])
  const load = useCallback(async () => {
    const [h, s] = await Promise.all([window.api.submit.history(), window.api.submit.status()])
    setHistory(h)
    setStatus(s)
  }, [])
  useEffect(() => void load(), [load])

  return (
    <>
      <Card
        title="报送包" style={{ marginTop: 16 }}
        extra={
          <Space>
            <Button icon={<ExportOutlined />} onClick={() => setExporting(true)}>导出报送包…</Button>
            <Upload accept=".hldb" showUploadList={false} beforeUpload={(f) => {
              fileToBase64(f).then((base64) => setFile({ fileName: f.name, base64 }), (e: Error) => message.error(e.message))
              return false
            }}>
              <Button icon={<ImportOutlined />} data-testid="submit-import">导入报送包或回执…</Button>
            </Upload>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          企业党组织用「导出报送包」把本组织及下级的全部记录存成一个文件，交给园区党委；园区导入后按字段合并（企业的记录和自评取企业的，体检得分、签字和销号留园区的），重复导入不会重复。园区在「报送情况」里把体检结果回执发回企业，企业同样用「导入」合并。
        </Typography.Paragraph>
        <Table<SubmissionRow>
          rowKey="id" size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={history} data-testid="submit-history"
          locale={{ emptyText: '还没有导入过报送包' }}
          columns={[
            { title: '导入时间', dataIndex: 'importedAt' },
            { title: '种类', dataIndex: 'kind', render: (k: SubmissionRow['kind']) => (k === 'receipt' ? '体检结果回执' : '报送包') },
            { title: '报送单位', dataIndex: 'orgName' },
            { title: '报送包导出于', dataIndex: 'exportedAt' },
            { title: '新增 / 更新 / 跳过', key: 'n', render: (_, r) => `${r.added} / ${r.updated} / ${r.skipped}` },
            { title: '文件', dataIndex: 'fileName', ellipsis: true },
            { title: '操作人', dataIndex: 'actor' }
          ]}
        />
      </Card>
      <SubmitStatusCard rows={status} />
      <ExportSubmitModal open={exporting} onClose={() => setExporting(false)} />
      <ImportSubmitModal file={file} onClose={() => setFile(null)} onDone={() => (setFile(null), void load())} />
    </>
  )
}
