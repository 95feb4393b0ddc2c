// 估算文字在 Excel 列宽单位中的宽度与换行行数：汉字和全角符号按 2，其余按 1（以 10.5 磅字为准）

// Hangul Jamo, CJK radicals … Yi, Hangul syllables, CJK compatibility, vertical forms, fullwidth forms
const WIDE_RANGES = [0x1100, 0x115f, 0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6]
const isWide = (code: number): boolean => {
  if (code < 0x1100) return false
  if (code > 0xffff) return code >= 0x20000 && code <= 0x3ffff // CJK extension B and beyond
  for (let i = 0; i < WIDE_RANGES.length; i += 2) if (code >= WIDE_RANGES[i] && code <= WIDE_RANGES[i + 1]) return true
  return false
}

/** The font size the widths above are measured for: a 10.5 pt CJK glyph is 14 px, two units of the 7 px default digit. */
export const BASE_FONT_SIZE = 10.5

export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += isWide(ch.codePointAt(0)!) ? 2 : 1
  return w
}

/**
 * Lines a text wraps to in a column `width` units wide, filled greedily the way Excel does:
 * a CJK character may start a line anywhere, a run of Latin letters or digits moves whole
 * to the next line unless it is longer than a line. Larger fonts take proportionally more room.
 */
export function wrappedLines(text: string, width: number, fontSize = BASE_FONT_SIZE): number {
  return lineStarts(text, width, fontSize).length
}

/** Where each wrapped line begins (string offsets), by the same rule as wrappedLines. */
export function lineStarts(text: string, width: number, fontSize = BASE_FONT_SIZE): number[] {
  const scale = fontSize / BASE_FONT_SIZE
  // a column `width` units wide is 7·width px, of which 5 px are cell padding
  const cap = Math.max(2, width - 5 / 7)
  if (displayWidth(text) * scale <= cap && !text.includes('\n')) return [0]
  const starts: number[] = []
  let offset = 0
  for (const para of text.split('\n')) {
    starts.push(offset)
    let used = 0
    let at = offset
    for (const token of para.match(/[A-Za-z0-9.,:/\-+@#%]+|[\s\S]/gu) ?? []) {
      const w = displayWidth(token) * scale
      if (used + w <= cap) used += w
      else if (/^\s$/.test(token)) {
        // a space at the end of a line hangs in the margin
      } else if (w <= cap) (starts.push(at), (used = w))
      else {
        // longer than a line: Excel breaks it character by character
        let c = at
        for (const ch of token) {
          const cw = displayWidth(ch) * scale
          if (used + cw > cap && used > 0) (starts.push(c), (used = 0))
          used += cw
          c += ch.length
        }
      }
      at += token.length
    }
    offset += para.length + 1
  }
  return starts
}

/**
 * Cuts a text into pieces of at most `maxLines` wrapped lines each, every piece after the first
 * beginning with `mark`: a cell too tall for one row continues on the rows below.
 */
export function splitByLines(text: string, width: number, maxLines: number, mark: string, fontSize = BASE_FONT_SIZE): string[] {
  const pieces: string[] = []
  let rest = text
  for (;;) {
    const starts = lineStarts(rest, width, fontSize)
    if (starts.length <= maxLines) return [...pieces, rest]
    const cut = starts[maxLines]
    pieces.push(rest.slice(0, cut).replace(/\n$/, ''))
    rest = mark + rest.slice(cut)
  }
}
