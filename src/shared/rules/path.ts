// 按路径读写规则文件里的一个值：rules[type=lecture].count、arrears.yellowMonths（数组项用「字段=值」挑出）
type Json = Record<string, unknown>

const segments = (path: string): string[] => path.split('.')

function step(obj: unknown, seg: string): { parent: Json | unknown[]; key: string | number } | null {
  const m = /^(\w+)\[(\w+)=([\w-]+)\]$/.exec(seg)
  if (!m) return obj && typeof obj === 'object' ? { parent: obj as Json, key: seg } : null
  const list = (obj as Json)?.[m[1]]
  if (!Array.isArray(list)) return null
  const i = list.findIndex((x) => x && String((x as Json)[m[2]]) === m[3])
  return i < 0 ? null : { parent: list, key: i }
}

export function getAt(root: unknown, path: string): unknown {
  let cur = root
  for (const seg of segments(path)) {
    const s = step(cur, seg)
    if (!s) return undefined
    cur = (s.parent as Record<string | number, unknown>)[s.key]
  }
  return cur
}

/** A deep copy of `root` with the value at `path` replaced; the original is never changed. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const copy = structuredClone(root)
  const segs = segments(path)
  let cur: unknown = copy
  segs.forEach((seg, i) => {
    const s = step(cur, seg)
    if (!s) throw new Error(`规则文件里没有「${path}」`)
    if (i === segs.length - 1) (s.parent as Record<string | number, unknown>)[s.key] = value
    else cur = (s.parent as Record<string | number, unknown>)[s.key]
  })
  return copy
}
