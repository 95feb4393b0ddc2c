// 规则设置：选用哪套规则（2014 现行 / 2026 未核实，切换前提示）；每条规则的数值、是否启用、性质、依据（章与条）与来源；
// 开关地方规则、调整数值在「数据与设置 · 规则」里按组织改
import { App, Button, Select, Table, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DevRules } from '../../shared/development/schemas'
import { type Rule, ruleKeys } from '../../shared/development/types'
import { RuleSource } from '../settings/RuleSource'

const UNITS: Record<Rule['unit'], string> = { years: '周岁', months: '个月', days: '天', workdays: '个工作日', people: '名', rule: '' }

export const ruleValueText = (rule: Rule): string =>
  rule.unit === 'rule' ? '—' : `${rule.value} ${UNITS[rule.unit]}${rule.hours ? ` 或 ${rule.hours} 学时` : ''}${rule.max ? `～${rule.max} 个月` : ''}`

export function RulesTab({ rules, onChanged }: { rules: DevRules; onChanged: (r: DevRules) => void }): ReactNode {
  const { message, modal } = App.useApp()
  const nav = useNavigate()
  const switchTo = async (version: string): Promise<void> => {
    const target = rules.ruleSets.find((r) => r.version === version)!
    const save = async (): Promise<void> => {
      try {
        onChanged(await window.api.development.setRules({ version }))
        message.success(`已选用：${target.title}`)
      } catch (e) {
        message.error((e as Error).message)
      }
    }
    if (target.verified) return save()
    modal.confirm({
      title: `切换到「${target.title}」？`,
      content: <div data-testid="unverified-warning"><p><Tag color="orange">未核实</Tag>{target.note}</p><p>{target.source}</p><p>默认仍是 2014 年细则；切换后所有组织的提醒、预警和体检建议分都按这套规则计算。</p></div>,
      okText: '仍要切换',
      cancelText: '不切换',
      onOk: save
    })
  }
  const a = rules.active
  return (
    <>
      <div className="toolbar">
        <span>选用规则集：</span>
        <Select aria-label="选用规则集" style={{ width: 400 }} value={a.version} onChange={switchTo}
          options={rules.ruleSets.map((r) => ({ value: r.version, label: r.verified ? r.title : `${r.title}` }))} />
        {!a.verified && <Tag color="orange" data-testid="unverified-tag">未核实</Tag>}
        <span style={{ flex: 1 }} />
        <Button onClick={() => nav('/settings')}>按组织调整规则…</Button>
      </div>
      <Table
        rowKey="key" size="small" bordered pagination={false} data-testid="dev-rules-table"
        dataSource={ruleKeys.map((key) => ({ key, rule: a.rules[key] }))}
        columns={[
          { title: '规则', key: 'label', render: (_, { rule }) => <>{rule.label}{rule.local && <Tag color="gold" style={{ marginLeft: 6 }}>地方</Tag>}</> },
          { title: '数值', key: 'value', width: 140, render: (_, { rule }) => ruleValueText(rule) },
          { title: '启用', key: 'enabled', width: 70, render: (_, { rule }) => (rule.enabled ? '启用' : <Typography.Text type="secondary">未启用</Typography.Text>) },
          { title: '性质', key: 'level', width: 90, render: (_, { rule }) => (rule.level === 'hard' ? <Tag color="red">拒收</Tag> : <Tag>保存并标出</Tag>) },
          { title: '依据', key: 'clause', width: 230, render: (_, { rule }) => rule.clause },
          { title: '来源与可信度', key: 'source', render: (_, { rule }) => <RuleSource source={`${rule.source}【${rule.confidence}】`} links={rule.links} /> }
        ]}
      />
      <p style={{ color: '#888', fontSize: 12, marginTop: 8 }}>
        「拒收」只用于不可能的数据（早于出生的日期、同意票多于到会人数、后一步早于前一步）；其他违规照样保存，在本人记录、台账、待办和体检里标出。
        节假日日历：{rules.calendar.source}；已收录 {rules.calendar.years.join('、')} 年，其他年份按周一至周五计算工作日并提示核对。
      </p>
    </>
  )
}
