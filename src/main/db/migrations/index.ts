// 迁移登记表：按版本顺序，一版一个文件；发布后只增不改
import type { DB } from '../types'
import { up as initial } from './0001-initial'
import { up as problems } from './0002-problems'
import { up as attachments } from './0003-attachments'
import { up as checkups } from './0004-checkups'
import { up as development } from './0005-development'
import { up as meetings } from './0006-meetings'
import { up as dues } from './0008-dues'
import { up as submissions } from './0009-submissions'
import { up as mentoring } from './0010-mentoring'
import { up as duesRemittances } from './0011-dues-remittances'
import { up as submitExchange } from './0012-submit-exchange'
import { up as sealing } from './0013-sealing'
import { up as ruleOverrides } from './0014-rule-overrides'
import { up as formDrafts } from './0016-form-drafts'

export type Migration = { version: number; name: string; up: (db: DB) => void }

export const migrations: Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'problems', up: problems },
  { version: 3, name: 'attachments', up: attachments },
  { version: 4, name: 'checkups', up: checkups },
  { version: 5, name: 'development', up: development },
  { version: 6, name: 'meetings', up: meetings },
  { version: 8, name: 'dues', up: dues },
  { version: 9, name: 'submissions', up: submissions },
  { version: 10, name: 'mentoring', up: mentoring },
  { version: 11, name: 'dues-remittances', up: duesRemittances },
  { version: 12, name: 'submit-exchange', up: submitExchange },
  { version: 13, name: 'sealing', up: sealing },
  { version: 14, name: 'rule-overrides', up: ruleOverrides },
  { version: 16, name: 'form-drafts', up: formDrafts }
]
