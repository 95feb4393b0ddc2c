// 发展党员的步骤表与规则集（主进程从 seeds/rules 读入，按组织套上地方规则的改动）；页面共用，改规则后 reload
import { useCallback, useEffect, useState } from 'react'
import type { DevRules } from '../../shared/development/schemas'

export function useDevRules(orgId?: string): { rules: DevRules | null; reload: () => Promise<void>; setRules: (r: DevRules) => void } {
  const [rules, setRules] = useState<DevRules | null>(null)
  const reload = useCallback(async () => setRules(await window.api.development.rules(orgId ? { orgId } : {})), [orgId])
  useEffect(() => void reload(), [reload])
  return { rules, reload, setRules }
}
