// 接口错误：code 给程序判断，message 是给人看的中文
export type ApiError = { code: string; message: string }
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what}不存在或已被删除`)
export const invalid = (message: string): AppError => new AppError('INVALID', message)
