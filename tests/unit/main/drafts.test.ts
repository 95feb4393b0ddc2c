// 表单草稿：按表单编号存一份、取回、丢弃；重开数据库还在；编号和大小不合规的被拒绝且不存
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { createContext } from '../../../src/main/context'
import { testContext } from '../../helpers/context'

const draftCount = (ctx: ReturnType<typeof testContext>) => (ctx.db.prepare('SELECT COUNT(*) AS n FROM form_drafts').get() as { n: number }).n

describe('表单草稿', () => {
  it('存了能取回，再存覆盖同一份；重开数据库还在；保存记录后丢弃', async () => {
    const ctx = testContext()
    const d = createDispatch(ctx)
    const key = 'meeting:new:3f1c2a9e-0b7d-4c55-9a1e-2f6b8c0d4e11'
    expect(await d('drafts.get', { key })).toEqual({ ok: true, data: null })
    expect(await d('drafts.save', { key, body: { values: { topic: '学习条例', date: { $date: '2026-11-20' } } } })).toEqual({ ok: true, data: null })
    expect(await d('drafts.save', { key, body: { values: { topic: '学习条例第三章' } } })).toEqual({ ok: true, data: null })
    expect(draftCount(ctx)).toBe(1)
    ctx.close()

    const reopened = createContext({ dataDir: ctx.dataDir, today: ctx.today })
    const d2 = createDispatch(reopened)
    const got = (await d2('drafts.get', { key })) as { ok: true; data: { body: unknown; savedAt: string } }
    expect(got.data.body).toEqual({ values: { topic: '学习条例第三章' } })
    expect(got.data.savedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    expect(await d2('drafts.discard', { key })).toEqual({ ok: true, data: null })
    expect(await d2('drafts.get', { key })).toEqual({ ok: true, data: null })
    reopened.close()
  })

  it.each([
    ['编号里有路径或 SQL', { key: '../etc/passwd', body: {} }],
    ['编号太长', { key: `meeting:${'a'.repeat(60)}`, body: {} }],
    ['内容不是对象', { key: 'member:new:root', body: 'x' }],
    ['内容超过 256 KB', { key: 'member:new:root', body: { values: { content: '字'.repeat(300_000) } } }]
  ])('%s：拒绝，什么也不存', async (_name, input) => {
    const ctx = testContext()
    const r = (await createDispatch(ctx)('drafts.save', input)) as { ok: boolean; error?: { code: string } }
    expect(r.ok).toBe(false)
    expect(r.error?.code).toBe('INVALID')
    expect(draftCount(ctx)).toBe(0)
  })
})
