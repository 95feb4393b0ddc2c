import { createContext } from '../src/main/context'
import { meetingCompliance, memberAbsence } from '../src/main/meetings/reports'
import { membersOn } from '../src/main/meetings/roster'
import { orgStore } from '../src/main/org/store'
const ctx = createContext({ dataDir: '/tmp/benchdata', today: () => '2026-11-25' })
const branches = orgStore.list(ctx.db).filter((o) => o.orgType === 'branch')
const T = (label: string, f: () => unknown) => { const t = performance.now(); f(); console.log(label, (performance.now() - t).toFixed(0), 'ms') }
T('compliance all', () => branches.forEach((b) => meetingCompliance(ctx, b.id, 2026)))
T('membersOn all', () => branches.forEach((b) => membersOn(ctx, b.id, '2026-11-25')))
T('absence all', () => branches.forEach((b) => memberAbsence(ctx, b.id, '2026-11-25')))
ctx.close()
