// 报送包的耗时：把五万人数据的整个组织树导出成报送包，导入一个新的园区数据目录（预览、导入），再导入一次（全部未变）
import fs from 'node:fs'
import path from 'node:path'
import { createContext } from '../src/main/context'
import { exportSubmission } from '../src/main/submit/export'
import { commitSubmission, previewSubmission } from '../src/main/submit/service'
import type { Figure, FigureFn } from './run'

const round = (x: number, digits = 0): number => Number(x.toFixed(digits))

export const submitPackage: FigureFn = async (env): Promise<Figure[]> => {
  const ctx = env.context()
  let t = performance.now()
  const out = await exportSubmission(ctx, env.dataset().rootId)
  const exportMs = performance.now() - t
  const bytes = fs.readFileSync(out!.path)
  const upload = { fileName: path.basename(out!.path), base64: bytes.toString('base64') }
  const park = createContext({ dataDir: path.join(env.tmp, 'park'), today: () => env.today })
  try {
    t = performance.now()
    const preview = previewSubmission(park, upload)
    const previewMs = performance.now() - t
    t = performance.now()
    const done = await commitSubmission(park, { ...upload, parentId: preview.parentId })
    const commitMs = performance.now() - t
    const added = done.tables.find((x) => x.table === 'members')!.added
    if (added !== env.memberCount) throw new Error(`导入党员 ${added} 名，应为 ${env.memberCount}`)
    t = performance.now()
    await commitSubmission(park, { ...upload, parentId: preview.parentId })
    const againMs = performance.now() - t
    return [
      { name: `submit_export_${env.memberCount / 1000}k`, value: round(exportMs), unit: 'ms' },
      { name: 'submit_package_size', value: round(bytes.length / 1024 / 1024, 1), unit: 'MB' },
      { name: 'submit_preview', value: round(previewMs), unit: 'ms' },
      { name: 'submit_commit', value: round(commitMs), unit: 'ms' },
      { name: 'submit_reimport_unchanged', value: round(againMs), unit: 'ms' }
    ]
  } finally {
    park.close()
  }
}
