// 逐项评分表：一级指标分组，自评分、体检得分、自动预评建议（可一键采用）、扣分原因、佐证材料
import { InputNumber, Input, Button, Table, Tag, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import type { Suggestion } from '../../shared/checkups/schemas'
import type { TemplateBody, TemplateItem } from '../../shared/checkups/template'

export type Entry = { selfScore: number | null; checkScore: number | null; reason: string | null; evidence: string | null }
type Row = { kind: 'section'; key: string; title: string } | { kind: 'item'; key: string; item: TemplateItem }

type Props = {
  body: TemplateBody
  entries: Record<string, Entry>
  suggestions: Record<string, Suggestion>
  locked: boolean
  onChange: (code: string, patch: Partial<Entry>) => void
  evidenceExtra?: (code: string) => ReactNode
}

export function ItemsTable({ body, entries, suggestions, locked, onChange, evidenceExtra }: Props): ReactNode {
  const rows: Row[] = body.sections.flatMap((s) => [
    { kind: 'section' as const, key: `s-${s.code}`, title: `${s.code} ${s.name}（${s.score} 分）` },
    ...body.items.filter((i) => i.section === s.code).map((item) => ({ kind: 'item' as const, key: item.code, item }))
  ])
  const span = (r: Row) => ({ colSpan: r.kind === 'section' ? 0 : 1 })
  return (
    <Table<Row>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.kind === 'section' ? 'section-row' : (entries[r.item.code]?.checkScore ?? r.item.score) < r.item.score ? 'row-deducted' : '')}
      columns={[
        { title: '编号', key: 'code', width: 64, onCell: (r) => ({ colSpan: r.kind === 'section' ? 8 : 1 }), render: (_, r) => (r.kind === 'section' ? r.title : r.item.code) },
        {
          title: '检查内容 / 评分细则', key: 'content', onCell: span,
          render: (_, r) => r.kind === 'item' && (
            <>
              <div>{r.item.group}：{r.item.content}</div>
              <div style={{ color: '#888', fontSize: 12 }}>{r.item.rule}　<Tag style={{ fontSize: 11 }}>{r.item.method}</Tag></div>
            </>
          )
        },
        { title: '标准分', key: 'score', width: 60, align: 'center', onCell: span, render: (_, r) => r.kind === 'item' && r.item.score },
        {
          title: '自评分', key: 'self', width: 86, onCell: span,
          render: (_, r) => r.kind === 'item' && (
            <InputNumber size="small" aria-label={`${r.item.code} 自评分`} min={0} max={r.item.score} step={0.5} disabled={locked} style={{ width: 72 }}
              value={entries[r.item.code]?.selfScore ?? null} onChange={(v) => onChange(r.item.code, { selfScore: v ?? null })} />
          )
        },
        {
          title: '体检得分', key: 'check', width: 86, onCell: span,
          render: (_, r) => r.kind === 'item' && (
            <InputNumber size="small" aria-label={`${r.item.code} 体检得分`} min={0} max={r.item.score} step={0.5} disabled={locked} style={{ width: 72 }}
              value={entries[r.item.code]?.checkScore ?? null} onChange={(v) => onChange(r.item.code, { checkScore: v ?? null })} />
          )
        },
        {
          title: '自动预评', key: 'suggest', width: 170, onCell: span,
          render: (_, r) => {
            if (r.kind !== 'item') return null
            const s = suggestions[r.item.code]
            if (!s) return <span style={{ color: '#bbb' }}>人工评分</span>
            return (
              <>
                <span data-testid={`suggest-${r.item.code}`}>建议 {s.score}</span>
                {!locked && <Button type="link" size="small" onClick={() => onChange(r.item.code, { checkScore: s.score, reason: s.score < r.item.score ? (s.finding ?? entries[r.item.code]?.reason ?? null) : entries[r.item.code]?.reason ?? null })}>采用</Button>}
                <Tooltip title={s.explanation}><div className="suggest-why">{s.explanation}</div></Tooltip>
              </>
            )
          }
        },
        {
          title: '扣分原因 / 问题描述', key: 'reason', width: 230, onCell: span,
          render: (_, r) => r.kind === 'item' && (
            <Input.TextArea autoSize size="small" aria-label={`${r.item.code} 扣分原因`} maxLength={300} disabled={locked}
              status={(entries[r.item.code]?.checkScore ?? r.item.score) < r.item.score && !entries[r.item.code]?.reason?.trim() ? 'error' : undefined}
              value={entries[r.item.code]?.reason ?? ''} onChange={(e) => onChange(r.item.code, { reason: e.target.value || null })} />
          )
        },
        {
          title: '佐证材料', key: 'evidence', width: 190, onCell: span,
          render: (_, r) => r.kind === 'item' && (
            <>
              <Input size="small" aria-label={`${r.item.code} 佐证材料`} maxLength={300} disabled={locked} value={entries[r.item.code]?.evidence ?? ''} onChange={(e) => onChange(r.item.code, { evidence: e.target.value || null })} />
              {evidenceExtra?.(r.item.code)}
            </>
          )
        }
      ]}
    />
  )
}
