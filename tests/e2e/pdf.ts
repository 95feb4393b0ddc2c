// 读回 PDF：文字（pdftotext）、页数与纸张（pdfinfo）、每页转 PNG（pdftoppm）供查看
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

export function pdfInfo(file: string): { pages: number; widthPt: number; heightPt: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(out)?.[1])
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)
  return { pages, widthPt: Number(m?.[1]), heightPt: Number(m?.[2]) }
}

/** A4 is 595 × 842 pt; true when the page is A4 in either orientation. */
export function isA4(info: { widthPt: number; heightPt: number }, landscape: boolean): boolean {
  const [w, h] = landscape ? [842, 595] : [595, 842]
  return Math.abs(info.widthPt - w) < 2 && Math.abs(info.heightPt - h) < 2
}

export function pdfToPngs(file: string, outDir: string, prefix: string): string[] {
  fs.mkdirSync(outDir, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '70', file, path.join(outDir, prefix)])
  return fs.readdirSync(outDir).filter((f) => f.startsWith(prefix) && f.endsWith('.png')).map((f) => path.join(outDir, f))
}
