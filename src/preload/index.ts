// 预加载脚本：只暴露 window.api，每个契约通道一个方法，没有别的
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/apiClient'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload))
)
