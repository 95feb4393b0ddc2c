// 表单日期：DatePicker 用 dayjs，提交给主进程用 YYYY-MM-DD 文本
import dayjs, { type Dayjs } from 'dayjs'

export const toDay = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null)
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null)
