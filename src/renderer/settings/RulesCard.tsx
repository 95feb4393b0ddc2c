// 规则（按组织调整）：seeds/rules 里每个规则文件的可调项在一处改——发展党员、组织生活频次（含党课）、民主评议、学时、任期、党费；
// 选一个组织（或所有组织）看生效值；每次调整一版，写明依据；上级组织的调整下级沿用
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Switch, Table, Tabs, Tag, TreeSelect, Typography } from 'antd'
import { type ReactNode, useCallback, useEffect, useState } from 'react'
import type { RuleEntry, RuleFileView } from '../../shared/rules/types'
import { useAppData } from '../common/AppData'
import { buildOrgTree } from '../common/orgTree'
import { RuleSource } from './RuleSource'

const shown = (e: RuleEntry, v: number | string): string => e.options?.find((o) => o.value === String(v))?.label ?? `${v}${e.unit ? ` ${e.unit}` : ''}`

export function RulesCard(): ReactNode {
  const { orgs } = useAppData()
  const { message } = App.useApp()
  const [orgId, setOrgId] = useState<string | undefined>()
  const [files, setFiles] = useState<RuleFileView[]>([])
  const [editing, setEditing] = useState<RuleEntry | null>(null)
  const load = useCallback(async () => {
    try {
      setFiles(await window.api.rules.list({ orgId }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }, [orgId, message])
  useEffect(() => void load(), [load])
  const orgName = orgId ? (orgs.find((o) => o.id === orgId)?.name ?? '') : '所有组织'
  return (
    <Card title="规则（按组织调整）" style={{ marginTop: 16 }} id="rules" data-testid="rules-card"
      extra={<TreeSelect allowClear aria-label="调整规则的组织" style={{ width: 300 }} placeholder="所有组织" treeDefaultExpandAll treeData={buildOrgTree(orgs)} value={orgId} onChange={(v) => setOrgId(v ?? undefined)} />}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        这里改的是「{orgName}」用的规则。全国统一规定不能改；地方规定（标「地方」）默认不启用，开启时请写明地方规定的出处；每次调整都留一版，写明依据。
        上级组织（如园区综合党委）调整的，下级组织沿用，下级自己调整的以下级为准。
      </Typography.Paragraph>
      <Tabs
        items={files.map((f) => ({
          key: f.file,
          label: f.verified ? f.title : <>{f.title} <Tag color="orange">未核实</Tag></>,
          children: (
            <>
              <Typography.Paragraph style={{ fontSize: 12 }} type="secondary">规则文件版本 {f.version}：{f.source}{f.note ? `。${f.note}` : ''}</Typography.Paragraph>
              <Table<RuleEntry>
                rowKey="key" size="small" bordered pagination={false} dataSource={f.entries} data-testid={`rules-${f.file}`}
                columns={[
                  { title: '规则', key: 'label', render: (_, e) => <>{e.label}{e.local && <Tag color="gold" style={{ marginLeft: 6 }}>地方</Tag>}</> },
                  { title: '默认', key: 'default', width: 110, render: (_, e) => (e.switchable && !e.defaultEnabled ? '不启用' : shown(e, e.defaultValue)) },
                  { title: '生效', key: 'value', width: 110, render: (_, e) => (e.enabled ? shown(e, e.value) : <Typography.Text type="secondary">不启用</Typography.Text>) },
                  { title: '依据', key: 'clause', width: 200, render: (_, e) => e.clause },
                  { title: '来源', key: 'source', render: (_, e) => <RuleSource source={e.source} links={e.links} /> },
                  {
                    title: '调整', key: 'override', width: 220,
                    render: (_, e) => e.override
                      ? <span style={{ fontSize: 12 }}>{e.override.orgName} 第 {e.override.version} 版（{e.override.createdAt.slice(0, 10)}，{e.override.actor}）{e.override.source ? `：${e.override.source}` : ''}</span>
                      : <Typography.Text type="secondary" style={{ fontSize: 12 }}>未调整</Typography.Text>
                  },
                  { title: '', key: 'op', width: 70, render: (_, e) => (e.adjustable ? <Button size="small" onClick={() => setEditing(e)}>调整</Button> : <Typography.Text type="secondary" style={{ fontSize: 12 }}>全国规定</Typography.Text>) }
                ]}
              />
            </>
          )
        }))}
      />
      <AdjustModal entry={editing} orgId={orgId ?? null} orgName={orgName} onClose={() => setEditing(null)} onSaved={(list) => { setFiles(list); setEditing(null); message.success('已保存新的一版') }} />
    </Card>
  )
}

function AdjustModal({ entry, orgId, orgName, onClose, onSaved }: { entry: RuleEntry | null; orgId: string | null; orgName: string; onClose: () => void; onSaved: (l: RuleFileView[]) => void }): ReactNode {
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!entry) return
    setError(null)
    form.setFieldsValue({ enabled: entry.enabled, value: entry.options ? String(entry.value) : entry.value, source: '' })
  }, [entry, form])
  const save = async (reset: boolean): Promise<void> => {
    if (!entry) return
    const v = form.getFieldsValue()
    try {
      onSaved(await window.api.rules.setOverride({ file: entry.file, key: entry.key, orgId, enabled: reset ? entry.defaultEnabled : !!v.enabled, value: reset ? null : (v.value ?? null), source: v.source?.trim() || null }))
    } catch (e) {
      setError((e as Error).message)
    }
  }
  return (
    <Modal open={!!entry} title={entry ? `调整：${entry.label}（${orgName}）` : ''} onCancel={onClose} destroyOnHidden
      footer={[<Button key="reset" onClick={() => save(true)}>恢复默认</Button>, <Button key="cancel" onClick={onClose}>取消</Button>, <Button key="ok" type="primary" onClick={() => save(false)}>保存</Button>]}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="rule-error" />}
      {entry && (
        <Form form={form} layout="vertical">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>依据：{entry.clause}；{entry.source}</Typography.Paragraph>
          {entry.switchable && <Form.Item name="enabled" label="启用" valuePropName="checked"><Switch aria-label="启用" /></Form.Item>}
          <Form.Item name="value" label={`数值${entry.unit ? `（${entry.unit}）` : ''}`}>
            {entry.options ? <Select options={entry.options} /> : <InputNumber min={entry.min} max={entry.max} style={{ width: 160 }} />}
          </Form.Item>
          <Form.Item name="source" label={entry.local ? '地方规定的出处（文件名或文号）' : '调整依据'} extra="写明依据后保存为新的一版；关闭规则、恢复默认可以不写">
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
