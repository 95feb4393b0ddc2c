// 共用字段校验：日期、UUID、可选文本；错误信息都是中文
import { z } from 'zod'
import { isValidIsoDate } from './dates'

z.config(z.locales.zhCN())

export const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, '编号格式不正确')

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isValidIsoDate, '不是有效的日期（请检查月份和天数）')

export const optionalDate = isoDate.nullable().optional().transform((v) => v ?? null)

export const requiredText = (label: string, max: number) =>
  z.string(`请填写${label}`).trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`)

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null))

export const noInput = z.undefined().or(z.strictObject({}))
