// 全局数据：代码表、组织列表、应用信息；各页面共用，改动后调用 reload
import { Spin } from 'antd'
import { type ReactNode, createContext, useCallback, useContext, useEffect, useState } from 'react'
import type { AppInfo, CodeTables } from '../../shared/app/types'
import type { Org } from '../../shared/org/schemas'

type AppData = { codes: CodeTables; orgs: Org[]; info: AppInfo; reload: () => Promise<void> }

const Ctx = createContext<AppData | null>(null)

export function AppDataProvider({ children }: { children: ReactNode }): ReactNode {
  const [codes, setCodes] = useState<CodeTables | null>(null)
  const [orgs, setOrgs] = useState<Org[]>([])
  const [info, setInfo] = useState<AppInfo | null>(null)
  const reload = useCallback(async () => {
    const [o, i] = await Promise.all([window.api.org.list(), window.api.app.info()])
    setOrgs(o)
    setInfo(i)
  }, [])
  useEffect(() => {
    void window.api.codes.all().then(setCodes)
    void reload()
  }, [reload])
  if (!codes || !info) return <Spin fullscreen tip="正在打开数据…" />
  return <Ctx.Provider value={{ codes, orgs, info, reload }}>{children}</Ctx.Provider>
}

export function useAppData(): AppData {
  const v = useContext(Ctx)
  if (!v) throw new Error('AppDataProvider missing')
  return v
}
