// 每张打印表用压力数据经外壳生成 PDF 再读回：多页的每页有「第 N 页 共 M 页」，没有只剩签字栏的一页，
// 纸面上没有算法说明，日期写成 2026年12月3日 且不折行，整改通知落体检问题下发的日子
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PrintKind, printRoute } from '../../src/shared/print'
import { paperDate } from '../../src/shared/dates'
import { TODAY, tempDir } from '../helpers/context'
import { type StressData, STRESS_YEAR, buildStress } from '../helpers/stress'
import { SHOTS } from './helpers'
import { isA4, pdfInfo, pdfToPngs } from './pdf'
import { type LaunchedApp, launchApp } from '../../src/shell'

let app: LaunchedApp
let data: StressData
const dir = tempDir()

beforeAll(async () => {
  app = await launchApp({ dataDir: tempDir(), today: () => TODAY })
  data = buildStress(app.ctx)
}, 120_000)
afterAll(async () => app?.close())

/** The text of each page, with layout kept so that a line of the signature block stays one line. */
const pagesOf = (file: string, pages: number): string[] =>
  Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }))

async function render(kind: PrintKind, id: string, name: string): Promise<{ file: string; pages: string[] }> {
  const file = path.join(dir, `${name}.pdf`)
  fs.writeFileSync(file, await app.ctx.renderPdf!(printRoute({ kind, id })))
  const info = pdfInfo(file)
  expect(isA4(info, kind === 'checkup-form'), name).toBe(true)
  if (process.env.PAPER_SHOTS) pdfToPngs(file, SHOTS, `压力数据-${name}`) // a prefix of its own: other tests count their pages by name
  return { file, pages: pagesOf(file, info.pages) }
}

// what a signature block consists of: labels, blanks for the date, the stamp, the print date, the page number
const SIGNATURE_ONLY = /(签字|签名|盖章|填表人|审核人|接收人|体检人|组织委员|支部书记|党组织书记|企业负责人|主持人|记录人|本人|日期|打印日期|规则依据|年|月|日|第 \d+ 页 共 \d+ 页|[：:（）()\s\d　])/gu

const forms: [string, PrintKind, () => string][] = [
  ['会议记录', 'meeting-record', () => data.longMeetingId],
  ['体检表', 'checkup-form', () => data.checkupId],
  ['整改通知', 'checkup-notice', () => data.checkupId],
  ['发展党员全程纪实表', 'development-record', () => data.devPersonId],
  ['党员信息卡片', 'member-card', () => data.memberIds[0]]
]

describe('压力数据下的打印表（外壳生成 PDF 读回）', () => {
  it.each(forms)('%s：多页时每页都有「第 N 页 共 M 页」，没有只剩签字栏的一页', async (name, kind, id) => {
    const { pages } = await render(kind, id(), name)
    pages.forEach((text, i) => {
      if (pages.length > 1) expect(text.replace(/\s+/g, ''), `${name} 第 ${i + 1} 页`).toContain(`第${i + 1}页共${pages.length}页`)
      const rest = text.replace(SIGNATURE_ONLY, '')
      expect(rest.length, `${name} 第 ${i + 1} 页只有签字栏：${text}`).toBeGreaterThan(10)
    })
  })

  it('长会议记录确实有好几页，页面不是几乎空白（每页都有正文）', async () => {
    const { pages } = await render('meeting-record', data.longMeetingId, '会议记录')
    expect(pages.length).toBeGreaterThan(1)
    // a page nearly blank because a tall row was kept whole holds few characters
    for (const [i, text] of pages.slice(0, -1).entries()) expect(text.replace(/\s+/g, '').length, `第 ${i + 1} 页`).toBeGreaterThan(600)
  })

  it('每项都扣分、原因各 300 字的体检表不超过 16 页；主要问题只概括一次，不把原因再抄一遍', async () => {
    const { pages } = await render('checkup-form', data.checkupId, '体检表')
    expect(pages.length).toBeLessThanOrEqual(16)
    const all = pages.join('\n').replace(/\s+/g, '')
    // the foot of the form, from 星级 to 整改要求: the summary, not the 42 reasons again
    const foot = all.slice(all.lastIndexOf('星级/等次/结论'), all.lastIndexOf('整改要求与时限'))
    expect(foot).toMatch(/共42项扣分，合计扣[\d.]+分/)
    expect(foot.length).toBeLessThan(800)
  })

  it('体检表和整改通知上没有算法说明', async () => {
    for (const [kind, name] of [['checkup-form', '体检表'], ['checkup-notice', '整改通知']] as const) {
      const text = (await render(kind, data.checkupId, name)).pages.join('\n').replace(/\s+/g, '')
      expect(text, name).not.toMatch(/体检日前12个月：|\d×\d+\/\d+=|软件里没有/)
    }
  })

  it('纸面日期写成 2026年3月12日、不折行；统一社会信用代码不折行；纪实表上没有 ISO 日期', async () => {
    const record = (await render('development-record', data.devPersonId, '发展党员全程纪实表')).pages.join('\n')
    expect(record).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(record).toContain(paperDate('2025-06-20'))
    const form = (await render('checkup-form', data.checkupId, '体检表')).pages.join('\n')
    expect(form).toContain(paperDate(`${STRESS_YEAR}-11-20`))
    expect(form).toContain('91511100MA62XY1234')
    const meeting = (await render('meeting-record', data.longMeetingId, '会议记录')).pages.join('\n')
    expect(meeting).toContain(paperDate(`${STRESS_YEAR}-03-12`))
  })

  it('整改通知落的是问题下发的日子，不是打印那天', async () => {
    const text = (await render('checkup-notice', data.checkupId, '整改通知')).pages.join('\n')
    const issued = (app.ctx.db.prepare("SELECT MIN(found_date) AS d FROM problems WHERE source_id = ?").get(data.checkupId) as { d: string }).d
    expect(issued).not.toBe(TODAY)
    expect(text).toContain(paperDate(issued))
    expect(text).not.toContain(paperDate(TODAY))
  })
})
