// npm run seed:demo：把虚构示例数据载入数据目录（可重复执行，不会重复插入）
import { createContext } from '../src/main/context'
import { defaultDataDir } from '../src/main/dataDir'
import { loadDemo } from '../src/main/seeds/demo'

const dataDir = defaultDataDir()
let ctx
try {
  ctx = createContext({ dataDir, lock: '示例数据脚本（npm run seed:demo）' })
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e))
  process.exit(1)
}
try {
  const r = loadDemo(ctx)
  console.log(`示例数据已载入 ${ctx.dbPath}：新增 ${r.orgs} 个组织、${r.members} 名党员（已有的跳过）`)
} finally {
  ctx.close()
}
