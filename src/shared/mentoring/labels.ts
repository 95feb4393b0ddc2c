// 师带徒、志愿服务字段的中文名（校验错误与变更历史里用）
export const mentoringLabels: Record<string, string> = {
  mentorId: '师傅', mentorName: '师傅姓名', apprenticeName: '徒弟姓名', apprenticeJob: '徒弟岗位', apprenticePhone: '徒弟联系电话',
  devPersonId: '关联的发展党员记录', plannedEndDate: '计划出师日期', skillGoal: '技能目标', thoughtGoal: '思想目标', otherGoal: '其他目标',
  certificate: '取得证书或等级', certificateDate: '取证日期', proposalCount: '技术提案数', savingsYuan: '节约创效（元）', savingsFen: '节约创效（分）',
  appliedDate: '递交入党申请书日期', pairStatus: '结对状态',
  teamType: '队伍类型', teamName: '队伍名称', activityDate: '活动日期', serviceContent: '服务内容', headcount: '参加人数', memberIds: '参加的党员', memberNames: '参加党员姓名',
  hoursPerPerson: '人均时长（小时）', served: '服务群众人数'
}
