// 全软件唯一的日期输入：可以直接打 20261202、2026-12-02、2026.12.2、2026/12/2、2026年12月2日；
// 打字时不改写已打的字（打完、离开这一栏时才统一成 2026-12-02），进入时整段选中、打字即替换；
// 旁边的日历按钮不接 Tab，Tab 直接到下一栏；写不成日期的字离开时退回原来的日期并说明
import { CalendarOutlined } from '@ant-design/icons'
import { App, Calendar, Input, Popover } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react'
import { parseTypedDate } from '../../shared/dates'
import { useToday } from './clock'

type Props = {
  id?: string
  value?: Dayjs | null
  onChange?: (d: Dayjs | null) => void
  disabled?: boolean
  /** Dates the calendar won't offer (typed dates are checked by main as usual). */
  disabledDate?: (d: Dayjs) => boolean
  size?: 'small' | 'middle' | 'large'
  style?: CSSProperties
  placeholder?: string
  'aria-label'?: string
  /** Accepted for the old DatePicker's sake: an emptied optional date is simply cleared. */
  allowClear?: boolean
}

const show = (d: Dayjs | null | undefined): string => (d?.isValid() ? d.format('YYYY-MM-DD') : '')

export function DateInput({ id, value, onChange, disabled, disabledDate, size, style, placeholder, 'aria-label': ariaLabel }: Props): ReactNode {
  const { message } = App.useApp()
  const today = useToday()
  const [text, setText] = useState(show(value))
  const [open, setOpen] = useState(false)
  const focused = useRef(false)
  const atFocus = useRef<Dayjs | null>(value ?? null)

  // a value set from outside (a loaded record, a restored draft) shows as typed text unless the person is typing
  useEffect(() => {
    if (!focused.current) setText(show(value))
  }, [value])

  const change = (d: Dayjs | null): void => {
    if (show(d) !== show(value)) onChange?.(d)
  }

  const type = (t: string): void => {
    setText(t)
    if (!t.trim()) return change(null)
    const iso = parseTypedDate(t)
    if (iso) change(dayjs(iso))
  }

  const settle = (): void => {
    focused.current = false
    if (!text.trim()) return setText('')
    const iso = parseTypedDate(text)
    if (iso) return setText(iso)
    const before = atFocus.current
    change(before)
    setText(show(before))
    message.warning(`「${text}」不是有效的日期，已改回${before ? ` ${show(before)}` : '空白'}。可以这样写：2026-12-02、20261202、2026.12.2、2026年12月2日`)
  }

  const calendar = (
    <div style={{ width: 300 }}>
      <Calendar
        fullscreen={false}
        value={value?.isValid() ? value : dayjs(today)}
        disabledDate={disabledDate}
        onSelect={(d, { source }) => {
          if (source !== 'date') return
          change(d)
          setText(show(d))
          setOpen(false)
        }}
      />
    </div>
  )

  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      size={size}
      style={{ width: '100%', ...style }}
      disabled={disabled}
      value={text}
      placeholder={placeholder ?? '2026-12-02'}
      maxLength={20}
      autoComplete="off"
      onFocus={(e) => {
        focused.current = true
        atFocus.current = value ?? null
        e.target.select()
      }}
      onChange={(e) => type(e.target.value)}
      onBlur={settle}
      onPressEnter={settle}
      suffix={
        <Popover open={open && !disabled} onOpenChange={setOpen} trigger="click" content={calendar} placement="bottomRight">
          <CalendarOutlined tabIndex={-1} aria-label="打开日历" style={{ color: 'rgba(0,0,0,.45)', cursor: disabled ? 'not-allowed' : 'pointer' }} />
        </Popover>
      }
    />
  )
}
