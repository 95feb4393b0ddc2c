// 导入预览里说明报送包是否加密签名、来自哪台电脑；未加密的旧格式给出提醒
import { Alert, Typography } from 'antd'
import type { ReactNode } from 'react'
import type { SealNotice } from '../../shared/sealing/types'

export function SealNoticeAlert({ seal }: { seal: SealNotice }): ReactNode {
  if (!seal.sealed) return <Alert style={{ marginBottom: 12 }} type="warning" showIcon data-testid="submit-seal" message="未加密的报送包" description={seal.warning} />
  const how = seal.firstTime ? '第一次收到这个组织的加密报送包，确认导入后登记这台电脑为它的发送方' : seal.rebound ? '按重新生成的报送配置改登记为这台电脑' : '与登记的发送方相同'
  return (
    <Alert
      style={{ marginBottom: 12 }} type="success" showIcon data-testid="submit-seal"
      message="加密报送包：签名核对无误，是加密给本园区的"
      description={<>发送方标识 <Typography.Text code>{seal.sender}</Typography.Text>，{how}。</>}
    />
  )
}
