// 打印版式登记：版式名 → 视图组件（版式清单与纸张方向在 src/shared/print.ts）
import type { ReactNode } from 'react'
import type { PrintKind } from '../../shared/print'
import { MeetingRecordPrint } from '../meetings/MeetingRecordPrint'
import { DevelopmentRecordPrint } from '../development/DevelopmentRecordPrint'
import { CheckupFormPrint } from '../checkups/CheckupFormPrint'
import { CheckupNoticePrint } from '../checkups/CheckupNoticePrint'
import { MemberCardPrint } from '../members/MemberCardPrint'

export type PrintViewProps = { id: string; render: (ready: boolean, body: ReactNode) => ReactNode }

export const printViews: Record<PrintKind, (props: PrintViewProps) => ReactNode> = {
  'member-card': MemberCardPrint,
  'meeting-record': MeetingRecordPrint,
  'development-record': DevelopmentRecordPrint,
  'checkup-form': CheckupFormPrint,
  'checkup-notice': CheckupNoticePrint
}
