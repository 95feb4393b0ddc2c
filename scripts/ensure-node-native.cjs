// 测试和基准在 Node 里运行：如果 better-sqlite3 被编译成了 Electron 版（npm run rebuild:electron 之后），改回 Node 版
const { execSync } = require('node:child_process')

function works() {
  try {
    const Database = require('better-sqlite3')
    new Database(':memory:').close()
    return true
  } catch (e) {
    console.error('better-sqlite3 不能在当前 Node 中加载：' + e.message.split('\n')[0])
    return false
  }
}

if (!works()) {
  console.error('正在为 Node 重新编译 better-sqlite3（约 2 分钟）…')
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' })
  delete require.cache[require.resolve('better-sqlite3')]
  if (!works()) process.exit(1)
}
