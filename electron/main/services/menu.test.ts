import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '#shared/ipc/contract'
import { installApplicationMenu, menuTemplate } from './menu'

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}
function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.id === id)
  if (!item) throw new Error(`no menu item ${id}`)
  return item
}
function click(item: MenuItemConstructorOptions) {
  ;(item.click as () => void)()
}

describe('menuTemplate', () => {
  it('labels the menus in English', () => {
    const template = menuTemplate('en', () => {}, { platform: 'linux' })
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(byId(template, 'newAccount').label).toBe('New Account')
    expect(byId(template, 'find').label).toBe('Find Account')
    expect(byId(template, 'openSettings').label).toBe('Settings…')
    expect(byId(template, 'quit')).toMatchObject({ label: 'Quit', role: 'quit' })
    expect(byId(template, 'showAbout').label).toBe('About Account Atlas')
    expect(byId(template, 'language').label).toBe('Language')
  })

  it('switches every label to Chinese', () => {
    const template = menuTemplate('zh-CN', () => {}, { platform: 'linux' })
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(byId(template, 'newAccount').label).toBe('新建客户')
    expect(byId(template, 'find').label).toBe('查找客户')
    expect(byId(template, 'openSettings').label).toBe('设置…')
    expect(byId(template, 'quit').label).toBe('退出')
    expect(byId(template, 'language').label).toBe('语言')
  })

  it('sends the right command from each item', () => {
    const send = vi.fn<(command: MenuCommand) => void>()
    const template = menuTemplate('en', send, { platform: 'linux' })
    const expected: Record<string, MenuCommand> = {
      newAccount: 'newAccount',
      openSettings: 'openSettings',
      find: 'find',
      useEnglish: 'useEnglish',
      useChinese: 'useChinese',
      showAbout: 'showAbout'
    }
    for (const [id, command] of Object.entries(expected)) {
      send.mockClear()
      click(byId(template, id))
      expect(send, id).toHaveBeenCalledExactlyOnceWith(command)
    }
    expect(byId(template, 'find').accelerator).toBe('CmdOrCtrl+F')
    expect(byId(template, 'newAccount').accelerator).toBe('CmdOrCtrl+N')
  })

  it('checks the current language', () => {
    const en = menuTemplate('en', () => {}, { platform: 'linux' })
    expect([byId(en, 'useEnglish').checked, byId(en, 'useChinese').checked]).toEqual([true, false])
    const zh = menuTemplate('zh-CN', () => {}, { platform: 'linux' })
    expect([byId(zh, 'useEnglish').checked, byId(zh, 'useChinese').checked]).toEqual([false, true])
    expect(byId(zh, 'useEnglish')).toMatchObject({ type: 'radio', label: 'English' })
    expect(byId(zh, 'useChinese')).toMatchObject({ type: 'radio', label: '中文（简体）' })
  })

  it('has the standard edit roles and view roles', () => {
    const roles = items(menuTemplate('en', () => {}, { platform: 'linux' })).map((i) => i.role).filter(Boolean)
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) {
      expect(roles).toContain(role)
    }
  })

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => items(menuTemplate('en', () => {}, { isDev, platform: 'linux' })).map((i) => i.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(true)).toContain('toggleDevTools')
    expect(roles(true)).toContain('reload')
  })

  it('puts the application menu first on macOS and Quit there', () => {
    const template = menuTemplate('en', () => {}, { platform: 'darwin' })
    expect(template[0]).toEqual({ role: 'appMenu' })
    expect(items(template).some((i) => i.id === 'quit')).toBe(false)
  })
})

describe('installApplicationMenu', () => {
  it('builds the template and installs it', () => {
    const built = { menu: true }
    const menu = { buildFromTemplate: vi.fn((_template: MenuItemConstructorOptions[]) => built), setApplicationMenu: vi.fn() }
    installApplicationMenu(menu as never, 'zh-CN', () => {}, { platform: 'linux' })
    const template = menu.buildFromTemplate.mock.calls[0]![0]
    expect(template[0]!.label).toBe('文件')
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
