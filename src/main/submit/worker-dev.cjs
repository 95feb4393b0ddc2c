// 开发、测试和性能测试时（tsx、vitest 里没有构建好的 JS）工作线程从这里进：先装上 tsx 再载入 TypeScript 写的入口
require('tsx/cjs')
require('./worker.ts')
