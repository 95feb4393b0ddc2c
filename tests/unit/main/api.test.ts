import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { buildApi } from '../../../src/shared/apiClient'
import { channels } from '../../../src/shared/contract'
import { testContext } from '../../helpers/context'

const counts = (ctx: ReturnType<typeof testContext>) =>
  ctx.db.prepare('SELECT (SELECT COUNT(*) FROM orgs) AS orgs, (SELECT COUNT(*) FROM members) AS members, (SELECT COUNT(*) FROM change_log) AS log').get()

describe('接口：按契约校验输入，出错给中文说明', () => {
  it('window.api 的方法与契约通道一一对应', () => {
    const calls: string[] = []
    const api = buildApi(async (ch) => (calls.push(ch), { ok: true, data: null }))
    const methods = Object.entries(api).flatMap(([d, ms]) => Object.keys(ms).map((m) => `${d}.${m}`))
    expect(methods.sort()).toEqual([...channels].sort())
  })

  it('失败结果在页面里变成带中文说明的异常', async () => {
    const api = buildApi(async () => ({ ok: false, error: { code: 'INVALID', message: '姓名：请填写姓名' } }))
    await expect(api.members.list({})).rejects.toThrow('姓名：请填写姓名')
  })

  it('未知通道、原型链上的名字被拒绝', async () => {
    const d = createDispatch(testContext())
    for (const ch of ['nope', '__proto__', 'constructor', 'toString', 42, null])
      expect(await d(ch, {})).toEqual({ ok: false, error: { code: 'NO_CHANNEL', message: '未知的操作' } })
  })

  it.each([
    ['org.save', { name: '', orgType: 'branch', setupMode: 'single' }, '请填写党组织名称'],
    ['org.save', { name: 'A', orgType: 'club', setupMode: 'single' }, '党组织类型'],
    ['org.save', { name: 'A', orgType: 'branch', setupMode: 'single', establishedDate: '2026-02-30' }, '成立日期：不是有效的日期'],
    ['org.save', { name: 'A', orgType: 'branch', setupMode: 'single', __proto__x: 1 }, '不认识的字段'],
    ['org.save', { name: 'x'.repeat(101), orgType: 'branch', setupMode: 'single' }, '不能超过 100 个字'],
    ['members.list', { limit: 'all' }, '条数'],
    ['members.get', { id: "1' OR 1=1 --" }, '编号格式不正确'],
    ['org.save', null, ''],
    ['org.save', 'DROP TABLE orgs', '']
  ])('%s 收到坏输入 → 校验错误，数据不变', async (ch, payload, msg) => {
    const ctx = testContext()
    const d = createDispatch(ctx)
    const before = counts(ctx)
    const r = await d(ch, payload)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID')
      expect(r.error.message).toContain(msg)
      expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
    expect(counts(ctx)).toEqual(before)
  })

  it('服务抛出的意外错误不泄露堆栈，给出中文说明', async () => {
    const ctx = testContext()
    const logged: string[] = []
    const d = createDispatch(ctx, (m) => logged.push(m))
    ctx.db.close()
    const r = await d('org.list', undefined)
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('数据未改动') } })
    expect(logged[0]).toContain('org.list')
  })

  it('正常调用返回数据', async () => {
    const d = createDispatch(testContext())
    const r = await d('org.save', { name: '测试党支部', orgType: 'branch', setupMode: 'single' })
    expect(r).toMatchObject({ ok: true, data: { id: expect.any(String), warnings: [] } })
    expect(await d('org.list', undefined)).toMatchObject({ ok: true, data: [{ name: '测试党支部' }] })
  })
})
