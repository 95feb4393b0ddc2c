// 导入表头：常见写法 → 字段（模板用第一个写法）
export const IMPORT_COLUMNS = [
  { field: 'orgName', headers: ['所在党组织', '所在党支部', '党支部', '党组织'], required: false, note: '与「组织」里的名称一致；不填则导入到选定的组织' },
  { field: 'name', headers: ['姓名'], required: true, note: '' },
  { field: 'idNumber', headers: ['身份证号', '身份证号码', '公民身份号码', '身份证'], required: true, note: '18 位；出生日期和性别可由它带出' },
  { field: 'gender', headers: ['性别'], required: false, note: '男 / 女，可不填' },
  { field: 'ethnicity', headers: ['民族'], required: false, note: '如 汉族、彝族；不填按汉族' },
  { field: 'birthDate', headers: ['出生日期', '出生年月'], required: false, note: '可不填' },
  { field: 'nativePlace', headers: ['籍贯'], required: false, note: '' },
  { field: 'education', headers: ['学历', '最高学历'], required: false, note: '如 大学本科毕业、大学专科毕业' },
  { field: 'degree', headers: ['学位'], required: false, note: '' },
  { field: 'category', headers: ['人员类别', '正式/预备', '预/正', '政治面貌'], required: false, note: '正式党员 / 预备党员' },
  { field: 'joinDate', headers: ['入党日期', '入党时间'], required: true, note: '支部大会通过接收为预备党员的日期' },
  { field: 'fullDate', headers: ['转正日期', '转正时间'], required: false, note: '' },
  { field: 'partyPost', headers: ['党内职务'], required: false, note: '' },
  { field: 'jobCategory', headers: ['工作岗位'], required: false, note: '' },
  { field: 'adminPost', headers: ['行政职务'], required: false, note: '' },
  { field: 'workStartDate', headers: ['参加工作时间', '参加工作日期'], required: false, note: '' },
  { field: 'status', headers: ['党员状态'], required: false, note: '正常 / 流动 / 失联 …，不填按正常' },
  { field: 'phone', headers: ['联系电话', '手机号码', '手机号', '电话'], required: false, note: '' },
  { field: 'address', headers: ['现居住地', '家庭住址', '住址'], required: false, note: '' },
  { field: 'transferInDate', headers: ['组织关系转入日期'], required: false, note: '' },
  { field: 'duesBase', headers: ['党费基数（元）', '党费基数'], required: false, note: '元' },
  { field: 'remark', headers: ['备注'], required: false, note: '' }
] as const

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field']

const normalize = (h: string): string => h.replace(/[\s*＊]/g, '').replace(/\(/g, '（').replace(/\)/g, '）')

export function fieldForHeader(header: string): ImportField | null {
  const h = normalize(header)
  return IMPORT_COLUMNS.find((c) => (c.headers as readonly string[]).some((x) => normalize(x) === h))?.field ?? null
}
