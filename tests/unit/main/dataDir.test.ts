import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../src/main/dataDir'

describe('默认数据目录', () => {
  it('REDTIE_DATA_DIR 优先', () => expect(defaultDataDir({ REDTIE_DATA_DIR: '/x/y' }, 'linux', '/home/a')).toBe('/x/y'))
  it('Linux 在 ~/.config 下', () => expect(defaultDataDir({}, 'linux', '/home/a')).toBe('/home/a/.config/红领带党建台账/data'))
  it('Windows 在 %APPDATA% 下', () => expect(defaultDataDir({ APPDATA: 'C:/Users/a/AppData/Roaming' }, 'win32', 'C:/Users/a')).toBe('C:/Users/a/AppData/Roaming/红领带党建台账/data'))
})
