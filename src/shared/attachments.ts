// 附件：签到表、照片、佐证材料。文件复制进数据目录，按内容的 SHA-256 保存，记录挂在某条记录（owner + ownerId）下
import { z } from 'zod'
import { uuid } from './fields'

export type Attachment = { id: string; owner: string; ownerId: string; fileName: string; sha256: string; size: number; createdAt: string }

/** 30 MB once decoded; base64 is a third larger. */
export const ATTACHMENT_MAX_BYTES = 30 * 1024 * 1024

const owner = z.string().regex(/^[a-z][a-zA-Z]{1,39}$/, '附件所属的记录类型不正确')
export const attachmentOwnerRef = z.strictObject({ owner, ownerId: uuid })

export const attachmentUpload = z.strictObject({
  owner,
  ownerId: uuid,
  fileName: z
    .string('请选择文件')
    .trim()
    .min(1, '请选择文件')
    .max(120, '文件名不能超过 120 个字')
    .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, '文件名含有不允许的字符'),
  base64: z
    .string()
    .min(1, '选择的文件是空的')
    .max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4, '文件超过 30 MB，请压缩后再上传')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容不完整，请重新选择')
})
