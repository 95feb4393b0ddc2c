// 记录表共同的写法：按字段清单插入、只更新未删除的行、移入回收站时写删除时间
import { describe, expect, it } from 'vitest'
import { tableWrites } from '../../../src/main/db/tableWrites'
import { ANALYSIS_FIELDS, type AnalysisRecord, analysisStore } from '../../../src/main/analysis/store'
import { saveOrg } from '../../../src/main/org/service'
import { orgInput } from '../../../src/shared/org/schemas'
import { testContext } from '../../helpers/context'

const raw = (ctx: ReturnType<typeof testContext>, id: string) =>
  ctx.db.prepare('SELECT topic, participants, deleted_at, updated_at FROM analysis_meetings WHERE id = ?').get(id) as Record<string, unknown>

describe('tableWrites', () => {
  it('插入、更新、移入回收站；已删除的行不再被更新', () => {
    const ctx = testContext()
    const orgId = saveOrg(ctx, orgInput.parse({ name: '测试党支部', orgType: 'branch', setupMode: 'single' })).id
    const writes = tableWrites<AnalysisRecord>('analysis_meetings', ANALYSIS_FIELDS)
    const rec: AnalysisRecord = {
      id: 'a0000000-0000-4000-8000-000000000001', orgId, date: '2026-11-20', kind: 'production', topic: '十月经营分析', participants: '张三',
      proposalsMade: 1, proposalsAdopted: 0, proposals: null, remark: null, createdAt: '2026-11-20T08:00:00', updatedAt: '2026-11-20T08:00:00'
    }
    writes.insert(ctx.db, rec)
    expect(analysisStore.get(ctx.db, rec.id)).toMatchObject({ topic: '十月经营分析', participants: '张三', orgName: '测试党支部' })
    writes.update(ctx.db, { ...rec, topic: '十月经营分析会', participants: '张三、李四', updatedAt: '2026-11-21T08:00:00' })
    expect(raw(ctx, rec.id)).toEqual({ topic: '十月经营分析会', participants: '张三、李四', deleted_at: null, updated_at: '2026-11-21T08:00:00' })
    writes.setDeleted(ctx.db, rec.id, '2026-11-22T08:00:00')
    expect(analysisStore.get(ctx.db, rec.id)).toBeNull()
    writes.update(ctx.db, { ...rec, topic: '删除后又改', updatedAt: '2026-11-23T08:00:00' })
    expect(raw(ctx, rec.id)).toEqual({ topic: '十月经营分析会', participants: '张三、李四', deleted_at: '2026-11-22T08:00:00', updated_at: '2026-11-22T08:00:00' })
  })
})
