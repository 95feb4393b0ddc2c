// 报送配置旅程：企业先交一份未加密的报送包（预览里有提醒）→ 园区为它生成报送配置 → 企业导入配置、导出加密的报送包
// → 园区预览时看到签名核对无误和企业的本机标识，导入后登记发送方；改过一个字节的包被拒收
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { acknowledge, appsPerTest, clickIn, goTo, openDialog, shot } from './helpers'
import type { LaunchedApp } from '../../src/shell'

const PARK = '乐山高新区综合党委'
const start = appsPerTest()

/** 导出嘉州新材料党委的报送包，返回成功提示和文件路径 */
async function exportPackage(app: LaunchedApp): Promise<{ file: string; text: string }> {
  const { page } = app
  await openDialog(page.getByRole('button', { name: '导出报送包…' }))
  const dialog = page.getByRole('dialog').last()
  await dialog.getByTestId('submit-org').click()
  await page.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
  await clickIn(dialog, '导出')
  const done = dialog.getByTestId('submit-export-done')
  await done.waitFor()
  const text = await done.innerText()
  const file = (await done.locator('code').innerText()).trim()
  await clickIn(dialog, '完成')
  await dialog.waitFor({ state: 'hidden' })
  return { file, text }
}

describe('报送配置与加密报送包（Chromium 外壳）', () => {
  it('园区生成报送配置，企业导入后导出加密的报送包，园区预览时核对发送方并导入', async () => {
    const ent = await start()
    await ent.page.getByRole('button', { name: '载入示例数据' }).click()
    await goTo(ent.page, '数据与设置')
    const legacy = await exportPackage(ent)
    expect(legacy.text).toContain('没有导入报送配置，这个包没有加密')
    expect(fs.readFileSync(legacy.file)[0]).toBe(0x1f)

    // 园区导入未加密的包：预览里提醒
    const park = await start()
    const p = park.page
    await goTo(p, '数据与设置')
    await p.locator('input[type=file][accept=".hldb"]').setInputFiles(legacy.file)
    await p.getByTestId('submit-preview').waitFor()
    expect(await p.getByTestId('submit-seal').innerText()).toContain('未加密的报送包')
    await shot(p, '报送配置-未加密包的提醒')
    // 第一次收到这个报送单位的包：先核对它在本机的位置
    await p.getByTestId('submit-confirm-sender').check()
    await p.getByRole('button', { name: '确认导入' }).click()
    await acknowledge(p)

    // 园区生成报送配置
    await openDialog(p.getByRole('button', { name: '生成报送配置…' }))
    const issue = p.getByRole('dialog').last()
    await issue.getByTestId('config-org').click()
    await p.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
    await issue.getByTestId('config-park').fill(PARK)
    await shot(p, '报送配置-生成')
    await clickIn(issue, '生成')
    const issued = issue.getByTestId('config-issued')
    await issued.waitFor()
    const configFile = (await issued.locator('code').innerText()).trim()
    expect(path.basename(configFile)).toBe('报送配置-嘉州新材料党委.hlcfg')
    const parkFingerprint = (await issued.locator('strong').innerText()).trim()
    expect(parkFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/)
    await shot(p, '报送配置-已生成')
    await clickIn(issue, '完成')
    await expect.poll(() => p.getByTestId('submit-config-issued').innerText()).toContain('尚未收到加密报送包')

    // 企业导入报送配置，导出加密的报送包
    const e = ent.page
    await e.locator('input[type=file][accept=".hlcfg"]').setInputFiles(configFile)
    await e.locator('.ant-modal-confirm-title', { hasText: '已导入报送配置' }).waitFor()
    expect(await e.locator('.ant-modal-confirm').innerText()).toContain(parkFingerprint)
    await acknowledge(e)
    const info = e.getByTestId('submit-config-info')
    await expect.poll(() => info.innerText()).toContain(PARK)
    const entFingerprint = (await info.locator('code').first().innerText()).trim()
    await info.scrollIntoViewIfNeeded()
    await shot(e, '报送配置-企业已导入')
    const sealed = await exportPackage(ent)
    expect(sealed.text).toContain(`已加密给「${PARK}」`)
    const bytes = fs.readFileSync(sealed.file)
    expect(bytes.subarray(0, 8).toString('ascii')).toBe('HLDBSEAL')

    // 改过一个字节的包：拒收
    const tampered = path.join(path.dirname(sealed.file), '改过的报送包.hldb')
    const bad = Buffer.from(bytes)
    bad[bad.length - 100] ^= 1
    fs.writeFileSync(tampered, bad)
    await p.locator('input[type=file][accept=".hldb"]').setInputFiles(tampered)
    await expect.poll(() => p.getByTestId('submit-error').innerText()).toContain('报送包已被改动')
    await p.getByRole('button', { name: '取消' }).click()
    await p.getByRole('dialog').last().waitFor({ state: 'hidden' })

    // 园区预览加密的包：签名无误，发送方是企业的本机标识，第一次登记
    await p.locator('input[type=file][accept=".hldb"]').setInputFiles(sealed.file)
    await p.getByTestId('submit-preview').waitFor()
    const seal = await p.getByTestId('submit-seal').innerText()
    expect(seal).toContain('签名核对无误')
    expect(seal).toContain(entFingerprint)
    expect(seal).toContain('第一次收到')
    expect(await p.getByTestId('submit-preview').innerText()).toContain('嘉州新材料党委')
    await shot(p, '报送配置-预览加密包')
    await p.getByRole('button', { name: '确认导入' }).click()
    await acknowledge(p)
    await expect.poll(() => p.getByTestId('submit-config-issued').innerText()).toContain(entFingerprint)
    await shot(p, '报送配置-园区登记发送方')

    // 已登记发送方的组织再生成报送配置：先说明会改登记
    await openDialog(p.getByRole('button', { name: '生成报送配置…' }))
    const again = p.getByRole('dialog').last()
    await again.getByTestId('config-org').click()
    await p.locator('.ant-select-dropdown:visible').getByTitle('嘉州新材料党委', { exact: true }).click()
    await expect.poll(() => again.getByTestId('config-rebind').innerText()).toContain(entFingerprint)
    await shot(p, '报送配置-重新生成的提醒')
    await clickIn(again, '取消')
    expect(park.externalRequests).toEqual([])
    expect(ent.externalRequests).toEqual([])
  })
})
