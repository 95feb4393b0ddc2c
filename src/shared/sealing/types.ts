// 报送配置与加密报送包：界面与主进程共用的输入校验和返回类型
import { z } from 'zod'
import { requiredText, uuid } from '../fields'

export const CONFIG_EXT = '.hlcfg'

export const issueConfigInput = z.strictObject({ orgId: uuid, parkName: requiredText('园区名称', 100) })
export const importConfigInput = z.strictObject({
  fileName: z.string().trim().min(1, '请选择报送配置文件').max(200, '文件名太长'),
  base64: z.string().min(1, '选择的文件是空的').max(1024 * 1024, '文件太大，不是报送配置')
})

/** 企业导入的报送配置：本机的报送包从此加密给这个园区 */
export type ParkConfigInfo = { parkName: string; parkFingerprint: string; orgId: string; orgName: string; issuedAt: string; importedAt: string }

/** 园区为一个组织生成的报送配置（最近一次），和这个组织已登记的发送方 */
export type IssuedConfigRow = {
  id: string
  orgId: string
  orgName: string
  parkName: string
  issuedAt: string
  sender: { fingerprint: string; boundAt: string; lastSeenAt: string } | null
}

export type SubmitConfigStatus = {
  /** 本机标识（签名公钥的指纹）；还没生成过密钥时为 null */
  identity: { fingerprint: string; createdAt: string } | null
  config: ParkConfigInfo | null
  issued: IssuedConfigRow[]
}

export type IssuedConfig = { path: string; orgName: string; parkName: string; fingerprint: string } | null

/** 导入预览里关于加密的说明：是否加密签名、发送方指纹、是否第一次登记或换了发送方，旧格式给出提醒 */
export type SealNotice = {
  sealed: boolean
  sender: string | null
  firstTime: boolean
  rebound: boolean
  warning?: string
}
