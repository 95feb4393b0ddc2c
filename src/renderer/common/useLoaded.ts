// 页签的数据：依赖变了就重新取，取不到时弹出中文错误；reload 给保存、删除之后刷新用
import { App } from 'antd'
import { type DependencyList, useCallback, useEffect, useState } from 'react'

export function useLoaded<T>(fetch: () => Promise<T> | null, deps: DependencyList): { data: T | null; reload: () => Promise<void> } {
  const { message } = App.useApp()
  const [data, setData] = useState<T | null>(null)
  const reload = useCallback(async () => {
    const pending = fetch()
    if (!pending) return
    try {
      setData(await pending)
    } catch (e) {
      message.error((e as Error).message)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [message, ...deps])
  useEffect(() => void reload(), [reload])
  return { data, reload }
}
