// 数据库的具名错误，界面据此提示恢复办法
import { AppError } from '../../shared/errors'

export class DatabaseTooNewError extends AppError {
  constructor(found: number, supported: number) {
    super('DB_TOO_NEW', `数据文件的版本（第 ${found} 版）比本程序支持的（第 ${supported} 版）新，请先升级红领带党建台账再打开。数据未做任何改动。`)
  }
}

export class NotOurDatabaseError extends AppError {
  constructor() {
    super('DB_FOREIGN', '这个文件不是红领带党建台账的数据文件，未做任何改动。')
  }
}
