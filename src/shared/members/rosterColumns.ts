// 花名册的「打印列」：可选的列和默认打印的列（默认这些列在 A4 横向一页宽内印出来不小于 9 磅）
export const rosterColumnNames = [
  '序号', '姓名', '性别', '民族', '出生日期', '年龄', '身份证号', '籍贯', '学历', '学位', '人员类别', '入党日期', '转正日期', '党龄',
  '所在党支部', '党内职务', '工作岗位', '行政职务', '参加工作时间', '是否流动党员', '党员状态', '联系电话', '现居住地',
  '组织关系转入日期', '党费基数（元）', '备注'
] as const

export type RosterColumnName = (typeof rosterColumnNames)[number]

/** Always printed: they say whose row it is. */
export const rosterFixedColumns: RosterColumnName[] = ['序号', '姓名']

export const rosterDefaultColumns: RosterColumnName[] = [
  '序号', '姓名', '性别', '民族', '出生日期', '身份证号', '学历', '人员类别', '入党日期', '转正日期', '所在党支部', '党内职务', '党员状态', '联系电话', '备注'
]
