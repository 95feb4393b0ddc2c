// 字段的中文名：校验错误与变更历史里用
import { meetingLabels } from './meetings/labels'
import { mentoringLabels } from './mentoring/labels'

const LABELS: Record<string, string> = {
  id: '编号', parentId: '上级组织', name: '名称', orgType: '党组织类型', setupMode: '组建方式', enterpriseName: '企业名称',
  creditCode: '统一社会信用代码', industry: '所属行业', park: '所在园区', employees: '职工人数', secretary: '书记',
  deputySecretary: '副书记', committeeMembers: '委员', establishedDate: '成立日期', lastElectionDate: '上次换届日期',
  termYears: '任期（年）', instructor: '党建指导员', redStation: '红色驿站', remark: '备注',
  orgId: '所在党组织', idNumber: '身份证号', gender: '性别', ethnicity: '民族', birthDate: '出生日期', nativePlace: '籍贯',
  education: '学历', degree: '学位', category: '人员类别', joinDate: '入党日期', fullDate: '转正日期', partyPost: '党内职务',
  jobCategory: '工作岗位', adminPost: '行政职务', workStartDate: '参加工作时间', status: '党员状态', phone: '联系电话',
  address: '现居住地', transferInDate: '组织关系转入日期', duesBaseCents: '党费基数', search: '搜索词', limit: '条数',
  offset: '起始位置', includeFullId: '含完整身份证号', field: '字段', entity: '记录类型', ageBand: '年龄段',
  educationGroup: '学历分组',
  source: '问题来源', sourceId: '来源记录', sourceLabel: '来源批次', indicatorCode: '指标编号', description: '问题描述',
  severity: '严重程度', measure: '整改措施', owner: '责任人', deadline: '整改时限', foundDate: '发现日期', to: '目标状态',
  completedDate: '完成日期', evidence: '佐证材料', reviewer: '复核人', reviewOpinion: '复核意见', reason: '原因', overdueOnly: '只看逾期',
  kind: '类别', fileName: '文件名',
  personId: '发展党员', step: '发展步骤', outcome: '结论', endDate: '结束日期', actor: '经办人', recommendWay: '推荐方式', contacts: '培养联系人',
  introducers: '入党介绍人', conclusion: '结论', hours: '学时', bookNo: '志愿书编号', vote: '表决票数', publicityStart: '公示开始日期',
  publicityEnd: '公示结束日期', months: '月数', jobPost: '工作岗位', year: '年度', planned: '计划数', ledger: '台账', days: '天数',
  overrides: '地方规则', enabled: '开关', value: '数值', expected: '应到会人数', present: '实到会人数', agree: '同意票', disagree: '不同意票',
  abstain: '弃权票', writtenAgree: '书面同意', writtenOther: '书面不同意或弃权', stage: '阶段', version: '版本',
  templateId: '体检模板', roundId: '体检批次', checkDate: '体检日期', checker: '体检人', companion: '企业陪同人', selfScore: '自评分', checkScore: '体检得分', requirements: '整改要求与时限', signer: '签字人', parkOrgId: '发起组织', startDate: '开始日期', orgIds: '参加体检的党组织', body: '模板内容', problems: '问题', bonus: '加分', vetoes: '否决项', items: '检查项', note: '说明', signedBy: '签字确认人', signedAt: '签字确认时间',
  memberId: '党员', fromMonth: '起始月份', toMonth: '结束月份', month: '所属月份', baseFen: '核定基数（分）', fixedFen: '固定金额（分）',
  reducedFen: '减免后金额（分）', reductionDoc: '减免批准文号', baseYuan: '核定基数', fixedYuan: '每月交纳金额', reducedYuan: '减免后每月交纳金额',
  dueFen: '应交（分）', paidFen: '实交（分）', paidYuan: '每月实交', paidDate: '交纳日期', method: '交纳方式', collector: '收款人',
  amountFen: '金额（分）', amountYuan: '金额', counterpart: '上缴给或返还单位', voucherNo: '凭证号',
  code: '编号', createdAt: '创建时间', updatedAt: '修改时间', closedDate: '销号日期', baseScore: '基础分', totalScore: '总分', stars: '星级',
  level: '等次', vetoed: '有否决项', selfScored: '已自评项数', unscored: '未评分项数', outcomeDate: '结论日期', outcomeReason: '结论说明',
  record: '记录', orgs: '组织数', members: '党员人数', warnings: '提醒'
}

export function fieldLabel(key: string): string {
  return LABELS[key] ?? meetingLabels[key] ?? mentoringLabels[key] ?? key
}
