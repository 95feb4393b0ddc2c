import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // 界面在忙的机器上（CI 只有 2 核）一次保存加刷新可能超过 1 秒，默认的 1 秒轮询会误报
    expect: { poll: { timeout: 10_000, interval: 100 } }
  }
})
