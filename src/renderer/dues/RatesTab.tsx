// 交纳比例：当前使用的规则表（版本、依据），让人知道应交是怎么算出来的
import { Descriptions, Table } from 'antd'
import type { ReactNode } from 'react'
import { rateLabel, yuan } from '../../shared/dues/calc'
import { duesRules } from '../../shared/dues/tables'

type Line = { key: string; category: string; basis: string; rate: string }

const lines: Line[] = duesRules.categories.flatMap((c): Line[] => {
  if (c.kind === 'fixed') return [{ key: c.code, category: c.name, basis: '固定', rate: c.minFen === c.maxFen ? `每月 ${yuan(c.minFen)} 元` : `每月 ${yuan(c.minFen)}–${yuan(c.maxFen)} 元` }]
  let from = 0
  return duesRules.brackets[c.brackets].map((b, i) => {
    const basis = b.upToFen === null ? `${yuan(from)} 元以上` : `${i ? `${yuan(from)} 元以上至 ` : ''}${yuan(b.upToFen)} 元（含）${i ? '' : '以下'}`
    if (b.upToFen !== null) from = b.upToFen
    return { key: `${c.code}-${i}`, category: i ? '' : `${c.name}（${c.baseNote}）`, basis, rate: rateLabel(b.permille) }
  })
})

export function RatesTab(): ReactNode {
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={[
        { key: 'v', label: '规则版本', children: `${duesRules.title} ${duesRules.version}` },
        { key: 's', label: '依据', children: duesRules.source },
        { key: 'r', label: '金额取舍', children: duesRules.roundTo.note },
        { key: 'a', label: '欠交预警', children: `连续 ${duesRules.arrears.yellowMonths} 个月未交黄灯，${duesRules.arrears.redMonths} 个月红灯（无正当理由连续 6 个月不交纳党费按自行脱党处理）` }
      ]} />
      <Table<Line> rowKey="key" size="small" bordered pagination={false} dataSource={lines} data-testid="dues-rates"
        columns={[{ title: '人员类别（计算基数）', dataIndex: 'category' }, { title: '基数', dataIndex: 'basis' }, { title: '比例 / 金额', dataIndex: 'rate', width: 160 }]} />
      <p style={{ color: '#888', marginTop: 8 }}>按基数所在的一档全额套用比例（不是累进）。交纳确有困难的，经党支部研究、报上一级党委批准，可以少交或免交。预备党员从支部大会通过之日起交纳党费。</p>
    </>
  )
}
