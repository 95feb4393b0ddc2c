// 报送包在工作线程里预览和导入：结果与在本线程一样，主线程的连接马上看得到；进度可查；坏文件照样说原因、什么也不改；同时只跑一个
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { commitInWorker, previewInWorker, submitProgress } from '../../../src/main/submit/runner'
import { previewSubmission } from '../../../src/main/submit/service'
import { XINCAI, enterprise, exportFile, fingerprint, park, startClock } from '../../helpers/submit'

beforeEach(startClock)
afterEach(() => vi.useRealTimers())

describe('报送包的工作线程', () => {
  it('预览与本线程的一样；导入后主线程的连接看得到，修改时间跟主线程的钟；进度可查', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const file = await exportFile(ent, XINCAI)
    const here = previewSubmission(pk, file)
    const p = previewInWorker(pk, file)
    expect(submitProgress(pk)).toMatchObject({ op: 'preview' })
    expect(await p).toEqual(here)
    expect(submitProgress(pk)).toBeNull()

    const seen: number[] = []
    const timer = setInterval(() => {
      const pr = submitProgress(pk)
      if (pr) seen.push(pr.done)
    }, 5)
    const done = await commitInWorker(pk, { ...file, parentId: rootId, confirmSender: true }).finally(() => clearInterval(timer))
    expect(seen.length).toBeGreaterThan(0)
    expect(done.tables).toEqual(here.tables)
    expect(fs.existsSync(done.backup)).toBe(true)
    expect(path.basename(done.backup)).toMatch(/导入前/)
    const members = (pk.db.prepare('SELECT COUNT(*) AS n FROM members').get() as { n: number }).n
    expect(members).toBe(here.tables.find((t) => t.table === 'members')!.added)
    expect(pk.db.prepare('SELECT imported_at FROM submissions').get()).toEqual({ imported_at: '2026-11-25 09:00:00' })
    expect(pk.db.prepare('SELECT COUNT(*) AS n FROM submit_senders').get()).toEqual({ n: 1 })
  })

  it('坏文件：工作线程里照样给出中文原因，什么也不改、不做导入前备份；同一数据目录同时只跑一个', async () => {
    const ent = enterprise()
    const { ctx: pk, rootId } = park()
    const before = fingerprint(pk)
    const bad = { fileName: 'x.hldb', base64: Buffer.from('不是报送包').toString('base64') }
    await expect(previewInWorker(pk, bad)).rejects.toMatchObject({ code: 'BAD_PACKAGE', message: expect.stringMatching(/不是报送包/) })
    await expect(commitInWorker(pk, { ...bad, parentId: rootId, confirmSender: true })).rejects.toThrow(/不是报送包.*本机数据没有任何改动/)
    expect(fingerprint(pk)).toBe(before)
    const backups = path.join(pk.dataDir, 'backups')
    expect(fs.existsSync(backups) ? fs.readdirSync(backups).filter((f) => f.includes('导入前')) : []).toEqual([])
    const file = await exportFile(ent, XINCAI)
    const first = previewInWorker(pk, file)
    await expect(previewInWorker(pk, file)).rejects.toMatchObject({ code: 'BUSY' })
    await first
  })
})
