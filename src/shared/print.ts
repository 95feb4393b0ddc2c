// 打印页的路由：#/print/<版式>/<记录编号>；只允许已登记的版式，防止把任意地址交给打印窗口
import { z } from 'zod'
import { uuid } from './fields'

/** Print views: kind → paper orientation. Each has a renderer view in src/renderer/print/views.ts. */
export const printKinds = {
  'member-card': { title: '党员信息卡片', landscape: false },
  'meeting-record': { title: '会议记录', landscape: false },
  'development-record': { title: '发展党员全程纪实表', landscape: false },
  'checkup-form': { title: '党建体检表', landscape: true },
  'checkup-notice': { title: '问题清单及整改通知', landscape: false }
} as const

export type PrintKind = keyof typeof printKinds

export const printRequest = z.strictObject({
  kind: z.enum(Object.keys(printKinds) as [PrintKind, ...PrintKind[]], '不认识的打印版式'),
  id: uuid
})
export type PrintRequest = z.output<typeof printRequest>

export const printRoute = (r: PrintRequest): string => `/print/${r.kind}/${r.id}`
