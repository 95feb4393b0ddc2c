import { describe, expect, it } from 'vitest'
import { FILE_BASE_MAX, safeBaseName, safeFileName } from '../../../src/shared/fileName'

describe('导出文件名', () => {
  it.each([
    ['问题整改台账-a/b-2026-11-25.xlsx', '问题整改台账-a_b-2026-11-25.xlsx'],
    ['../x.xlsx', '_x.xlsx'],
    ['..', '导出'],
    ['a\\b:c*d?e"f<g>h|i.pdf', 'a_b_c_d_e_f_g_h_i.pdf'],
    ['换行\n制表\t响铃\u0007.xlsx', '换行_制表_响铃_.xlsx'],
    ['.隐藏.xlsx', '隐藏.xlsx'],
    ['末尾的点. .pdf', '末尾的点.pdf'],
    ['CON.xlsx', '_CON.xlsx'],
    ['备份.DB', '备份.db']
  ])('%j → %j', (input, expected) => expect(safeFileName(input)).toBe(expected))

  it('太长时截短到上限，保留扩展名，不拆开汉字以外的字符（如生僻字的代理对）', () => {
    const long = `党建体检表-${'嘉州高新区𠀀联合'.repeat(12)}联合党支部-2026-11-25.xlsx`
    const name = safeFileName(long)
    expect(name.endsWith('….xlsx')).toBe(true)
    expect(Array.from(name.slice(0, -'.xlsx'.length)).length).toBe(FILE_BASE_MAX)
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(Buffer.byteLength(name)).toBeLessThan(255)
    expect(safeBaseName('短名称')).toBe('短名称')
  })
})
