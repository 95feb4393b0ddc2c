import { describe, expect, it } from 'vitest'
import { deleteOrg, listOrgs, saveOrg } from '../../../src/main/org/service'
import { changesFor } from '../../../src/main/changes/service'
import { listRecycle, restoreRecycled } from '../../../src/main/recycle/service'
import { orgInput } from '../../../src/shared/org/schemas'
import { testContext } from '../../helpers/context'
import { SCENARIO_DAY } from '../../helpers/clock'

const parse = (o: Record<string, unknown>) => orgInput.parse({ orgType: 'branch', setupMode: 'single', ...o })

describe('组织树', () => {
  it('新建、挂下级、换届到期按规则表计算、信用代码只警告', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    const park = saveOrg(ctx, parse({ name: '某园区综合党委', orgType: 'committee', setupMode: 'park', lastElectionDate: '2022-07-01' }))
    const child = saveOrg(ctx, parse({ name: '某公司党支部', parentId: park.id, creditCode: '91350100M000100Y44', lastElectionDate: '2024-02-29' }))
    expect(park.warnings).toEqual([])
    expect(child.warnings[0]).toContain('校验位')
    const orgs = listOrgs(ctx)
    expect(orgs.find((o) => o.id === park.id)?.electionDue).toBe('2027-07-01')
    const c = orgs.find((o) => o.id === child.id)!
    expect(c.electionDue).toBe('2027-02-28')
    expect(c.electionStatus).toBe('soon')
    expect(orgs.find((o) => o.id === park.id)?.electionStatus).toBe('ok')
    expect(c.parentId).toBe(park.id)
    expect(c.creditCodeWarning).toContain('校验位')
  })

  it('不能挂到自己的下级下面；未来日期被拒绝；失败时不写入', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    const a = saveOrg(ctx, parse({ name: 'A' }))
    const b = saveOrg(ctx, parse({ name: 'B', parentId: a.id }))
    expect(() => saveOrg(ctx, parse({ id: a.id, name: 'A', parentId: b.id }))).toThrow(/下级组织/)
    expect(() => saveOrg(ctx, parse({ name: 'C', establishedDate: '2026-11-26' }))).toThrow(/不能晚于今天/)
    expect(listOrgs(ctx).map((o) => o.name).sort()).toEqual(['A', 'B'])
    expect(listOrgs(ctx).find((o) => o.id === a.id)?.parentId).toBeNull()
  })

  it('有下级的组织不能删；删除进回收站，可恢复；变更都记入日志', () => {
    const ctx = testContext(undefined, SCENARIO_DAY)
    const a = saveOrg(ctx, parse({ name: 'A' }))
    const b = saveOrg(ctx, parse({ name: 'B', parentId: a.id }))
    expect(() => deleteOrg(ctx, a.id)).toThrow(/1 个下级组织/)
    deleteOrg(ctx, b.id)
    expect(listOrgs(ctx).map((o) => o.name)).toEqual(['A'])
    expect(listRecycle(ctx)).toMatchObject([{ entity: 'org', id: b.id, title: 'B' }])
    expect(() => saveOrg(ctx, parse({ id: b.id, name: 'B2', parentId: a.id }))).toThrow(/不存在/)
    restoreRecycled(ctx, { entity: 'org', id: b.id })
    saveOrg(ctx, parse({ id: b.id, name: 'B2', parentId: a.id }))
    expect(changesFor(ctx, { entity: 'org', id: b.id }).map((c) => c.action)).toEqual(['修改', '从回收站恢复', '删除到回收站', '新建'])
    expect(changesFor(ctx, { entity: 'org', id: b.id })[0].summary).toContain('名称')
  })
})
