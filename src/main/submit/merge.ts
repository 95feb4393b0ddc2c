// 合并报送包（或回执）：按编号匹配，逐字段按归属合并（ownership.ts）：
// 接收方自己的字段从不被改写；对方的字段只有对方自上次往来后改过才取；两边都改了同一字段列为冲突，按人的选择（默认保留本机）。
// 每行先按界面的规则检查（validate.ts），再查是否在报送单位之内（范围），不合格或越界的跳过并写明原因。
// 必须在调用方的事务里执行：预览时整体回滚，导入时整体提交。
import type BetterSqlite3 from 'better-sqlite3'
import { fieldLabel } from '../../shared/labels'
import { maskIdNumber, maskPhone } from '../../shared/mask'
import type { FieldConflict, MergeCounts, SubmitSkip, TableCounts } from '../../shared/submit/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type { DB } from '../db/types'
import type { SubmitPackage } from './format'
import { type Side, fieldOwner } from './ownership'
import { baseReader } from './store'
import { type Row, type SubmitTable, keyOf } from './tables'
import { checkRow } from './validate'

type Column = { name: string; notnull: number; dflt_value: unknown; pk: number }
type State = { accepted: Set<string>; skipped: Set<string> }
type Verdict = keyof MergeCounts

/** 这次合并的依据：接收方是哪一边、报送单位在本机的范围、人在预览里做的选择 */
export type MergePlan = {
  side: Side
  rootId: string
  /** 顶级组织在本机挂在哪里（新建时是人选的位置；已有的不动） */
  rootParentId: string | null
  /** 报送单位在本机已有的组织（含回收站里的） */
  localOrgs: Set<string>
  /** 报送包可以新建下级组织；园区发回的回执不能 */
  allowNewOrgs: boolean
  choices: Record<string, 'mine' | 'theirs'>
  /** 预览：整体回滚，不必记下往来的底稿 */
  preview?: boolean
  tables: SubmitTable[]
  fileName: string
  today: string
}

export type MergeOutcome = { tables: TableCounts[]; skipped: SubmitSkip[]; conflicts: FieldConflict[] }

/** 合并进度：已处理的行数、总行数、正在处理的记录类型 */
export type MergeProgress = (done: number, total: number, label: string) => void

/** 预览里最多逐条列出多少条跳过的行（每类记录的数目照样是全的） */
export const MAX_LISTED = 1000

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, keptLocal: 0, skipped: 0 })
const isCell = (v: unknown): v is string | number => typeof v === 'string' || typeof v === 'number'
const short = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s)
/** 合并时不看的列：记录时间另算；编号不是匹配键时（体检逐项按检查项匹配）保留本机的编号，附件挂在上面 */
const BOOKKEEPING = new Set(['created_at', 'updated_at'])

export function mergeSubmission(ctx: AppContext, pkg: SubmitPackage, plan: MergePlan, progress?: MergeProgress): MergeOutcome {
  const m = new Merger(ctx, pkg, plan, progress)
  const tables = plan.tables.map((t) => ({ table: t.table, label: t.label, ...m.table(t) }))
  if (m.unlisted) m.skipped.push({ label: '其余', record: `${m.unlisted} 条`, reason: '同样不能导入，没有一一列出（各类的数目见上表）' })
  return { tables, skipped: m.skipped, conflicts: m.conflicts }
}

class Merger {
  readonly skipped: SubmitSkip[] = []
  readonly conflicts: FieldConflict[] = []
  unlisted = 0
  private readonly states = new Map<string, State>()
  private readonly statements = new Map<string, BetterSqlite3.Statement<unknown[]>>()
  private readonly db: DB
  private readonly base: ReturnType<typeof baseReader>
  private readonly labels: Map<string, string>
  private readonly total: number
  private done = 0

  constructor(private readonly ctx: AppContext, private readonly pkg: SubmitPackage, private readonly plan: MergePlan, private readonly progress?: MergeProgress) {
    this.db = ctx.db
    const base = baseReader(ctx.db)
    this.base = plan.preview ? { ...base, put: () => {}, drop: () => {} } : base
    this.labels = new Map(plan.tables.map((t) => [t.table, t.label]))
    this.total = plan.tables.reduce((n, t) => n + (pkg.tables[t.table]?.length ?? 0), 0)
  }

  /** 同一句 SQL 只准备一次（五万行时准备语句的开销比执行还大） */
  private sql(text: string): BetterSqlite3.Statement<unknown[]> {
    let st = this.statements.get(text)
    if (!st) this.statements.set(text, (st = this.db.prepare(text)))
    return st
  }

  private state(table: string): State {
    let s = this.states.get(table)
    if (!s) this.states.set(table, (s = { accepted: new Set(), skipped: new Set() }))
    return s
  }

  private label(table: string): string {
    return this.labels.get(table) ?? table
  }

  table(t: SubmitTable): MergeCounts {
    const counts = zero()
    const cols = this.db.prepare(`PRAGMA table_info(${t.table})`).all() as Column[]
    const raw = (this.pkg.tables[t.table] ?? []) as unknown[]
    const rows = t.table === 'orgs' ? parentsFirst(raw as Row[]) : raw
    const seen = new Map<string, Set<string>>()
    this.progress?.(this.done, this.total, t.label)
    for (const r of rows) {
      if (++this.done % 1000 === 0) this.progress?.(this.done, this.total, t.label)
      const verdict = this.record(t, cols, r)
      counts[verdict]++
      if (t.childOf && verdict !== 'skipped') {
        const row = r as Row
        const parent = String(row[t.childOf.column])
        let keys = seen.get(parent)
        if (!keys) seen.set(parent, (keys = new Set()))
        keys.add(keyOf(t).map((k) => row[k]).join('|'))
      }
    }
    if (t.childOf) this.removed(t, seen, counts)
    return counts
  }

  private skip(t: SubmitTable, st: State, id: string, raw: unknown, reason: string): Verdict {
    st.skipped.add(id)
    if (this.skipped.length >= MAX_LISTED) {
      this.unlisted++
      return 'skipped'
    }
    let record = ''
    try {
      record = short(t.describe(raw as Row))
    } catch {
      record = '（无法识别的一行）'
    }
    this.skipped.push({ label: t.label, record, reason })
    return 'skipped'
  }

  /** 只取本机表里有的列；缺了必填列（旧格式或被改过的包）返回 null */
  private shape(cols: Column[], row: Row): Row | null {
    const out: Row = {}
    for (const c of cols) {
      if (Object.prototype.hasOwnProperty.call(row, c.name)) out[c.name] = row[c.name]
      else if (c.notnull && c.dflt_value === null) return null
    }
    return out
  }

  private record(t: SubmitTable, cols: Column[], raw: unknown): Verdict {
    const st = this.state(t.table)
    const key = keyOf(t)
    const keyVals = raw && typeof raw === 'object' ? key.map((k) => (raw as Row)[k]) : []
    const id = keyVals.join('|')
    const bad = checkRow(t.table, raw, this.plan.today)
    if (bad) return this.skip(t, st, id, raw, `${bad}，已跳过`)
    const row = this.shape(cols, raw as Row)
    if (!row || !keyVals.every(isCell)) return this.skip(t, st, id, raw, '记录不完整，无法导入')
    const local = this.sql(`SELECT * FROM ${t.table} WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`).get(...keyVals) as Row | undefined
    const outside = this.outside(t, row, local)
    if (outside) return this.skip(t, st, id, raw, outside)
    const isRoot = t.table === 'orgs' && row.id === this.plan.rootId
    if (isRoot) row.parent_id = local ? local.parent_id : this.plan.rootParentId
    if (local && t.insertOnly) {
      st.accepted.add(id)
      return 'unchanged'
    }
    const refused = this.refsAndUniques(t, cols, row, key, keyVals)
    if (refused) return this.skip(t, st, id, raw, refused)
    if (!local) {
      const names = Object.keys(row)
      try {
        this.sql(`INSERT INTO ${t.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row)
      } catch {
        return this.skip(t, st, id, raw, '与本机数据不一致，写入失败，已跳过')
      }
      this.base.put(t.table, id, row)
      st.accepted.add(id)
      this.log(t, id, 'added')
      return 'added'
    }
    const { changes, kept } = this.fields(t, key, row, local, id, isRoot)
    this.base.put(t.table, id, row)
    st.accepted.add(id)
    const stamped = cols.some((c) => c.name === 'updated_at')
    const newer = stamped && String(row.updated_at ?? '') > String(local.updated_at ?? '')
    if (!Object.keys(changes).length) {
      // 对方只是动了修改时间（如撤销了一条附属行）：跟上它的修改时间，不算更新
      if (newer && !kept) this.sql(`UPDATE ${t.table} SET updated_at = ? WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`).run(row.updated_at, ...keyVals)
      return kept ? 'keptLocal' : 'unchanged'
    }
    if (stamped) changes.updated_at = newer ? row.updated_at : local.updated_at
    const sets = Object.keys(changes).map((n) => `${n} = @${n}`)
    const where: Row = {}
    keyVals.forEach((v, i) => (where[`k${i}`] = v))
    try {
      this.sql(`UPDATE ${t.table} SET ${sets.join(', ')} WHERE ${key.map((k, i) => `${k} = @k${i}`).join(' AND ')}`).run({ ...changes, ...where })
    } catch {
      return this.skip(t, st, id, raw, '与本机数据不一致，写入失败，已跳过')
    }
    this.log(t, id, 'updated')
    return 'updated'
  }

  /** 逐字段：接收方的字段不动；对方的字段对方改过才取；两边都改了列为冲突 */
  private fields(t: SubmitTable, key: string[], row: Row, local: Row, id: string, isRoot: boolean): { changes: Row; kept: boolean } {
    const base = this.base.get(t.table, id)
    const changes: Row = {}
    let kept = false
    for (const c of Object.keys(row)) {
      if (BOOKKEEPING.has(c) || key.includes(c) || (c === 'id' && !key.includes('id')) || (isRoot && c === 'parent_id')) continue
      const theirs = row[c]
      const mine = local[c] ?? null
      if (theirs === mine) continue
      // 可有可无的引用（体检批次、关联的党员……）在对方那里为空，多半是对方没有那条记录：不因此清掉本机的
      if (theirs === null && t.refs?.some((r) => r.column === c && r.missing === 'null')) continue
      // 没有上次往来的记录（第一次，或升级前导入的）：当作只有对方改过
      if (base && Object.prototype.hasOwnProperty.call(base, c) && base[c] === theirs) continue
      if (fieldOwner(t.table, c, local) === this.plan.side) {
        kept = true
        continue
      }
      const mineChanged = !!base && Object.prototype.hasOwnProperty.call(base, c) && base[c] !== mine
      if (!mineChanged) {
        changes[c] = theirs
        continue
      }
      const conflictKey = `${t.table}|${id}|${c}`
      this.conflicts.push({ key: conflictKey, label: t.label, record: short(t.describe(local)), field: columnLabel(c), mine: shown(c, mine), theirs: shown(c, theirs) })
      if (this.plan.choices[conflictKey] === 'theirs') changes[c] = theirs
      else kept = true
    }
    return { changes, kept }
  }

  /** 不在报送单位之内的行：返回拒绝的原因 */
  private outside(t: SubmitTable, row: Row, local: Row | undefined): string | null {
    const { plan } = this
    if (t.table === 'orgs') {
      if (row.id === plan.rootId) return null
      if (local && !plan.localOrgs.has(String(row.id))) return `本机的「${short(String(local.name))}」不属于报送单位，不能用这个包修改，已拒绝`
      if (!local && !plan.allowNewOrgs) return '回执不能在本机新建组织，已拒绝'
      if (!this.inScope('orgs', row.parent_id)) return '上级组织不在报送单位之内，已拒绝'
      return null
    }
    const owner = t.belongsTo
    if (!owner) return null
    const v = row[owner.column]
    if (local && local[owner.column] !== v && !this.localInScope(owner.table, local[owner.column]))
      return `是本机${this.whereIs(owner.table, local[owner.column])}的记录，不属于报送单位，已拒绝`
    if (this.inScope(owner.table, v)) return null
    if (this.localExists(owner.table, v) && !this.localInScope(owner.table, v)) return `所属的${this.label(owner.table)}是本机${this.whereIs(owner.table, v)}的，不属于报送单位，已拒绝`
    if (this.state(owner.table).skipped.has(String(v))) return `所属的${this.label(owner.table)}没有导入（见上面的原因）`
    return `所属的${this.label(owner.table)}不在本机，也不在报送包里`
  }

  private inScope(table: string, id: unknown): boolean {
    if (!isCell(id)) return false
    if (this.state(table).accepted.has(String(id))) return true
    return this.localInScope(table, id)
  }

  /** 本机已有的记录是否属于报送单位：顺着它所属的记录一直找到组织 */
  private localInScope(table: string, id: unknown): boolean {
    if (!isCell(id)) return false
    if (table === 'orgs') return this.plan.localOrgs.has(String(id))
    const t = this.plan.tables.find((x) => x.table === table)
    if (!t?.belongsTo) return false
    const r = this.sql(`SELECT ${t.belongsTo.column} AS v FROM ${table} WHERE id = ?`).get(id) as { v: unknown } | undefined
    return !!r && this.localInScope(t.belongsTo.table, r.v)
  }

  private localExists(table: string, id: unknown): boolean {
    return isCell(id) && !!this.sql(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)
  }

  /** 本机一条记录在哪个组织：拒绝时写明，不用包里自称的名字 */
  private whereIs(table: string, id: unknown): string {
    let orgId = id
    for (let t = table, guard = 0; t !== 'orgs' && guard < 4; guard++) {
      const decl = this.plan.tables.find((x) => x.table === t)
      if (!decl?.belongsTo || !isCell(orgId)) return ''
      orgId = (this.sql(`SELECT ${decl.belongsTo.column} AS v FROM ${t} WHERE id = ?`).get(orgId) as { v: unknown } | undefined)?.v
      t = decl.belongsTo.table
    }
    const name = isCell(orgId) ? (this.sql('SELECT name FROM orgs WHERE id = ?').get(orgId) as { name: string } | undefined)?.name : undefined
    return name ? `「${short(name)}」` : '另一个组织'
  }

  private refsAndUniques(t: SubmitTable, cols: Column[], row: Row, key: string[], keyVals: (string | number)[]): string | null {
    for (const ref of t.refs ?? []) {
      const v = row[ref.column]
      if (v === null || v === undefined) continue
      if (this.sql(`SELECT 1 FROM ${ref.table} WHERE id = ?`).get(v)) continue
      if (ref.missing === 'null') row[ref.column] = null
      else return this.state(ref.table).skipped.has(String(v)) ? `所属的${this.label(ref.table)}没有导入（见上面的原因）` : `所属的${this.label(ref.table)}不在本机，也不在报送包里`
    }
    const hasDeleted = cols.some((c) => c.name === 'deleted_at')
    if (hasDeleted && row.deleted_at !== null && row.deleted_at !== undefined) return null
    for (const u of t.unique ?? []) {
      const vals = u.columns.map((c) => row[c])
      if (vals.some((v) => v === null || v === undefined || v === '')) continue
      const other = this.sql(`SELECT * FROM ${t.table} WHERE ${u.columns.map((c) => `${c} = ?`).join(' AND ')} AND NOT (${key.map((k) => `${k} = ?`).join(' AND ')})${hasDeleted ? ' AND deleted_at IS NULL' : ''} LIMIT 1`)
        .get(...vals, ...keyVals) as Row | undefined
      if (other) {
        const org = typeof other.org_id === 'string' ? (this.sql('SELECT name FROM orgs WHERE id = ?').get(other.org_id) as { name: string } | undefined)?.name : undefined
        return `${u.reason(row, other, org ?? '')}，已跳过`
      }
    }
    return null
  }

  /** 附属行：对方删掉了的（上次收到过、本机也没改过）跟着删；本机自己加的（从没收到过）保留 */
  private removed(t: SubmitTable, seen: Map<string, Set<string>>, counts: MergeCounts): void {
    const { table: parentTable, column } = t.childOf!
    const key = keyOf(t)
    for (const parent of this.state(parentTable).accepted) {
      const keys = seen.get(parent) ?? new Set<string>()
      for (const local of this.sql(`SELECT * FROM ${t.table} WHERE ${column} = ?`).all(parent) as Row[]) {
        const id = key.map((k) => local[k]).join('|')
        if (keys.has(id)) continue
        const base = this.base.get(t.table, id)
        if (!base) continue
        if (fieldOwner(t.table, 'deleted_at', local) === this.plan.side) continue
        const mineChanged = Object.keys(base).some((c) => !BOOKKEEPING.has(c) && c !== 'id' && Object.prototype.hasOwnProperty.call(local, c) && base[c] !== local[c])
        if (mineChanged) {
          counts.keptLocal++
          continue
        }
        this.sql(`DELETE FROM ${t.table} WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`).run(...key.map((k) => local[k]))
        this.base.drop(t.table, id)
        counts.updated++
      }
    }
  }

  private log(t: SubmitTable, id: string, what: 'added' | 'updated'): void {
    if (!t.entity) return
    logChange(this.db, { actor: this.ctx.actor, entity: t.entity, entityId: id, action: 'import', after: { 报送包: this.plan.fileName, 结果: what === 'added' ? '新增' : '更新' } })
  }
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const columnLabel = (c: string): string => fieldLabel(camel(c.replace(/_json$/, '')))

/** 冲突里给人看的值：身份证号、电话照样遮住 */
function shown(column: string, v: string | number | null | undefined): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (column === 'id_number') return maskIdNumber(String(v))
  if (column === 'phone') return maskPhone(String(v))
  return short(String(v), 200)
}

/** 组织按上下级排序：上级在前，插入时外键才找得到 */
function parentsFirst(rows: Row[]): Row[] {
  const objects = rows.filter((r) => r && typeof r === 'object')
  const ids = new Set(objects.map((r) => r.id))
  const out: Row[] = rows.filter((r) => !r || typeof r !== 'object')
  const done = new Set<unknown>()
  let pending = objects
  while (pending.length) {
    const ready = pending.filter((r) => !ids.has(r.parent_id) || done.has(r.parent_id) || r.parent_id === r.id)
    if (!ready.length) return [...out, ...pending]
    for (const r of ready) {
      out.push(r)
      done.add(r.id)
    }
    pending = pending.filter((r) => !done.has(r.id))
  }
  return out
}
