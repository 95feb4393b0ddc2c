// window.api：每个通道一个方法，由预加载脚本（Electron）和 Chromium 外壳共用同一份构造
import type { ApiResult } from './errors'
import { type Channel, type ChannelInput, type ChannelOutput, channels } from './contract'

type Domain<K> = K extends `${infer D}.${string}` ? D : never
type Method<K, D extends string> = K extends `${D}.${infer M}` ? M : never
type Call<K extends Channel> = undefined extends ChannelInput<K>
  ? (input?: ChannelInput<K>) => Promise<ChannelOutput<K>>
  : (input: ChannelInput<K>) => Promise<ChannelOutput<K>>

export type Api = {
  [D in Domain<Channel>]: { [K in Channel as Method<K, D>]: Call<K> }
}

export type Invoke = (channel: Channel, payload: unknown) => Promise<ApiResult<unknown>>

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const channel of channels) {
    const [domain, method] = channel.split('.')
    api[domain] ??= {}
    api[domain][method] = async (input?: unknown) => {
      const result = await invoke(channel, input)
      if (result.ok) return result.data
      throw new ApiCallError(result.error.code, result.error.message)
    }
  }
  return api as unknown as Api
}
