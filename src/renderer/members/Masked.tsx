// 脱敏显示的身份证号 / 电话：点眼睛才向主进程取完整值（会记入变更日志）
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons'
import { App, Button, Space } from 'antd'
import { type ReactNode, useState } from 'react'

type Props = { memberId: string; field: 'idNumber' | 'phone'; masked: string }

export function Masked({ memberId, field, masked }: Props): ReactNode {
  const { message } = App.useApp()
  const [full, setFull] = useState<string | null>(null)
  if (!masked) return null
  const toggle = async (): Promise<void> => {
    if (full) return setFull(null)
    try {
      setFull(await window.api.members.reveal({ id: memberId, field }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  return (
    <Space size={4}>
      <span className="masked">{full ?? masked}</span>
      <Button
        type="text"
        size="small"
        aria-label={full ? '隐藏' : field === 'idNumber' ? '显示完整身份证号' : '显示完整电话'}
        icon={full ? <EyeInvisibleOutlined /> : <EyeOutlined />}
        onClick={toggle}
      />
    </Space>
  )
}
