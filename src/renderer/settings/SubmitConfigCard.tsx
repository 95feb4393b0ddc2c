// 报送配置：本机标识；企业导入园区的报送配置（此后报送包加密给园区）；园区生成报送配置、看各企业登记的发送方
import { ImportOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Space, Table, Tag, Typography, Upload } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { CONFIG_EXT, type IssuedConfigRow, type SubmitConfigStatus } from '../../shared/sealing/types'
import { useAppData } from '../common/AppData'
import { fileToBase64 } from '../common/fileBase64'
import { IssueConfigModal } from './IssueConfigModal'

export function SubmitConfigCard(): ReactNode {
  const { info } = useAppData()
  const { message, modal } = App.useApp()
  const [status, setStatus] = useState<SubmitConfigStatus | null>(null)
  const [issuing, setIssuing] = useState(false)
  const load = useCallback(async () => setStatus(await window.api.submitConfig.status()), [])
  // 导入报送包后应用数据会重新载入，这时发送方登记可能变了
  useEffect(() => void load(), [load, info])

  const importFile = async (file: File): Promise<void> => {
    try {
      const r = await window.api.submitConfig.import({ fileName: file.name, base64: await fileToBase64(file) })
      await load()
      modal.success({
        title: '已导入报送配置',
        content: `以后导出「${r.orgName}」的报送包会加密给「${r.parkName}」，只有它能打开。请与园区电话核对园区标识：${r.parkFingerprint}`
      })
    } catch (e) {
      modal.error({ title: '没有导入报送配置', content: (e as Error).message })
    }
  }

  const cfg = status?.config
  return (
    <Card
      title="报送配置（加密报送）" style={{ marginTop: 16 }} data-testid="submit-config"
      extra={
        <Space>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => setIssuing(true)}>生成报送配置…</Button>
          <Upload accept={CONFIG_EXT} showUploadList={false} beforeUpload={(f) => (void importFile(f).catch((e: Error) => message.error(e.message)), false)}>
            <Button icon={<ImportOutlined />}>导入报送配置…</Button>
          </Upload>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        园区为每个企业生成一次报送配置；企业导入后，导出的报送包就加密给这个园区并由本机签名，别人打不开、改不了，园区也认得出是哪台电脑发来的。
      </Typography.Paragraph>
      <Descriptions bordered size="small" column={1} styles={{ label: { width: 120, whiteSpace: 'nowrap' } }} data-testid="submit-config-info">
        <Descriptions.Item label="本机标识">
          {status?.identity ? <Typography.Text code>{status.identity.fingerprint}</Typography.Text> : <Typography.Text type="secondary">尚未生成（第一次生成或导入报送配置时生成）</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="报送给">
          {cfg ? (
            <>
              <Tag color="green">加密报送</Tag>「{cfg.parkName}」，园区标识 <Typography.Text code>{cfg.parkFingerprint}</Typography.Text>；绑定组织「{cfg.orgName}」；配置生成于 {cfg.issuedAt}，导入于 {cfg.importedAt}
            </>
          ) : (
            <Typography.Text type="secondary">没有导入报送配置：导出的报送包不加密</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {!!status?.issued.length && (
        <Table<IssuedConfigRow>
          style={{ marginTop: 12 }} rowKey="id" size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={status.issued} data-testid="submit-config-issued"
          columns={[
            { title: '企业党组织', dataIndex: 'orgName' },
            { title: '报送配置生成于', dataIndex: 'issuedAt' },
            {
              title: '登记的发送方', key: 'sender',
              render: (_, r) => (r.sender ? <><Typography.Text code>{r.sender.fingerprint}</Typography.Text> 最近收到 {r.sender.lastSeenAt}</> : <Tag>尚未收到加密报送包</Tag>)
            }
          ]}
        />
      )}
      <IssueConfigModal open={issuing} issued={status?.issued ?? []} onClose={() => setIssuing(false)} onDone={() => void load()} />
    </Card>
  )
}
