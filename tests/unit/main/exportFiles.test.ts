// 导出的文件名与写法：组织名里的「/」「../」和八十个字的长名称都能导出到导出文件夹里；写到一半失败或被杀掉不留下最终名字的文件
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { listBackups, autoBackup } from '../../../src/main/backup/service'
import { autoBackupFiles, pruneAutoBackups } from '../../../src/main/db/backupFiles'
import { tempPathFor } from '../../../src/main/db/atomicFile'
import { saveExport } from '../../../src/main/ledgers/export'
import { saveOrg } from '../../../src/main/org/service'
import { createContext } from '../../../src/main/context'
import { orgInput } from '../../../src/shared/org/schemas'
import ExcelJS from 'exceljs'
import { TODAY, testContext } from '../../helpers/context'

const LONG = `${'嘉州高新区智能制造产业园第一片区'.repeat(5)}联合党支部`.slice(-80)

async function exportFor(name: string): Promise<{ file: string; exportDir: string; dataDir: string }> {
  const ctx = testContext()
  const org = saveOrg(ctx, orgInput.parse({ name, orgType: 'joint_branch', setupMode: 'joint' }))
  const dispatch = createDispatch(ctx)
  const r = await dispatch('problems.exportLedger', { orgId: org.id })
  if (!r.ok) throw new Error(r.error.message)
  const roster = await dispatch('ledgers.exportRoster', { orgId: org.id })
  if (!roster.ok) throw new Error(roster.error.message)
  ctx.close()
  return { file: (r.data as { path: string }).path, exportDir: path.join(ctx.dataDir, '导出'), dataDir: ctx.dataDir }
}

describe('导出文件名', () => {
  it.each(['a/b', '../x', '..\\..\\y', 'c:d*e?'])('组织名称「%s」：台账导出到导出文件夹里', async (name) => {
    const { file, exportDir, dataDir } = await exportFor(name)
    expect(path.dirname(file)).toBe(exportDir)
    expect(fs.statSync(file).size).toBeGreaterThan(0)
    expect(fs.readdirSync(exportDir).length).toBe(2)
    // 导出文件夹之外什么也没多出来
    expect(fs.readdirSync(dataDir).sort()).toEqual(['backups', 'redtie.db', '导出'].filter((f) => fs.existsSync(path.join(dataDir, f))).sort())
    expect(fs.existsSync(path.join(path.dirname(dataDir), 'x'))).toBe(false)
  })

  it('八十个字的联合党支部：Excel 导出成功，文件名截短、保留日期和扩展名，工作簿里是全名', async () => {
    expect(Array.from(LONG).length).toBe(80)
    const { file } = await exportFor(LONG)
    const base = path.basename(file)
    expect(base).toMatch(new RegExp(`^问题整改台账-${LONG.slice(0, 29)}…-${TODAY}\\.xlsx$`))
    expect(Buffer.byteLength(base)).toBeLessThan(255)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const text = JSON.stringify(wb.worksheets[0].getSheetValues())
    expect(text).toContain(LONG)
  })
})

describe('先写临时文件再改名', () => {
  it('写到一半出错：最终的文件名下什么都没有，临时文件也删掉了', async () => {
    const ctx = testContext()
    let seen = ''
    await expect(
      saveExport(ctx, {
        fileName: '半截.xlsx',
        write: async (tmp) => {
          seen = tmp
          fs.writeFileSync(tmp, '')
          throw new Error('磁盘出错')
        }
      })
    ).rejects.toThrow('磁盘出错')
    const dir = path.join(ctx.dataDir, '导出')
    expect(path.dirname(seen)).toBe(dir)
    expect(fs.readdirSync(dir)).toEqual([])
  })

  it('被杀掉的导出和自动备份留下的临时文件：不算备份、不占保留份数，下次打开时清掉', async () => {
    const ctx = testContext()
    const kept = (await autoBackup(ctx, '导入前'))!
    // 被杀掉时留下的样子：最终名字旁边的隐藏临时文件，内容写了一半
    const killedBackup = tempPathFor(path.join(ctx.dataDir, 'backups', '自动备份-启动-20261125-090000.db'))
    fs.writeFileSync(killedBackup, fs.readFileSync(kept).subarray(0, 1000))
    const killedExport = tempPathFor(path.join(ctx.dataDir, '导出', '党员花名册.xlsx'))
    fs.mkdirSync(path.dirname(killedExport), { recursive: true })
    fs.writeFileSync(killedExport, '')
    expect(listBackups(ctx).map((b) => b.name)).toEqual([path.basename(kept)])
    expect(autoBackupFiles(ctx.dataDir)).toEqual([kept])
    expect(pruneAutoBackups(ctx.dataDir, 1)).toEqual([])
    ctx.close()
    const again = createContext({ dataDir: ctx.dataDir, today: () => TODAY })
    expect(fs.existsSync(killedBackup)).toBe(false)
    expect(fs.existsSync(killedExport)).toBe(false)
    expect(fs.existsSync(kept)).toBe(true)
    again.close()
  })
})
