// 对话框里的表单：每次打开时清空上次的内容和错误，填入这次的初始值
import { Form, type FormInstance } from 'antd'
import { type DependencyList, useLayoutEffect, useState } from 'react'

/**
 * `open` 为真（或是一个对象）时重置表单并填入 `initial()` 的值；`deps` 是初始值还依赖的其他东西。
 * 返回表单实例和一条给对话框顶部显示的错误。
 */
export function useModalForm(open: unknown, initial: () => Record<string, unknown>, deps: DependencyList = []): { form: FormInstance; error: string | null; setError: (e: string | null) => void } {
  const [form] = Form.useForm()
  const [error, setError] = useState<string | null>(null)
  // 在绘制之前填好：对话框一出现，里面就是这次的初始值（手快的人或测试立刻点确定也不会提交空表）
  useLayoutEffect(() => {
    if (!open) return
    setError(null)
    form.resetFields()
    form.setFieldsValue(initial())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, form, ...deps])
  return { form, error, setError }
}
