// electron-vite：主进程 / 预加载 / 界面三部分。每个 electron-vite 命令都要带 -c electron.config.ts
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    // 报送包的工作线程单独一个入口：out/main/submitWorker.js（src/main/submit/runner.ts 按这个名字找）
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts'), submitWorker: resolve('src/main/submit/worker.ts') } } }
  },
  preload: {
    // sandboxed preload can only require 'electron': bundle everything else (zod, the contract) into it
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve('src/preload/index.ts') }, external: ['electron'] } }
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    plugins: [react()],
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } }, chunkSizeWarningLimit: 4000 }
  }
})
