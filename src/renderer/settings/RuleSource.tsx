// 规则的来源：文件名称，加上知道的链接（只显示、可复制，不打开网页：应用不联网）
import { Typography } from 'antd'
import type { ReactNode } from 'react'

export function RuleSource({ source, links }: { source: string; links: string[] }): ReactNode {
  return (
    <span style={{ fontSize: 12 }}>
      {source}
      {links.map((l) => (
        <Typography.Text key={l} copyable={{ text: l, tooltips: ['复制链接', '已复制'] }} type="secondary" style={{ fontSize: 12, display: 'block' }}>{l}</Typography.Text>
      ))}
    </span>
  )
}
