// 估算文字在 Excel 列宽单位中的宽度：汉字和全角符号按 2，其余按 1
export function displayWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1
  return w
}

/** Lines a text wraps to in a column `width` wide (a little padding is lost to the cell margins). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(2, width - 1)
  let lines = 0
  for (const para of text.split('\n')) lines += Math.max(1, Math.ceil(displayWidth(para) / usable))
  return lines
}
