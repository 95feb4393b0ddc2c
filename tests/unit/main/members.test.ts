import { describe, expect, it } from 'vitest'
import { changesFor } from '../../../src/main/changes/service'
import type { AppContext } from '../../../src/main/context'
import { deleteMember, getMember, listMembers, revealMember, saveMember } from '../../../src/main/members/service'
import { saveOrg } from '../../../src/main/org/service'
import { listRecycle, purgeRecycled, restoreRecycled } from '../../../src/main/recycle/service'
import { loadDemo } from '../../../src/main/seeds/demo'
import { idCheckChar } from '../../../src/shared/idcard'
import { memberInput } from '../../../src/shared/members/schemas'
import { orgInput } from '../../../src/shared/org/schemas'
import { TODAY, testContext } from '../../helpers/context'
import { addDays, addYears, fullYearsBetween } from '../../../src/shared/dates'

const id = (body: string): string => body + idCheckChar(body)

function setup(): { ctx: AppContext; orgId: string; sub: string } {
  const ctx = testContext()
  const orgId = saveOrg(ctx, orgInput.parse({ name: '测试党委', orgType: 'committee', setupMode: 'single' })).id
  const sub = saveOrg(ctx, orgInput.parse({ name: '测试一支部', orgType: 'branch', setupMode: 'single', parentId: orgId })).id
  return { ctx, orgId, sub }
}

const member = (orgId: string, o: Record<string, unknown> = {}) =>
  memberInput.parse({
    orgId, name: '张三', idNumber: id('51110219900315001'), gender: '1', ethnicity: '01', birthDate: '1990-03-15',
    category: 'full', joinDate: '2015-07-01', fullDate: '2016-07-01', status: 'normal', phone: '13812345678', education: '21', ...o
  })

describe('党员花名册', () => {
  it('保存后按姓名、拼音首字母、全拼、身份证尾号、电话都能找到，列表里已脱敏', () => {
    const { ctx, sub } = setup()
    saveMember(ctx, member(sub))
    saveMember(ctx, member(sub, { name: '单晓红', idNumber: id('51110219950101002'), gender: '2', birthDate: '1995-01-01', phone: '13900001111' }))
    const find = (search: string) => listMembers(ctx, { search }).rows.map((r) => r.name)
    expect(find('张')).toEqual(['张三'])
    expect(find('zs')).toEqual(['张三'])
    expect(find('ZS')).toEqual(['张三'])
    expect(find('zhangsan')).toEqual(['张三'])
    expect(find('sxh')).toEqual(['单晓红'])
    expect(find(id('51110219900315001').slice(-4))).toEqual(['张三'])
    expect(find('0000111')).toEqual(['单晓红'])
    expect(find('%')).toEqual([])
    const row = listMembers(ctx, {}).rows.find((r) => r.name === '张三')!
    expect(row.idMasked).toBe('5111**********' + id('51110219900315001').slice(-4))
    expect(row.phoneMasked).toBe('138****5678')
    expect(row.age).toBe(fullYearsBetween('1990-03-15', TODAY))
    expect(JSON.stringify(listMembers(ctx, {}))).not.toContain('13812345678')
  })

  it('读取党员时身份证号与电话是脱敏的；原样保存不改号码，换成新号码才改', () => {
    const { ctx, sub } = setup()
    const { id: mid } = saveMember(ctx, member(sub))
    const got = getMember(ctx, mid)
    expect(got.idNumber).toBe('5111**********' + id('51110219900315001').slice(-4))
    expect(got.phone).toBe('138****5678')
    const { orgName: _o, createdAt: _c, updatedAt: _u, ...form } = got
    saveMember(ctx, memberInput.parse({ ...form, name: '张三丰' }))
    expect(revealMember(ctx, mid, 'idNumber')).toBe(id('51110219900315001'))
    expect(revealMember(ctx, mid, 'phone')).toBe('13812345678')
    saveMember(ctx, memberInput.parse({ ...form, phone: '13900000000' }))
    expect(revealMember(ctx, mid, 'phone')).toBe('13900000000')
    expect(() => saveMember(ctx, memberInput.parse({ ...form, phone: '139****0001' }))).toThrow(/联系电话不完整/)
    expect(() => saveMember(ctx, memberInput.parse({ ...member(sub), idNumber: '5111**********0012', name: '新人' }))).toThrow(/身份证号/)
  })

  it('错误身份证号：中文说明，什么都不写入', () => {
    const { ctx, sub } = setup()
    expect(() => saveMember(ctx, member(sub, { idNumber: '511102199003150010' }))).toThrow(/身份证号校验位不正确/)
    expect(listMembers(ctx, {}).total).toBe(0)
    expect(ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE entity='member'").get()).toEqual({ n: 0 })
  })

  it('同一身份证号不能登记两次', () => {
    const { ctx, sub } = setup()
    saveMember(ctx, member(sub))
    expect(() => saveMember(ctx, member(sub, { name: '李四' }))).toThrow(/已登记：张三/)
  })

  it('按组织（含下级）、类别、学历分组、年龄段筛选', () => {
    const { ctx, orgId, sub } = setup()
    saveMember(ctx, member(sub))
    saveMember(ctx, member(orgId, { name: '王五', idNumber: id('51110219700101003'), birthDate: '1970-01-01', education: '71' }))
    expect(listMembers(ctx, { orgId }).total).toBe(2)
    expect(listMembers(ctx, { orgId: sub }).total).toBe(1)
    expect(listMembers(ctx, { educationGroup: '大学本科' }).rows.map((r) => r.name)).toEqual(['张三'])
    expect(listMembers(ctx, { ageBand: '36to45' }).rows.map((r) => r.name)).toEqual(['张三'])
    expect(listMembers(ctx, { ageBand: 'ge56' }).rows.map((r) => r.name)).toEqual(['王五'])
    expect(listMembers(ctx, { ageBand: 'le35' }).total).toBe(0)
  })

  it('年龄段边界：今天满 36 岁的人不在「35岁及以下」', () => {
    const { ctx, sub } = setup()
    const turns36 = addYears(TODAY, -36)
    const turns36Tomorrow = addDays(turns36, 1)
    const digits = (d: string) => d.replaceAll('-', '')
    saveMember(ctx, member(sub, { idNumber: id(`511102${digits(turns36)}001`), birthDate: turns36 }))
    saveMember(ctx, member(sub, { name: '李四', idNumber: id(`511102${digits(turns36Tomorrow)}003`), birthDate: turns36Tomorrow }))
    expect(listMembers(ctx, { ageBand: 'le35' }).rows.map((r) => r.name)).toEqual(['李四'])
    expect(listMembers(ctx, { ageBand: '36to45' }).rows.map((r) => r.name)).toEqual(['张三'])
  })

  it('删除进回收站，可恢复、可彻底删除；查看完整身份证号记入日志', () => {
    const { ctx, sub } = setup()
    const { id: mid } = saveMember(ctx, member(sub))
    expect(revealMember(ctx, mid, 'idNumber')).toBe(id('51110219900315001'))
    deleteMember(ctx, mid)
    expect(listMembers(ctx, {}).total).toBe(0)
    expect(() => getMember(ctx, mid)).toThrow(/不存在/)
    expect(listRecycle(ctx)).toMatchObject([{ entity: 'member', id: mid, title: '张三' }])
    restoreRecycled(ctx, { entity: 'member', id: mid })
    expect(getMember(ctx, mid).name).toBe('张三')
    expect(changesFor(ctx, { entity: 'member', id: mid }).map((c) => c.action)).toEqual(['从回收站恢复', '删除到回收站', '查看完整信息', '新建'])
    deleteMember(ctx, mid)
    purgeRecycled(ctx, { entity: 'member', id: mid })
    expect(listRecycle(ctx)).toEqual([])
  })

  it('恢复时若已有同身份证号的党员，拒绝并说明', () => {
    const { ctx, sub } = setup()
    const { id: mid } = saveMember(ctx, member(sub))
    deleteMember(ctx, mid)
    saveMember(ctx, member(sub, { name: '张三（重录）' }))
    expect(() => restoreRecycled(ctx, { entity: 'member', id: mid })).toThrow(/已在花名册中/)
  })

  it('示例数据：约 120 名党员，每条都合规，重复载入不重复', () => {
    const ctx = testContext()
    const first = loadDemo(ctx)
    expect(first.orgs).toBeGreaterThanOrEqual(8)
    expect(first.members).toBeGreaterThanOrEqual(110)
    expect(loadDemo(ctx)).toEqual({ orgs: 0, members: 0 })
    expect(listMembers(ctx, { limit: 1000 }).total).toBe(first.members)
    // every demo member passes the same rules as a typed-in one: re-saving changes nothing
    for (const r of listMembers(ctx, { limit: 1000 }).rows) {
      const { orgName: _o, createdAt: _c, updatedAt: _u, ...m } = getMember(ctx, r.id)
      expect(saveMember(ctx, memberInput.parse(m)).id).toBe(r.id)
    }
  })
})
