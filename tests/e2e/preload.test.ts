// 构建出的预加载脚本：只用 electron 这一个模块，暴露的 window.api 恰好是契约里的通道，调用原样转给 ipcRenderer.invoke
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { channels } from '../../src/shared/contract'

describe('预加载脚本（out/preload/index.js）', () => {
  const source = fs.readFileSync(path.resolve('out/preload/index.js'), 'utf8')

  it('只 require("electron")', () => {
    const requires = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect([...new Set(requires)]).toEqual(['electron'])
  })

  it('暴露的方法与契约通道一一对应，每个方法调用同名通道', async () => {
    const exposed: Record<string, Record<string, (x?: unknown) => Promise<unknown>>> = {}
    const invoked: [string, unknown][] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (k: string, v: typeof exposed) => ((exposed[k] as unknown) = v) },
      ipcRenderer: { invoke: async (ch: string, p: unknown) => (invoked.push([ch, p]), { ok: true, data: ch }) }
    }
    const module = { exports: {} }
    vm.runInNewContext(source, { require: (n: string) => (n === 'electron' ? electron : undefined), module, exports: module.exports })
    expect(Object.keys(exposed)).toEqual(['api'])
    const api = exposed.api as unknown as Record<string, Record<string, (x?: unknown) => Promise<unknown>>>
    const methods = Object.entries(api).flatMap(([d, ms]) => Object.keys(ms).map((m) => `${d}.${m}`))
    expect(methods.sort()).toEqual([...channels].sort())
    for (const ch of channels) {
      const [d, m] = ch.split('.')
      expect(await api[d][m]({ probe: ch })).toBe(ch)
    }
    expect(invoked.map(([ch]) => ch)).toEqual(channels)
  })
})
