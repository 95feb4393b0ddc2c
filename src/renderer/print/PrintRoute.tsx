// #/print/<版式>/<编号>：按版式找到打印视图
import { Result } from 'antd'
import type { ReactNode } from 'react'
import { useParams } from 'react-router-dom'
import { type PrintKind, printKinds } from '../../shared/print'
import { PrintPage } from './PrintPage'
import { printViews } from './views'

export function PrintRoute(): ReactNode {
  const { kind, id } = useParams()
  if (!kind || !id || !(kind in printKinds)) return <Result status="404" title="没有这个打印版式" />
  const View = printViews[kind as PrintKind]
  return <View id={id} render={(ready, body) => <PrintPage landscape={printKinds[kind as PrintKind].landscape} ready={ready}>{body}</PrintPage>} />
}
