import type { Api } from '../shared/apiClient'

declare global {
  interface Window {
    api: Api
  }
}
export {}
