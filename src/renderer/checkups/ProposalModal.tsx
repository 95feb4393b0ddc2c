// 扣分项与否决项提出的整改问题：勾选、补充措施与时限后确认，转入问题清单
import { App, Checkbox, Input, Modal, Select, Table, Tag } from 'antd'
import { type ReactNode, useEffect, useState } from 'react'
import type { ProblemDraft } from '../../shared/checkups/schemas'
import { useAppData } from '../common/AppData'
import { options } from '../common/codes'
import { toDay, toIso } from '../common/dateField'
import { DateInput } from '../common/DateInput'

type Props = { checkupId: string | null; onClose: () => void; onDone: (n: number) => void | Promise<void> }

export function ProposalModal({ checkupId, onClose, onDone }: Props): ReactNode {
  const { codes } = useAppData()
  const { message } = App.useApp()
  const [drafts, setDrafts] = useState<(ProblemDraft & { pick: boolean })[]>([])
  useEffect(() => {
    if (!checkupId) return
    window.api.checkups.proposeProblems({ id: checkupId }).then((d) => setDrafts(d.map((x) => ({ ...x, pick: true }))), (e: Error) => message.error(e.message))
  }, [checkupId, message])
  const set = (i: number, patch: Partial<ProblemDraft & { pick: boolean }>): void => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)))
  const confirm = async (): Promise<void> => {
    try {
      const picked = drafts.filter((d) => d.pick).map(({ pick: _p, ...d }) => d)
      const ids = await window.api.checkups.confirmProblems({ id: checkupId!, problems: picked })
      message.success(`已登记 ${ids.length} 条整改问题`)
      await onDone(ids.length)
    } catch (e) {
      message.error((e as Error).message)
    }
  }
  return (
    <Modal title="由扣分项生成整改问题" open={!!checkupId} width={1100} okText="登记选中的问题" cancelText="取消" onOk={confirm} onCancel={onClose} okButtonProps={{ disabled: !drafts.some((d) => d.pick) }}>
      {drafts.length === 0 ? <p>没有需要登记的问题（扣分项都已登记过，或没有扣分）。</p> : (
        <Table size="small" bordered rowKey="indicatorCode" pagination={false} dataSource={drafts} data-testid="proposals"
          columns={[
            { title: '', key: 'pick', width: 36, render: (_, d, i) => <Checkbox aria-label={`登记 ${d.indicatorCode}`} checked={d.pick} onChange={(e) => set(i, { pick: e.target.checked })} /> },
            { title: '指标', dataIndex: 'indicatorCode', width: 56 },
            { title: '问题描述', dataIndex: 'description', render: (v: string, _d, i) => <Input.TextArea autoSize size="small" value={v} maxLength={500} onChange={(e) => set(i, { description: e.target.value })} /> },
            { title: '严重程度', dataIndex: 'severity', width: 100, render: (v: string, d, i) => (d.severity === 'veto' ? <Tag color="red">否决</Tag> : <Select size="small" style={{ width: 86 }} value={v} options={options(codes.problemSeverities).filter((o) => o.value !== 'veto')} onChange={(x) => set(i, { severity: x as ProblemDraft['severity'] })} />) },
            { title: '整改措施', dataIndex: 'measure', width: 220, render: (v: string | null, _d, i) => <Input.TextArea autoSize size="small" value={v ?? ''} maxLength={500} onChange={(e) => set(i, { measure: e.target.value || null })} /> },
            { title: '责任人', dataIndex: 'owner', width: 90, render: (v: string | null, _d, i) => <Input size="small" value={v ?? ''} maxLength={30} onChange={(e) => set(i, { owner: e.target.value || null })} /> },
            { title: '整改时限', dataIndex: 'deadline', width: 140, render: (v: string | null, _d, i) => <DateInput size="small" value={toDay(v)} onChange={(x) => set(i, { deadline: toIso(x) })} /> }
          ]} />
      )}
    </Modal>
  )
}
