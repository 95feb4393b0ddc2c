// 界面出错时给出中文说明和“重新载入”，不会白屏
import { Button, Result } from 'antd'
import { Component, type ReactNode } from 'react'

type State = { error: Error | null }

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle={`已保存的数据不受影响。错误信息：${this.state.error.message}`}
        extra={<Button type="primary" onClick={() => location.reload()}>重新载入</Button>}
      />
    )
  }
}
