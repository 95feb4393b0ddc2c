// 首页小图：一组「名称—数量」画成横条图（recharts，SVG，离线可用）
import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { Slice } from '../../shared/dashboard/types'

const RED = '#c8102e'

export function SliceBars({ data, unit, color = RED }: { data: Slice[]; unit: string; color?: string }): ReactNode {
  const height = Math.max(120, data.length * 34 + 20)
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis type="category" dataKey="name" width={92} tickLine={false} axisLine={false} />
        <Tooltip formatter={(v) => [`${String(v)} ${unit}`, '']} separator="" cursor={{ fill: 'rgba(200,16,46,0.06)' }} />
        <Bar dataKey="value" fill={color} barSize={18} radius={[0, 3, 3, 0]} isAnimationActive={false}>
          <LabelList dataKey="value" position="right" formatter={(v) => `${String(v)}`} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
