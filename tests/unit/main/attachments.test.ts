import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDispatch } from '../../../src/main/api'
import { attachmentFile } from '../../../src/main/attachments/files'
import { addAttachment, listAttachments, openAttachment, removeAttachment } from '../../../src/main/attachments/service'
import { changesFor } from '../../../src/main/changes/service'
import { listRecycle, restoreRecycled } from '../../../src/main/recycle/service'
import { testContext } from '../../helpers/context'

const photo = Buffer.from('签到表照片的内容 ' + 'x'.repeat(5000))

describe('附件', () => {
  it('复制进数据目录，按内容哈希存放；同样的文件只存一份，但两条记录都在', () => {
    const ctx = testContext()
    const owner = randomUUID()
    const a = addAttachment(ctx, { owner: 'meeting', ownerId: owner, fileName: '签到表.JPG', data: photo })
    const b = addAttachment(ctx, { owner: 'meeting', ownerId: owner, fileName: '签到表（复印）.jpg', data: photo })
    const sha = createHash('sha256').update(photo).digest('hex')
    expect([a.sha256, b.sha256]).toEqual([sha, sha])
    const file = attachmentFile(ctx.dataDir, sha, '签到表.JPG')
    expect(file.endsWith(`${sha}.jpg`)).toBe(true)
    expect(fs.readFileSync(file).equals(photo)).toBe(true)
    expect(fs.readdirSync(fs.realpathSync(file + '/..'))).toEqual([`${sha}.jpg`])
    expect(listAttachments(ctx, 'meeting', owner).map((x) => [x.fileName, x.size])).toEqual([['签到表.JPG', photo.length], ['签到表（复印）.jpg', photo.length]])
    expect(listAttachments(ctx, 'visit', owner)).toEqual([])
  })

  it('删除进回收站，恢复后文件还能打开；变更日志记着', async () => {
    const ctx = testContext()
    const owner = randomUUID()
    const a = addAttachment(ctx, { owner: 'checkupItem', ownerId: owner, fileName: '制度上墙.png', data: photo })
    removeAttachment(ctx, a.id)
    expect(listAttachments(ctx, 'checkupItem', owner)).toEqual([])
    expect(listRecycle(ctx).map((r) => [r.entity, r.title])).toEqual([['attachment', '制度上墙.png']])
    await expect(openAttachment(ctx, a.id)).rejects.toThrow(/附件不存在/)
    restoreRecycled(ctx, { entity: 'attachment', id: a.id })
    const { path: file } = await openAttachment(ctx, a.id)
    expect(fs.readFileSync(file).equals(photo)).toBe(true)
    expect(changesFor(ctx, { entity: 'attachment', id: a.id }).map((c) => c.action)).toEqual(['从回收站恢复', '删除到回收站', '新建'])
  })

  it('文件被手动删掉时，打开给出中文说明和位置', async () => {
    const ctx = testContext()
    const a = addAttachment(ctx, { owner: 'meeting', ownerId: randomUUID(), fileName: '照片.jpg', data: photo })
    fs.rmSync(attachmentFile(ctx.dataDir, a.sha256, a.fileName))
    await expect(openAttachment(ctx, a.id)).rejects.toThrow(/「照片.jpg」的文件不在数据目录里/)
  })

  it('经接口上传：空文件、坏的 base64、带路径的文件名、不认识的记录类型都被拒绝，什么也不写', async () => {
    const ctx = testContext()
    const dispatch = createDispatch(ctx, () => {})
    const ownerId = randomUUID()
    const good = { owner: 'meeting', ownerId, fileName: '会议记录.pdf', base64: photo.toString('base64') }
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...good, base64: '' }, /文件是空的/],
      [{ ...good, base64: '这不是base64' }, /文件内容不完整/],
      [{ ...good, fileName: '../../etc/passwd' }, /文件名含有不允许的字符/],
      [{ ...good, owner: 'Meeting; DROP' }, /记录类型不正确/]
    ]
    for (const [payload, msg] of bad) {
      const r = await dispatch('attachments.add', payload)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(msg)
    }
    expect(listAttachments(ctx, 'meeting', ownerId)).toEqual([])
    expect(fs.existsSync(`${ctx.dataDir}/附件`)).toBe(false)
    const r = await dispatch('attachments.add', good)
    expect(r.ok).toBe(true)
    expect(listAttachments(ctx, 'meeting', ownerId)).toHaveLength(1)
  })
})
