// 没保存的内容不丢：表单每次改动后存一份草稿（数据库里，重启应用也在）；再打开同一张表时提出恢复；
// 有改动时关掉对话框（Esc、点遮罩、点关闭）先问一句
import { Alert, App, Button, type FormInstance, Space } from 'antd'
import dayjs from 'dayjs'
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react'
import type { Draft } from '../../shared/drafts/channels'

/** How long after the last keystroke a draft is written. */
const SAVE_AFTER_MS = 400

type Extra = Record<string, unknown>

/** Form values → plain JSON: dates (dayjs) become `{ $date: 'YYYY-MM-DD' }`. */
export function toDraftBody(values: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(values, function (this: Record<string, unknown>, k, v) {
    const raw = this[k]
    return dayjs.isDayjs(raw) ? { $date: raw.format('YYYY-MM-DD') } : v
  })) as Record<string, unknown>
}

/** The reverse of toDraftBody. */
export function fromDraftBody(body: Record<string, unknown>): Record<string, unknown> {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      if (typeof o.$date === 'string' && Object.keys(o).length === 1) return dayjs(o.$date)
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, walk(x)]))
    }
    return v
  }
  return walk(body) as Record<string, unknown>
}

export type FormDraft = {
  /** Call from the Form's onValuesChange (and whenever `extra` changes by the user's hand). */
  changed: () => void
  /** After a successful save: the draft is gone and the form counts as clean. */
  saved: () => Promise<void>
  /** Use as the dialog's onCancel: asks before closing a form with unsaved changes. */
  close: () => void
  /** The offer to restore a draft, to show at the top of the form. */
  offer: ReactNode
}

/**
 * `key` names the form (`meeting:new:<orgId>`, `meeting:<id>`, `member:<id>` …); null while the form is closed.
 * `extra` is state kept outside the antd form (attendance marks …), saved and restored with it.
 */
export function useFormDraft(opts: { key: string | null; form: FormInstance; onClose: () => void; extra?: Extra; restoreExtra?: (e: Extra) => void }): FormDraft {
  const { key, form, onClose } = opts
  const { modal } = App.useApp()
  const [draft, setDraft] = useState<Draft | null>(null)
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(opts)
  latest.current = opts

  useEffect(() => {
    dirty.current = false
    setDraft(null)
    if (!key) return
    let live = true
    void window.api.drafts.get({ key }).then((d) => live && setDraft(d), () => {})
    return () => {
      live = false
    }
  }, [key])

  const write = useCallback(() => {
    timer.current = null
    const { key: k, form: f, extra } = latest.current
    if (!k || !dirty.current) return
    void window.api.drafts.save({ key: k, body: toDraftBody({ values: f.getFieldsValue(true), extra: extra ?? null }) }).catch(() => {})
  }, [])

  const changed = useCallback(() => {
    dirty.current = true
    setDraft(null) // typing over an offered draft means the person chose what is on screen
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(write, SAVE_AFTER_MS)
  }, [write])

  useEffect(() => () => {
    if (timer.current) {
      clearTimeout(timer.current)
      write()
    }
  }, [write])

  const saved = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    dirty.current = false
    setDraft(null)
    if (latest.current.key) await window.api.drafts.discard({ key: latest.current.key }).catch(() => {})
  }, [])

  const close = useCallback(() => {
    if (!dirty.current) return onClose()
    if (timer.current) {
      clearTimeout(timer.current)
      write()
    }
    modal.confirm({
      title: '放弃已填写的内容？',
      content: '这张表还有没保存的内容。关闭后草稿仍会保留，下次打开这张表时可以恢复。',
      okText: '关闭',
      cancelText: '继续填写',
      autoFocusButton: 'cancel',
      onOk: () => onClose()
    })
  }, [modal, onClose, write])

  const restore = (): void => {
    if (!draft) return
    const body = fromDraftBody(draft.body) as { values?: Record<string, unknown>; extra?: Extra | null }
    form.setFieldsValue(body.values ?? {})
    if (body.extra) latest.current.restoreExtra?.(body.extra)
    dirty.current = true
    setDraft(null)
  }
  const discard = (): void => {
    setDraft(null)
    if (key) void window.api.drafts.discard({ key }).catch(() => {})
  }

  const offer = draft ? (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="draft-offer"
      message={`这张表有 ${draft.savedAt.slice(0, 16)} 留下的没保存的草稿`}
      action={
        <Space>
          <Button size="small" type="primary" onClick={restore}>恢复草稿</Button>
          <Button size="small" onClick={discard}>丢弃草稿</Button>
        </Space>
      }
    />
  ) : null

  return { changed, saved, close, offer }
}
