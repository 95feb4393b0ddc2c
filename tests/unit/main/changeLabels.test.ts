// 变更记录里每个字段都有中文名：载入示例数据（各类记录都有）后，变更日志里出现的每个字段名都能译成中文
import { describe, expect, it } from 'vitest'
import { loadDemo } from '../../../src/main/seeds/demo'
import { fieldLabel } from '../../../src/shared/labels'
import { testContext } from '../../helpers/context'

describe('变更记录的字段名', () => {
  it('示例数据写下的变更日志里，没有一个字段只显示英文名', () => {
    const ctx = testContext()
    loadDemo(ctx)
    const keys = new Set<string>()
    for (const r of ctx.db.prepare('SELECT before_json, after_json FROM change_log').all() as { before_json: string | null; after_json: string | null }[])
      for (const j of [r.before_json, r.after_json]) if (j) for (const k of Object.keys(JSON.parse(j) as object)) keys.add(k)
    expect(keys.size).toBeGreaterThan(50)
    expect([...keys].filter((k) => !/[\u4e00-\u9fa5]/.test(fieldLabel(k))).sort()).toEqual([])
  })
})
