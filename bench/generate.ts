// 性能测试数据：在一个数据目录里生成 n 名党员（几十个组织），人名、证件号、电话全部虚构；证件号校验位正确。
// 用法：import { generateDataset } from './generate'，或 npx tsx bench/generate.ts <目录> [人数]
import { openDatabase } from '../src/main/db/open'
import { nowStamp } from '../src/main/db/time'
import { namePinyin } from '../src/main/members/pinyin'
import { type MemberRecord, memberStore } from '../src/main/members/store'
import { type OrgRecord, orgStore } from '../src/main/org/store'
import { addYears } from '../src/shared/dates'
import { idCheckChar } from '../src/shared/idcard'

export type Dataset = { dataDir: string; orgIds: string[]; rootId: string; members: number; ms: number }

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单'.split('')
const GIVEN = [
  '建华', '丽娟', '志勇', '海燕', '晓东', '春梅', '国强', '雪梅', '文博', '佳怡', '子轩', '欣怡', '俊杰', '梓涵', '浩然', '诗琪',
  '明辉', '秀英', '德明', '玉兰', '伟', '芳', '敏', '静', '磊', '洋', '勇', '艳', '杰', '娟', '涛', '超', '霞', '平', '刚', '琳',
  '鹏', '婷', '宇航', '思远', '雨桐', '一鸣', '嘉怡', '天佑', '紫薇', '振宇', '晨曦', '若兰', '红梅', '建军', '永强', '丽华', '志明',
  '小龙', '文静', '海波', '桂英', '金凤', '立新', '学军', '长江', '春燕', '晓峰', '国华', '丹', '颖', '斌', '军', '辉', '琴'
]
const AREAS = ['511102', '511111', '511112', '511113', '511123', '511124', '511126', '511129', '511181', '510104', '510107', '511502']
const NATIVE = ['四川乐山', '四川犍为', '四川井研', '四川夹江', '四川峨眉山', '四川沐川', '四川眉山', '四川宜宾', '重庆', '四川成都']
const ADDR = ['乐山市市中区嘉州大道', '乐山市五通桥区竹根镇', '乐山市沙湾区沫若大道', '峨眉山市名山路', '乐山市市中区柏杨路', '夹江县漹城镇']
const EDU = ['11', '14', '21', '21', '31', '31', '31', '41', '47', '61', '71']
const JOBS = ['1', '1', '1', '3', '3', '4', '4', '7']
const ADMIN = [null, null, null, '车间主任', '班组长', '技术员', '工程师', '部门经理', '副总经理', '质检员']
const ETH = ['01', '01', '01', '01', '01', '01', '01', '07', '07', '03', '04', '15']
const POSTS = ['99', '99', '99', '99', '99', '99', '99', '99', '01', '03', '04', '10']
const INDUSTRY = ['电线电缆制造', '多晶硅制造', '专用设备制造', '环保工程', '食品加工', '物流', '包装', '软件开发', '建筑安装', '医药制造']
const WORDS = ['嘉州', '岷江', '峨眉', '三江', '大渡河', '凌云', '青衣江', '沫若', '乌尤', '凤洲', '绿心', '九峰', '马边', '金口河', '沙湾', '龙泓']

/** Deterministic generator (same n → same data). */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
const uuid = (kind: number, n: number): string => `be0c${String(kind).padStart(4, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

/** Creates (or reuses) the data folder `dir`, migrates it and inserts `n` members spread over a few dozen organisations. */
export function generateDataset(dir: string, n: number, seed = 20261125): Dataset {
  const started = performance.now()
  const rand = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1))
  const { db } = openDatabase(dir)
  const stamp = nowStamp()
  const orgIds: string[] = []
  const branchIds: string[] = []
  const pinyinCache = new Map<string, { initials: string; full: string }>()
  const usedIds = new Set<string>()
  try {
    db.transaction(() => {
      const org = (o: Partial<OrgRecord> & Pick<OrgRecord, 'name' | 'orgType' | 'setupMode'>): string => {
        const id = uuid(1, orgIds.length + 1)
        orgStore.insert(db, {
          id, parentId: null, enterpriseName: null, creditCode: null, industry: null, park: '嘉州高新区', employees: null,
          secretary: null, deputySecretary: null, committeeMembers: [], establishedDate: null, lastElectionDate: null,
          termYears: null, instructor: null, redStation: null, remark: null, createdAt: stamp, updatedAt: stamp, ...o
        })
        orgIds.push(id)
        return id
      }
      const root = org({ name: '嘉州高新区企业综合党委（性能测试）', orgType: 'committee', setupMode: 'park', establishedDate: '2019-06-28', lastElectionDate: '2022-07-01' })
      // 8 enterprise committees with 3 branches each, plus 16 single-enterprise branches: 41 organisations
      for (let i = 0; i < 8; i++) {
        const short = `${WORDS[i]}${pick(INDUSTRY).slice(0, 2)}`
        const top = org({ parentId: root, name: `${short}有限公司党委`, orgType: 'committee', setupMode: 'single', enterpriseName: `${short}有限公司`, industry: pick(INDUSTRY), employees: int(300, 3000) })
        for (const b of ['生产第一党支部', '生产第二党支部', '机关党支部']) branchIds.push(org({ parentId: top, name: `${short}${b}`, orgType: 'branch', setupMode: 'single', enterpriseName: `${short}有限公司` }))
      }
      for (let i = 0; i < 16; i++) {
        const short = `${WORDS[i % WORDS.length]}${i >= 8 ? '新' : ''}${pick(INDUSTRY).slice(0, 2)}`
        branchIds.push(org({ parentId: root, name: `${short}科技有限公司党支部`, orgType: 'branch', setupMode: 'single', enterpriseName: `${short}科技有限公司`, industry: pick(INDUSTRY), employees: int(30, 300) }))
      }
      for (let k = 0; k < n; k++) {
        const name = pick(SURNAMES) + pick(GIVEN)
        let py = pinyinCache.get(name)
        if (!py) pinyinCache.set(name, (py = namePinyin(name)))
        const gender = rand() < 0.62 ? '1' : '2'
        const birth = iso(int(1950, 2004), int(1, 12), int(1, 28))
        let idNumber = ''
        do {
          const seq = String(int(0, 99)).padStart(2, '0') + String(gender === '1' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]))
          const body = pick(AREAS) + birth.replace(/-/g, '') + seq
          idNumber = body + idCheckChar(body)
        } while (usedIds.has(idNumber))
        usedIds.add(idNumber)
        const birthYear = Number(birth.slice(0, 4))
        const probationary = rand() < 0.08
        const joinDate = probationary ? iso(2026, int(1, 10), int(1, 28)) : iso(int(Math.max(birthYear + 19, 1975), 2024), int(1, 12), int(1, 28))
        const rec: MemberRecord = {
          id: uuid(2, k + 1), orgId: pick(branchIds), name, nameInitials: py.initials, namePinyin: py.full, idNumber, gender,
          ethnicity: pick(ETH), birthDate: birth, nativePlace: pick(NATIVE), education: pick(EDU), degree: rand() < 0.2 ? '学士' : null,
          category: probationary ? 'probationary' : 'full', joinDate, fullDate: probationary ? null : addYears(joinDate, 1),
          partyPost: pick(POSTS), jobCategory: pick(JOBS), adminPost: pick(ADMIN), workStartDate: addYears(birth, int(18, 23)),
          status: rand() < 0.05 ? 'flowing' : 'normal', phone: `1${pick(['38', '39', '58', '80', '87'])}${String(int(0, 99999999)).padStart(8, '0')}`,
          address: pick(ADDR) + `${int(1, 300)}号${rand() < 0.1 ? `${int(1, 30)}栋${int(1, 6)}单元${int(101, 2806)}室` : ''}`,
          transferInDate: rand() < 0.15 ? iso(int(2015, 2026), int(1, 10), int(1, 28)) : null,
          duesBaseCents: int(3000, 15000) * 100,
          remark: rand() < 0.03 ? '组织关系由外省转入，原支部已开具介绍信，党费已交至转出当月。' : null,
          createdAt: stamp, updatedAt: stamp
        }
        memberStore.insert(db, rec)
      }
    })()
  } finally {
    db.close()
  }
  return { dataDir: dir, orgIds, rootId: orgIds[0], members: n, ms: performance.now() - started }
}

if (require.main === module) {
  const [dir, count] = process.argv.slice(2)
  if (!dir) {
    console.error('用法：npx tsx bench/generate.ts <数据目录> [人数，默认 50000]')
    process.exit(1)
  }
  const d = generateDataset(dir, Number(count ?? 50_000))
  console.log(`generated ${d.members} members, ${d.orgIds.length} orgs in ${d.ms.toFixed(0)} ms → ${d.dataDir}`)
}
