// 合并报送包：按编号匹配；本机没有的新增，包里的修改时间比本机新的才覆盖，本机较新的保留；
// 唯一字段（身份证号、统一社会信用代码……）与本机另一条记录相同的跳过并写明原因；附属行跟着上级记录整组替换。
// 必须在调用方的事务里执行：预览时整体回滚，导入时整体提交。
import type { MergeCounts, SubmitConflict, TableCounts } from '../../shared/submit/types'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import type BetterSqlite3 from 'better-sqlite3'
import type { DB } from '../db/types'
import type { SubmitPackage } from './format'
import { type Row, type SubmitTable, keyOf, submitTables } from './tables'

type Column = { name: string; notnull: number; dflt_value: unknown; pk: number }
type State = { written: Set<string>; skipped: Set<string>; kept: Set<string> }
type Verdict = keyof MergeCounts

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, keptLocal: 0, skipped: 0 })
const labelOf = (table: string): string => submitTables.find((t) => t.table === table)?.label ?? table
const isCell = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number'

export type MergeOutcome = { tables: TableCounts[]; conflicts: SubmitConflict[] }

export function mergeSubmission(ctx: AppContext, pkg: SubmitPackage, parentId: string | null, fileName: string): MergeOutcome {
  const m = new Merger(ctx, pkg, fileName)
  const tables = submitTables.map((t) => {
    const counts = t.childOf ? m.children(t) : m.records(t, parentId)
    return { table: t.table, label: t.label, ...counts }
  })
  return { tables, conflicts: m.conflicts }
}

class Merger {
  readonly conflicts: SubmitConflict[] = []
  private readonly states = new Map<string, State>()
  private readonly db: DB

  constructor(private readonly ctx: AppContext, private readonly pkg: SubmitPackage, private readonly fileName: string) {
    this.db = ctx.db
  }

  private readonly statements = new Map<string, BetterSqlite3.Statement<unknown[]>>()
  /** 同一句 SQL 只准备一次（五万行时准备语句的开销比执行还大） */
  private sql(text: string): BetterSqlite3.Statement<unknown[]> {
    let st = this.statements.get(text)
    if (!st) this.statements.set(text, (st = this.db.prepare(text)))
    return st
  }

  private state(table: string): State {
    let s = this.states.get(table)
    if (!s) this.states.set(table, (s = { written: new Set(), skipped: new Set(), kept: new Set() }))
    return s
  }

  private columns(table: string): Column[] {
    return this.db.prepare(`PRAGMA table_info(${table})`).all() as Column[]
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

  records(t: SubmitTable, parentId: string | null): MergeCounts {
    const counts = zero()
    const cols = this.columns(t.table)
    const key = keyOf(t)
    const hasDeleted = cols.some((c) => c.name === 'deleted_at')
    const select = this.sql(`SELECT * FROM ${t.table} WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`)
    const rows = t.table === 'orgs' ? parentsFirst(this.pkg.tables.orgs ?? []) : (this.pkg.tables[t.table] ?? [])
    const st = this.state(t.table)
    for (const raw of rows) {
      const verdict = this.record(t, cols, key, hasDeleted, select, raw, parentId, st)
      counts[verdict]++
    }
    return counts
  }

  private record(t: SubmitTable, cols: Column[], key: string[], hasDeleted: boolean, select: BetterSqlite3.Statement<unknown[]>, raw: Row, parentId: string | null, st: State): Verdict {
    const row = this.shape(cols, raw)
    const keyVals = key.map((k) => raw[k])
    const id = keyVals.join('|')
    const skip = (reason: string): Verdict => {
      st.skipped.add(id)
      this.conflicts.push({ label: t.label, record: t.describe(raw), reason })
      return 'skipped'
    }
    if (!row || !keyVals.every(isCell)) return skip('记录不完整，无法导入')
    const isTop = t.table === 'orgs' && row.id === this.pkg.org.id
    if (isTop) row.parent_id = parentId
    const local = select.get(...(keyVals as (string | number)[])) as Row | undefined
    if (local && t.insertOnly) return 'unchanged'
    if (local) {
      const ours = String(local.updated_at ?? '')
      const theirs = String(row.updated_at ?? '')
      if (theirs <= ours) {
        // 挂接位置是导入时选的，不看修改时间
        if (isTop && local.parent_id !== parentId) {
          this.sql('UPDATE orgs SET parent_id = ? WHERE id = ?').run(parentId, row.id)
          this.log(t, String(row.id), 'updated')
          st.written.add(id)
          return 'updated'
        }
        if (theirs === ours) return 'unchanged'
        st.kept.add(id)
        return 'keptLocal'
      }
    }
    for (const ref of t.refs ?? []) {
      const v = row[ref.column]
      if (v === null || v === undefined) continue
      if (this.sql(`SELECT 1 FROM ${ref.table} WHERE id = ?`).get(v)) continue
      if (ref.missing === 'null') row[ref.column] = null
      else return skip(this.state(ref.table).skipped.has(String(v)) ? `所属的${labelOf(ref.table)}没有导入（见上面的原因）` : `所属的${labelOf(ref.table)}不在本机，也不在报送包里`)
    }
    if (!hasDeleted || row.deleted_at === null || row.deleted_at === undefined) {
      for (const u of t.unique ?? []) {
        const vals = u.columns.map((c) => row[c])
        if (vals.some((v) => v === null || v === undefined || v === '')) continue
        const other = this.sql(`SELECT * FROM ${t.table} WHERE ${u.columns.map((c) => `${c} = ?`).join(' AND ')} AND ${key.map((k) => `${k} != ?`).join(' AND ')}${hasDeleted ? ' AND deleted_at IS NULL' : ''} LIMIT 1`)
          .get(...vals, ...keyVals) as Row | undefined
        if (other) {
          const org = typeof other.org_id === 'string' ? (this.sql('SELECT name FROM orgs WHERE id = ?').get(other.org_id) as { name: string } | undefined)?.name : undefined
          return skip(`${u.reason(row, other, org ?? '')}，已跳过`)
        }
      }
    }
    const names = Object.keys(row)
    // 一条语句失败时 SQLite 只撤销这一条，事务里前面的写入不受影响，所以这里不需要保存点
    try {
      if (local) {
        const sets = names.filter((n) => !key.includes(n)).map((n) => `${n} = @${n}`)
        this.sql(`UPDATE ${t.table} SET ${sets.join(', ')} WHERE ${key.map((k) => `${k} = @${k}`).join(' AND ')}`).run(row)
      } else {
        this.sql(`INSERT INTO ${t.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row)
      }
    } catch {
      return skip('与本机数据不一致，写入失败，已跳过')
    }
    st.written.add(id)
    this.log(t, id, local ? 'updated' : 'added')
    return local ? 'updated' : 'added'
  }

  private log(t: SubmitTable, id: string, what: 'added' | 'updated'): void {
    if (!t.entity) return
    logChange(this.db, { actor: this.ctx.actor, entity: t.entity, entityId: id, action: 'import', after: { 报送包: this.fileName, 结果: what === 'added' ? '新增' : '更新' } })
  }

  /** 附属行：上级记录这次写入了，或（附属行自己有修改时间时）包里的这一组更新，就整组替换 */
  children(t: SubmitTable): MergeCounts {
    const counts = zero()
    const rows = this.pkg.tables[t.table]
    if (!rows || !t.childOf) return counts
    const { table: parentTable, column } = t.childOf
    const cols = this.columns(t.table)
    const stamped = cols.some((c) => c.name === 'updated_at')
    const key = keyOf(t)
    const parents = this.state(parentTable)
    const groups = new Map<string, Row[]>()
    for (const r of rows) {
      const list = groups.get(String(r[column]))
      if (list) list.push(r)
      else groups.set(String(r[column]), [r])
    }
    for (const p of parents.written) if (!groups.has(p)) groups.set(p, [])
    const newest = (list: Row[]): string => list.reduce((a, r) => (String(r.updated_at ?? '') > a ? String(r.updated_at ?? '') : a), '')
    for (const [parent, list] of groups) {
      if (!this.sql(`SELECT 1 FROM ${parentTable} WHERE id = ?`).get(parent)) {
        counts.skipped += list.length
        continue
      }
      const local = this.sql(`SELECT * FROM ${t.table} WHERE ${column} = ?`).all(parent) as Row[]
      const replace = parents.written.has(parent) || (stamped && newest(list) > newest(local))
      if (!replace) {
        counts[parents.skipped.has(parent) ? 'skipped' : parents.kept.has(parent) ? 'keptLocal' : 'unchanged'] += list.length
        continue
      }
      const shaped = list.map((r) => this.shape(cols, r))
      if (shaped.some((r) => !r)) {
        counts.skipped += list.length
        this.conflicts.push({ label: t.label, record: t.describe(list[0]), reason: '记录不完整，这一组没有导入' })
        continue
      }
      const byKey = new Map(local.map((r) => [key.map((k) => r[k]).join('|'), r]))
      try {
        this.db.transaction(() => {
          this.sql(`DELETE FROM ${t.table} WHERE ${column} = ?`).run(parent)
          for (const r of shaped as Row[]) {
            const names = Object.keys(r)
            this.sql(`INSERT INTO ${t.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(r)
          }
        })()
      } catch {
        counts.skipped += list.length
        this.conflicts.push({ label: t.label, record: t.describe(list[0] ?? {}), reason: '与本机数据不一致，这一组没有导入' })
        continue
      }
      for (const r of shaped as Row[]) {
        const before = byKey.get(key.map((k) => r[k]).join('|'))
        counts[!before ? 'added' : sameRow(before, r) ? 'unchanged' : 'updated']++
      }
    }
    return counts
  }
}

function sameRow(a: Row, b: Row): boolean {
  return Object.keys(b).every((k) => a[k] === b[k])
}

/** 组织按上下级排序：上级在前，插入时外键才找得到 */
function parentsFirst(rows: Row[]): Row[] {
  const ids = new Set(rows.map((r) => r.id))
  const out: Row[] = []
  const done = new Set<unknown>()
  let pending = rows
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
