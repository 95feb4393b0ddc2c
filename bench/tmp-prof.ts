import { createContext } from '../src/main/context'
import { listMembers } from '../src/main/members/service'
import { createDispatch } from '../src/main/api'
const ctx = createContext({ dataDir: '/tmp/benchdata', today: () => '2026-11-25' })
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = listMembers(ctx, { offset: 0, limit: 200 }); console.log('list', r.rows.length, r.total, (performance.now() - t).toFixed(0), 'ms') }
const d = createDispatch(ctx)
for (const ch of ['app.info', 'codes.all', 'org.list']) { const t = performance.now(); Promise.resolve(d(ch as never, undefined as never)).then((r) => console.log(ch, JSON.stringify(r).length, (performance.now() - t).toFixed(0), 'ms')) }
setTimeout(() => ctx.close(), 3000)
