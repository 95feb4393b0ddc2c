// 发展党员的步骤表与当前规则集（主进程从 seeds/rules 读入）；页面共用，改规则后 reload
import { useCallback, useEffect, useState } from 'react'
import type { DevRules } from '../../shared/development/schemas'

export function useDevRules(): { rules: DevRules | null; reload: () => Promise<void>; setRules: (r: DevRules) => void } {
  const [rules, setRules] = useState<DevRules | null>(null)
  const reload = useCallback(async () => setRules(await window.api.development.rules()), [])
  useEffect(() => void reload(), [reload])
  return { rules, reload, setRules }
}
