// 组织生活、走访、议题前置、经营分析会字段的中文名（校验错误与变更历史里用）
export const meetingLabels: Record<string, string> = {
  type: '会议类型', topic: '主题', date: '日期', place: '地点', host: '主持人', recorder: '记录人', lecturer: '授课人', hours: '学时',
  content: '学习内容与议程', discussion: '讨论情况', decisions: '决议事项', guests: '列席人员', present: '到会名单', absent: '缺席名单',
  memberId: '党员', grades: '评议等次', grade: '等次', lifeSteps: '会前步骤', rectifications: '整改清单', year: '年度', ledger: '台账',
  instructor: '指导员', mode: '走访方式', findings: '了解情况', problems: '发现问题', guidance: '指导事项', needs: '企业需求',
  nextPlan: '下次计划', contact: '企业确认人', month: '月份', body: '决策机构', submittedDate: '提交日期', opinion: '党组织意见',
  outcome: '决策结果', decisionDate: '决策日期', participants: '参会党员', proposalsMade: '提出建议数', proposalsAdopted: '采纳建议数',
  proposals: '建议内容'
}
