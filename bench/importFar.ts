// 花名册导入遇到「格式一直设到第 1,048,576 行」的 7 KB 小文件：预览用时（目标 2 秒以内）和这期间进程的峰值内存
import path from 'node:path'
import ExcelJS from 'exceljs'
import { createContext } from '../src/main/context'
import { importPreview } from '../src/main/members/import/service'
import { saveOrg } from '../src/main/org/service'
import { orgInput } from '../src/shared/org/schemas'
import type { Figure, FigureFn } from './run'

export const importFarFormatted: FigureFn = async (env): Promise<Figure[]> => {
  const ctx = createContext({ dataDir: path.join(env.tmp, 'import-far'), today: () => env.today })
  try {
    const orgId = saveOrg(ctx, orgInput.parse({ name: '性能测试党支部', orgType: 'branch', setupMode: 'single' })).id
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('花名册')
    ws.addRow(['姓名', '身份证号', '入党日期'])
    ws.addRow(['张三', '11010519491231002X', '2015-07-01'])
    ws.getRow(1_048_576).getCell(1).style = { font: { bold: true } }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    const t = performance.now()
    const preview = await importPreview(ctx, { fileName: 'far.xlsx', base64: bytes.toString('base64'), defaultOrgId: orgId })
    const ms = performance.now() - t
    if (preview.counts.total !== 1) throw new Error(`应读到 1 行，读到 ${preview.counts.total} 行`)
    return [
      { name: 'import_far_formatted_size', value: Math.round(bytes.length / 102.4) / 10, unit: 'KB' },
      { name: 'import_far_formatted_preview', value: Math.round(ms), unit: 'ms' },
      { name: 'import_far_formatted_goal', value: 2000, unit: 'ms' },
      { name: 'import_far_formatted_peak_rss', value: Math.round(process.resourceUsage().maxRSS / 1024), unit: 'MB' }
    ]
  } finally {
    ctx.close()
  }
}
