import { describe, expect, it } from 'vitest'
import { type ProblemStatus, checkTransition, isOverdue, nextStatuses, problemStatuses } from '../../../src/shared/problems/flow'

const TODAY = '2026-11-25'
const full = { completedDate: '2026-11-20', evidence: '会议记录', reviewer: '陈立新', reviewOpinion: '已整改到位', reason: '回头看发现反弹' }

describe('整改状态流转', () => {
  it('每一对状态：只有登记过的下一步被允许，其余一律拒绝（不能跳步）', () => {
    for (const from of problemStatuses)
      for (const to of problemStatuses) {
        const errors = checkTransition(from, to, full, TODAY)
        expect(errors.length === 0, `${from} → ${to}`).toBe(nextStatuses[from].includes(to))
      }
  })

  it.each<[ProblemStatus, ProblemStatus]>([['pending', 'closed'], ['pending', 'awaiting_review'], ['in_progress', 'closed']])('%s → %s 被拒绝并说明可去的状态', (from, to) => {
    expect(checkTransition(from, to, full, TODAY)[0]).toMatch(/不能从「.+」直接改为「.+」，可改为/)
  })

  it('提交复核要完成日期和佐证，完成日期不能在未来', () => {
    expect(checkTransition('in_progress', 'awaiting_review', {}, TODAY)).toEqual(['提交复核前请填写整改完成日期', '提交复核前请说明佐证材料或上传佐证附件'])
    expect(checkTransition('in_progress', 'awaiting_review', { ...full, completedDate: '2026-11-26' }, TODAY)).toEqual(['整改完成日期不能晚于今天'])
  })

  it.each<[string, { evidence?: string | null; files?: number }, boolean]>([
    ['只写说明', { evidence: '补开支委会 3 次' }, true],
    ['只传附件', { evidence: null, files: 2 }, true],
    ['说明与附件都有', { evidence: '会议记录', files: 1 }, true],
    ['说明只有空格、没有附件', { evidence: '   ', files: 0 }, false],
    ['都没有', {}, false]
  ])('提交复核的佐证：%s', (_, evidence, ok) => {
    const errors = checkTransition('in_progress', 'awaiting_review', { completedDate: '2026-11-20', ...evidence }, TODAY)
    expect(errors).toEqual(ok ? [] : ['提交复核前请说明佐证材料或上传佐证附件'])
  })

  it('销号要复核人与复核意见；退回整改要意见；重新打开要原因', () => {
    expect(checkTransition('awaiting_review', 'closed', {}, TODAY)).toEqual(['销号前请填写复核人', '销号前请填写复核意见'])
    expect(checkTransition('awaiting_review', 'in_progress', {}, TODAY)).toEqual(['退回整改时请填写复核意见'])
    expect(checkTransition('closed', 'in_progress', {}, TODAY)).toEqual(['重新打开已销号的问题，请写明原因'])
  })

  it('逾期：过了时限且未销号、非长期坚持；时限当天不算逾期', () => {
    expect(isOverdue({ status: 'in_progress', deadline: '2026-11-24' }, TODAY)).toBe(true)
    expect(isOverdue({ status: 'in_progress', deadline: '2026-11-25' }, TODAY)).toBe(false)
    expect(isOverdue({ status: 'closed', deadline: '2026-01-01' }, TODAY)).toBe(false)
    expect(isOverdue({ status: 'ongoing', deadline: '2026-01-01' }, TODAY)).toBe(false)
    expect(isOverdue({ status: 'pending', deadline: null }, TODAY)).toBe(false)
  })
})
