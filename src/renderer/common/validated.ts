// 提交表单前校验：没通过时 antd 已在各栏下面标红，这里只返回 null（不留下未处理的 Promise 拒绝）
import type { FormInstance } from 'antd'

// biome-ignore lint/suspicious/noExplicitAny: the values are as loosely typed as antd's own validateFields()
export async function validated<T = any>(form: FormInstance): Promise<T | null> {
  try {
    return (await form.validateFields()) as T
  } catch {
    return null
  }
}
