import { describe, expect, it } from 'vitest'
import { idCheckChar } from '../../../src/shared/idcard'
import { type MemberDates, checkMemberRules } from '../../../src/shared/members/rules'

const TODAY = '2026-11-25'
const id = (body: string): string => body + idCheckChar(body)
const base: MemberDates = {
  idNumber: id('51110219900315001'), gender: '1', birthDate: '1990-03-15', category: 'full',
  joinDate: '2015-07-01', fullDate: '2016-07-01', workStartDate: '2012-07-01', transferInDate: null
}

describe('党员信息规则', () => {
  it('合规的记录没有错误', () => expect(checkMemberRules(base, TODAY)).toEqual({ errors: [], warnings: [], idNumber: base.idNumber }))

  it('出生日期与身份证不一致', () => {
    expect(checkMemberRules({ ...base, birthDate: '1990-03-16' }, TODAY).errors.join()).toContain('不一致')
  })
  it('性别与身份证不一致', () => {
    expect(checkMemberRules({ ...base, gender: '2' }, TODAY).errors.join()).toContain('第 17 位表示男')
  })
  it('入党时不满 18 岁：前一天拒绝，当天允许', () => {
    expect(checkMemberRules({ ...base, joinDate: '2008-03-14', fullDate: '2009-03-14', workStartDate: null }, TODAY).errors.join()).toContain('年满 18 周岁')
    expect(checkMemberRules({ ...base, joinDate: '2008-03-15', fullDate: '2009-03-15', workStartDate: null }, TODAY).errors).toEqual([])
  })
  it('转正早于入党被拒绝', () => {
    expect(checkMemberRules({ ...base, fullDate: '2015-06-30' }, TODAY).errors.join()).toContain('应晚于入党日期')
  })
  it('预备期不足一年只警告', () => {
    const r = checkMemberRules({ ...base, fullDate: '2016-06-30' }, TODAY)
    expect(r.errors).toEqual([])
    expect(r.warnings.join()).toContain('不足一年')
  })
  it('预备党员不能有转正日期', () => {
    expect(checkMemberRules({ ...base, category: 'probationary' }, TODAY).errors.join()).toContain('预备党员不应有转正日期')
  })
  it('未来日期被拒绝', () => {
    expect(checkMemberRules({ ...base, category: 'probationary', fullDate: null, joinDate: '2026-11-26' }, TODAY).errors.join()).toContain('晚于今天')
  })
  it('错误的身份证号', () => {
    expect(checkMemberRules({ ...base, idNumber: '511102199003150010' }, TODAY).errors.join()).toMatch(/^身份证号校验位不正确/)
  })
})
