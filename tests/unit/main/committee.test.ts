// 支委只有一处来源：组织里填的书记、副书记、委员就是支委会的应到名单，花名册上的党内职务跟着改；
// 正式党员不足的支部记支委会：照样保存，并说明规定
import { describe, expect, it } from 'vitest'
import { expectedRoster } from '../../../src/main/meetings/roster'
import { saveMeeting } from '../../../src/main/meetings/service'
import { getMember, saveMember } from '../../../src/main/members/service'
import { saveOrg } from '../../../src/main/org/service'
import { addDays } from '../../../src/shared/dates'
import { idCheckChar } from '../../../src/shared/idcard'
import { meetingInput } from '../../../src/shared/meetings/schemas'
import { memberInput } from '../../../src/shared/members/schemas'
import { orgInput } from '../../../src/shared/org/schemas'
import { TODAY, testContext } from '../../helpers/context'

const NAMES = ['龚明辉', '罗梓涵', '唐雪梅', '周建军', '何丽娟', '陈志强', '杨秀英', '刘海涛']
const GENDERS = ['1', '1', '2', '1', '2', '1', '2', '1']

function branch(size: number) {
  const ctx = testContext()
  const org = { name: '测试公司党支部', orgType: 'branch', setupMode: 'single' }
  const orgId = saveOrg(ctx, orgInput.parse(org)).id
  const ids = NAMES.slice(0, size).map((name, i) => {
    const body = `51110219850${i + 1}1500${GENDERS[i] === '1' ? 1 : 2}`
    return saveMember(ctx, memberInput.parse({ orgId, name, idNumber: body + idCheckChar(body), gender: GENDERS[i], ethnicity: '01', birthDate: `1985-0${i + 1}-15`, category: 'full', joinDate: '2015-07-01', fullDate: '2016-07-01', status: 'normal', partyPost: '99' })).id
  })
  return { ctx, orgId, ids, org }
}
const posts = (ctx: ReturnType<typeof testContext>, ids: string[]) => ids.map((id) => getMember(ctx, id).partyPost)

describe('支委只有一处来源', () => {
  it('组织里填支委：花名册上同名的人改成书记、副书记、委员；支委会应到就是他们；不在花名册上的名字给提醒', () => {
    const { ctx, orgId, ids, org } = branch(8)
    const r = saveOrg(ctx, orgInput.parse({ ...org, id: orgId, secretary: '龚明辉', deputySecretary: '罗梓涵', committeeMembers: ['唐雪梅', '王不在'] }))
    expect(r.warnings).toEqual(['支委「王不在」不在本组织的花名册上：先把他加进花名册，支委会的应到名单里才有他'])
    expect(posts(ctx, ids)).toEqual(['01', '02', '09', '99', '99', '99', '99', '99'])
    expect(expectedRoster(ctx, orgId, TODAY, 'committee').map((e) => e.name).sort()).toEqual(['唐雪梅', '罗梓涵', '龚明辉'].sort())

    // 换届：唐雪梅不再是委员，周建军接任
    saveOrg(ctx, orgInput.parse({ ...org, id: orgId, secretary: '龚明辉', deputySecretary: '罗梓涵', committeeMembers: ['周建军'] }))
    expect(posts(ctx, ids)).toEqual(['01', '02', '99', '09', '99', '99', '99', '99'])
    expect(expectedRoster(ctx, orgId, TODAY, 'committee').map((e) => e.name).sort()).toEqual(['周建军', '罗梓涵', '龚明辉'].sort())
  })

  it('组织里一个支委都没填：花名册上的党内职务不动，支委会应到按党内职务', () => {
    const { ctx, orgId, ids } = branch(8)
    ctx.db.prepare("UPDATE members SET party_post = '01' WHERE id = ?").run(ids[4]) // 老数据：书记只记在党内职务上
    saveOrg(ctx, orgInput.parse({ id: orgId, name: '测试公司党支部', orgType: 'branch', setupMode: 'single', industry: '制造业' }))
    expect(posts(ctx, ids)[4]).toBe('01')
    expect(expectedRoster(ctx, orgId, TODAY, 'committee').map((e) => e.name)).toEqual(['何丽娟'])
  })

  it('正式党员不足 7 人的支部记支委会：照样保存，提醒里说明规定', () => {
    const { ctx, orgId, org } = branch(4)
    saveOrg(ctx, orgInput.parse({ ...org, id: orgId, secretary: '龚明辉', committeeMembers: ['罗梓涵'] }))
    const date = addDays(TODAY, -3)
    const roster = expectedRoster(ctx, orgId, date, 'committee')
    const r = saveMeeting(ctx, meetingInput.parse({ orgId, type: 'committee', date, topic: '研究发展党员工作', present: roster.map((e) => e.id), absent: [] }))
    expect(r.id).toBeTruthy()
    expect(r.warnings.join()).toContain('有正式党员 4 人，不足 7 人')
    const big = branch(8)
    saveOrg(big.ctx, orgInput.parse({ ...big.org, id: big.orgId, secretary: '龚明辉' }))
    const r2 = saveMeeting(big.ctx, meetingInput.parse({ orgId: big.orgId, type: 'committee', date, topic: '研究发展党员工作', present: expectedRoster(big.ctx, big.orgId, date, 'committee').map((e) => e.id), absent: [] }))
    expect(r2.warnings.join()).not.toContain('不足')
  })
})
