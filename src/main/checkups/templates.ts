// 体检指标模板：随软件发布的版本来自 seeds/checkup-templates（固定编号，首次使用时写入）；用户复制修改成新版本。
// 已被体检使用的版本不能再改、不能删除。
import { randomUUID } from 'node:crypto'
import shippedDefault from '../../../seeds/checkup-templates/default-2026.1.json'
import shippedDefault2 from '../../../seeds/checkup-templates/default-2026.2.json'
import { type CheckupTemplate, type TemplateBody, type TemplateSummary, fullMarksOf, templateBody } from '../../shared/checkups/template'
import { AppError, invalid, notFound } from '../../shared/errors'
import { logChange } from '../changes/log'
import type { AppContext } from '../context'
import { nowStamp } from '../db/time'
import type { DB } from '../db/types'

type Shipped = { id: string; key: string; version: string } & Record<string, unknown>
// 用过的版本不再改：文字或算法要改时发布新的版本
const SHIPPED: Shipped[] = [shippedDefault, shippedDefault2]

const bodyOf = (s: Shipped): TemplateBody =>
  templateBody.parse({ title: s.title, source: s.source, sections: s.sections, items: s.items, bonus: s.bonus, vetoes: s.vetoes, grades: s.grades })

/** Writes the shipped versions once (idempotent); never touches a row that is already there. */
export function ensureShippedTemplates(db: DB): void {
  const has = db.prepare('SELECT 1 FROM checkup_templates WHERE id = ?')
  const missing = SHIPPED.filter((s) => !has.get(s.id))
  if (!missing.length) return
  const stamp = nowStamp()
  const insert = db.prepare(
    'INSERT INTO checkup_templates (id, key, version, title, based_on, shipped, body_json, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, 1, ?, ?, ?)'
  )
  db.transaction(() => {
    for (const s of missing) {
      const body = bodyOf(s)
      insert.run(s.id, s.key, s.version, body.title, JSON.stringify(body), stamp, stamp)
    }
  })()
}

type Row = { id: string; key: string; version: string; title: string; based_on: string | null; shipped: number; body_json: string; created_at: string; in_use: number }

const SELECT = `SELECT t.*, EXISTS (SELECT 1 FROM checkups c WHERE c.template_id = t.id) AS in_use FROM checkup_templates t`

const present = (r: Row): CheckupTemplate => {
  const body = JSON.parse(r.body_json) as TemplateBody
  return {
    id: r.id,
    key: r.key,
    version: r.version,
    title: r.title,
    basedOn: r.based_on,
    shipped: !!r.shipped,
    inUse: !!r.in_use,
    itemCount: body.items.length,
    fullMarks: fullMarksOf(body),
    createdAt: r.created_at,
    body
  }
}

export function listTemplates(ctx: AppContext): TemplateSummary[] {
  ensureShippedTemplates(ctx.db)
  return (ctx.db.prepare(`${SELECT} WHERE t.deleted_at IS NULL ORDER BY t.key, t.created_at, t.version`).all() as Row[]).map((r) => {
    const { body: _b, ...summary } = present(r)
    return summary
  })
}

export function getTemplate(ctx: AppContext, id: string): CheckupTemplate {
  ensureShippedTemplates(ctx.db)
  const r = ctx.db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as Row | undefined
  if (!r) throw notFound('体检模板')
  return present(r)
}

function liveTemplate(ctx: AppContext, id: string): CheckupTemplate {
  const t = getTemplate(ctx, id)
  if ((ctx.db.prepare('SELECT deleted_at FROM checkup_templates WHERE id = ?').get(id) as { deleted_at: string | null }).deleted_at) throw notFound('体检模板')
  return t
}

function checkVersionFree(db: DB, key: string, version: string, exceptId: string | null): void {
  const dup = db.prepare('SELECT id FROM checkup_templates WHERE key = ? AND version = ? AND deleted_at IS NULL').get(key, version) as { id: string } | undefined
  if (dup && dup.id !== exceptId) throw invalid(`版本号「${version}」已经有了，请换一个`)
}

/** Copies a version into a new, editable one. */
export function copyTemplate(ctx: AppContext, input: { id: string; version: string }): { id: string; warnings: string[] } {
  const { db } = ctx
  return db.transaction(() => {
    const src = liveTemplate(ctx, input.id)
    checkVersionFree(db, src.key, input.version, null)
    const id = randomUUID()
    const stamp = nowStamp()
    db.prepare('INSERT INTO checkup_templates (id, key, version, title, based_on, shipped, body_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?)').run(
      id, src.key, input.version, src.body.title, src.id, JSON.stringify(src.body), stamp, stamp
    )
    logChange(db, { actor: ctx.actor, entity: 'checkupTemplate', entityId: id, action: 'create', after: { version: input.version, basedOn: src.version } })
    return { id, warnings: [] }
  })()
}

/** Edits a copied version that no checkup uses yet. */
export function saveTemplate(ctx: AppContext, input: { id: string; version: string; body: TemplateBody }): { id: string; warnings: string[] } {
  const { db } = ctx
  return db.transaction(() => {
    const before = liveTemplate(ctx, input.id)
    if (before.shipped) throw new AppError('IMMUTABLE', '随软件发布的模板不能修改，请先「复制为新版本」再改')
    if (before.inUse) throw new AppError('IMMUTABLE', `模板 ${before.version} 已被体检使用，不能再修改；请复制为新版本`)
    checkVersionFree(db, before.key, input.version, before.id)
    db.prepare('UPDATE checkup_templates SET version = ?, title = ?, body_json = ?, updated_at = ? WHERE id = ?').run(
      input.version, input.body.title, JSON.stringify(input.body), nowStamp(), input.id
    )
    logChange(db, { actor: ctx.actor, entity: 'checkupTemplate', entityId: input.id, action: 'update', before: { version: before.version, body: before.body }, after: input })
    return { id: input.id, warnings: [] }
  })()
}

export function deleteTemplate(ctx: AppContext, id: string): null {
  const { db } = ctx
  db.transaction(() => {
    const t = liveTemplate(ctx, id)
    if (t.shipped) throw new AppError('IN_USE', '随软件发布的模板不能删除')
    if (t.inUse) throw new AppError('IN_USE', `模板 ${t.version} 已被体检使用，不能删除`)
    const inRound = db.prepare('SELECT 1 FROM checkup_rounds WHERE template_id = ? AND deleted_at IS NULL').get(id)
    if (inRound) throw new AppError('IN_USE', `模板 ${t.version} 已被体检批次选用，不能删除`)
    const stamp = nowStamp()
    db.prepare('UPDATE checkup_templates SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, stamp, id)
    logChange(db, { actor: ctx.actor, entity: 'checkupTemplate', entityId: id, action: 'delete', before: { version: t.version } })
  })()
  return null
}
