// 生成示例数据 seeds/demo/demo.json：一个园区综合党委、六家企业、约 120 名党员。人名、企业名、号码全部虚构。
// 用法：npx tsx scripts/make-demo-data.ts（结果固定，可重复生成）
import fs from 'node:fs'
import path from 'node:path'
import { creditCheckChar } from '../src/shared/creditCode'
import { addYears } from '../src/shared/dates'
import { idCheckChar } from '../src/shared/idcard'

let seed = 20261125
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1))
let uuidN = 0
const uuid = (): string => {
  uuidN++
  const hex = uuidN.toString(16).padStart(12, '0')
  return `d3e0a000-0000-4000-8000-${hex}`
}
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const dateBetween = (from: number, to: number): string => iso(int(from, to), int(1, 12), int(1, 28))

const CREDIT = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const creditCode = (): string => {
  let body = '91511100'
  for (let i = 0; i < 9; i++) body += CREDIT[int(0, 30)]
  return body + creditCheckChar(body)
}

type Org = Record<string, unknown> & { id: string; name: string }
const orgs: Org[] = []
const org = (o: Record<string, unknown> & { name: string }): Org => {
  const rec: Org = { id: uuid(), committeeMembers: [], ...o } as Org
  orgs.push(rec)
  return rec
}

const park = org({ parentId: null, name: '嘉州高新区企业综合党委', orgType: 'committee', setupMode: 'park', park: '嘉州高新区', establishedDate: '2019-06-28', lastElectionDate: '2022-07-01', secretary: '周明远', redStation: '嘉州高新区党群服务中心红色驿站' })
const youth = org({ parentId: park.id, name: '嘉州高新区园区青年党支部', orgType: 'branch', setupMode: 'park', park: '嘉州高新区', establishedDate: '2024-03-15', lastElectionDate: '2024-03-15', secretary: '罗晓慧', instructor: '陈立新' })
const enterprises: [string, string, string, number][] = [
  ['嘉州新材料股份有限公司', '电线电缆制造', 'committee', 860],
  ['岷江硅业有限公司', '多晶硅制造', 'committee', 540],
  ['峨眉智能装备有限公司', '专用设备制造', 'branch', 210],
  ['三江环保科技有限公司', '环保工程', 'branch', 130],
  ['大渡河食品有限公司', '食品加工', 'branch', 95]
]
const instructors = ['陈立新', '王海燕', '李建国', '张文静', '刘志强']
const branches: Org[] = []
enterprises.forEach(([name, industry, type, employees], i) => {
  const short = name.replace(/(股份)?有限公司$/, '')
  const top = org({
    parentId: park.id, name: `${short}${type === 'committee' ? '党委' : '党支部'}`, orgType: type, setupMode: 'single',
    enterpriseName: name, creditCode: creditCode(), industry, park: '嘉州高新区', employees,
    establishedDate: dateBetween(2012, 2019), lastElectionDate: dateBetween(2021, 2024), instructor: instructors[i]
  })
  if (type === 'committee') {
    for (const b of ['生产第一党支部', '机关党支部']) branches.push(org({ parentId: top.id, name: `${short}${b}`, orgType: 'branch', setupMode: 'single', enterpriseName: name, industry, park: '嘉州高新区', lastElectionDate: dateBetween(2022, 2025), instructor: instructors[i] }))
  } else branches.push(top)
})
const joint = org({ parentId: park.id, name: '凌云物流、青衣江包装联合党支部', orgType: 'joint_branch', setupMode: 'joint', enterpriseName: '凌云物流有限公司；青衣江包装有限公司', industry: '物流、包装', park: '嘉州高新区', employees: 120, establishedDate: '2021-05-20', lastElectionDate: '2023-05-18', instructor: '刘志强' })
branches.push(joint, youth)

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = ['建华', '丽娟', '志勇', '海燕', '晓东', '春梅', '国强', '雪梅', '文博', '佳怡', '子轩', '欣怡', '俊杰', '梓涵', '浩然', '诗琪', '明辉', '秀英', '德明', '玉兰', '伟', '芳', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '超', '霞', '平', '刚', '琳', '鹏', '婷', '宇航', '思远', '雨桐', '一鸣', '嘉怡', '天佑', '紫薇', '振宇', '晨曦', '若兰']
const AREAS = ['511102', '511111', '511112', '511113', '511123', '511124', '511126', '511129', '511181']
const NATIVE = ['四川乐山', '四川犍为', '四川井研', '四川夹江', '四川峨眉山', '四川沐川', '四川眉山', '四川宜宾', '重庆']
const ADDR = ['乐山市市中区嘉州大道', '乐山市五通桥区竹根镇', '乐山市沙湾区沫若大道', '峨眉山市名山路', '乐山市市中区柏杨路', '夹江县漹城镇']
const EDU = ['21', '21', '31', '31', '31', '14', '41', '47', '61', '71']
const JOBS = ['1', '1', '1', '3', '3', '4', '4', '7']
const ADMIN = [null, null, null, '车间主任', '班组长', '技术员', '工程师', '部门经理', '副总经理', '质检员']
const ETH = ['01', '01', '01', '01', '01', '01', '01', '07', '07', '03', '04', '15']

const used = new Set<string>()
const members: Record<string, unknown>[] = []
const perBranch = [16, 12, 14, 11, 18, 15, 13, 14, 10]
branches.forEach((b, bi) => {
  const count = perBranch[bi % perBranch.length]
  for (let k = 0; k < count; k++) {
    let name = ''
    do name = pick(SURNAMES.split('')) + pick(GIVEN)
    while (used.has(name))
    used.add(name)
    const gender = rand() < 0.62 ? '1' : '2'
    const birth = b === youth ? dateBetween(1996, 2003) : dateBetween(1966, 2001)
    const seq = String(int(10, 99)) + String(gender === '1' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]))
    const body = pick(AREAS) + birth.replace(/-/g, '') + seq
    const idNumber = body + idCheckChar(body)
    const birthYear = Number(birth.slice(0, 4))
    const probationary = k > 0 && (b === youth ? rand() < 0.6 : rand() < 0.1)
    const joinDate = probationary ? iso(2026, int(1, 10), int(1, 28)) : dateBetween(Math.max(birthYear + 20, 1990), 2024)
    const fullDate = probationary ? null : addYears(joinDate, 1)
    const post = k === 0 ? '01' : k === 1 && count > 9 ? '03' : k === 2 && count > 9 ? '04' : k === 3 && count > 12 ? '10' : '99'
    members.push({
      id: uuid(), orgId: b.id, name, idNumber, gender, ethnicity: pick(ETH), birthDate: birth, nativePlace: pick(NATIVE),
      education: pick(EDU), degree: null, category: probationary ? 'probationary' : 'full', joinDate, fullDate,
      partyPost: post, jobCategory: pick(JOBS), adminPost: pick(ADMIN), workStartDate: addYears(birth, int(18, 23)),
      status: rand() < 0.06 ? 'flowing' : 'normal', phone: `1${pick(['38', '39', '58', '80', '87'])}${String(int(0, 99999999)).padStart(8, '0')}`,
      address: pick(ADDR) + `${int(1, 300)}号`, transferInDate: null, duesBaseCents: int(3000, 12000) * 100, remark: null
    })
    if (post === '01') b.secretary = name
  }
})
for (const o of orgs) if (!o.secretary) o.secretary = members.find((m) => m.orgId === o.id || orgs.find((c) => c.id === m.orgId)?.parentId === o.id)?.name ?? null

const out = path.join(import.meta.dirname, '..', 'seeds', 'demo', 'demo.json')
fs.writeFileSync(out, JSON.stringify({ note: '示例数据：人名、企业名、证件号、电话均为虚构', version: 1, orgs, members }, null, 1) + '\n')
console.log(`orgs ${orgs.length} members ${members.length} → ${out}`)
