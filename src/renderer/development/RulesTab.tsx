// 规则设置：选用哪套规则（2014 现行 / 2026 待核实），开关或改写地方规则；每条都显示条款、来源与可信度
import { App, Button, InputNumber, Select, Space, Switch, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { DevRules } from '../../shared/development/schemas'
import { type Rule, type RuleKey, type RuleOverride, ruleKeys } from '../../shared/development/types'

const UNITS: Record<Rule['unit'], string> = { years: '周岁', months: '个月', days: '天', workdays: '个工作日', people: '名', rule: '' }

export function RulesTab({ rules, onChanged }: { rules: DevRules; onChanged: (r: DevRules) => void }): ReactNode {
  const { message } = App.useApp()
  const [version, setVersion] = useState(rules.active.version)
  const [overrides, setOverrides] = useState<RuleOverride[]>(rules.overrides)
  useEffect(() => {
    setVersion(rules.active.version)
    setOverrides(rules.overrides)
  }, [rules])
  const base = rules.ruleSets.find((r) => r.version === version)!
  const effective = (key: RuleKey): Rule => {
    const r = base.rules[key]
    const o = overrides.find((x) => x.key === key)
    return o && r.local ? { ...r, enabled: o.enabled, value: o.value } : r
  }
  const change = (key: RuleKey, patch: Partial<RuleOverride>): void => {
    const cur = effective(key)
    setOverrides((list) => [...list.filter((x) => x.key !== key), { key, enabled: cur.enabled, value: cur.value, ...patch }])
  }
  const save = async (): Promise<void> => {
    try {
      onChanged(await window.api.development.setRules({ version, overrides }))
      message.success('规则设置已保存')
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  return (
    <>
      <div className="toolbar">
        <span>选用规则集：</span>
        <Select aria-label="选用规则集" style={{ width: 400 }} value={version} onChange={(v) => (setVersion(v), setOverrides([]))} options={rules.ruleSets.map((r) => ({ value: r.version, label: `${r.title}` }))} />
        {!base.verified && <Tag color="orange">待核实：{base.note}</Tag>}
        <span style={{ flex: 1 }} />
        <Button type="primary" onClick={save}>保存规则设置</Button>
      </div>
      <Table
        rowKey="key" size="small" bordered pagination={false}
        dataSource={ruleKeys.map((key) => ({ key, rule: effective(key) }))}
        columns={[
          { title: '规则', key: 'label', render: (_, { rule }) => <>{rule.label}{rule.local && <Tag color="gold" style={{ marginLeft: 6 }}>地方</Tag>}</> },
          {
            title: '数值', key: 'value', width: 170,
            render: (_, { key, rule }) => rule.unit === 'rule' || rule.unit === 'people' ? (rule.unit === 'people' ? `${rule.value} 名` : '—')
              : rule.local ? <Space><InputNumber size="small" min={0} max={24} value={rule.value} onChange={(v) => change(key, { value: v ?? 0 })} style={{ width: 64 }} />{UNITS[rule.unit]}</Space>
              : `${rule.value} ${UNITS[rule.unit]}${rule.hours ? ` 或 ${rule.hours} 学时` : ''}${rule.max ? `～${rule.max} 个月` : ''}`
          },
          { title: '启用', key: 'enabled', width: 70, render: (_, { key, rule }) => <Switch size="small" checked={rule.enabled} disabled={!rule.local} onChange={(v) => change(key, { enabled: v })} /> },
          { title: '性质', key: 'level', width: 70, render: (_, { rule }) => (rule.level === 'hard' ? <Tag color="red">拒绝</Tag> : <Tag>预警</Tag>) },
          { title: '条款', key: 'clause', width: 190, render: (_, { rule }) => rule.clause },
          { title: '来源与可信度', key: 'source', render: (_, { rule }) => <span style={{ fontSize: 12 }}>{rule.source}【{rule.confidence}】</span> }
        ]}
      />
      <p style={{ color: '#888', fontSize: 12, marginTop: 8 }}>
        节假日日历：{rules.calendar.source}；已收录 {rules.calendar.years.join('、')} 年，其他年份按周一至周五计算工作日并提示核对。
      </p>
    </>
  )
}
