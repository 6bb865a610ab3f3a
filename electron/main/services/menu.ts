import type { Menu, MenuItemConstructorOptions } from 'electron'
import type { Language, MenuCommand } from '#shared/ipc/contract'
import { translate } from '#shared/i18n/translate'

export type SendMenuCommand = (command: MenuCommand) => void

export interface MenuOptions {
  /** Adds reload and developer tools to View; only under `electron-vite dev`. */
  isDev?: boolean
  platform?: NodeJS.Platform
}

/**
 * The native menu as a plain template (no Electron calls, so it is testable). Items that need the
 * renderer send a MenuCommand; labels come from the shared messages so menu and UI always agree.
 */
export function menuTemplate(language: Language, send: SendMenuCommand, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const isMac = (options.platform ?? process.platform) === 'darwin'

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { id: 'newAccount', label: t('menu.file.newAccount'), accelerator: 'CmdOrCtrl+N', click: () => send('newAccount') },
      { type: 'separator' },
      { id: 'openSettings', label: t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: () => send('openSettings') },
      // On macOS Quit lives in the application menu.
      ...(isMac ? [] : [{ type: 'separator' } as const, { id: 'quit', label: t('menu.file.quit'), role: 'quit' } as const])
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { id: 'find', label: t('menu.edit.find'), accelerator: 'CmdOrCtrl+F', click: () => send('find') }
    ]
  }

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      {
        id: 'language',
        label: t('menu.view.language'),
        submenu: [
          { id: 'useEnglish', label: t('language.en'), type: 'radio', checked: language === 'en', click: () => send('useEnglish') },
          { id: 'useChinese', label: t('language.zh-CN'), type: 'radio', checked: language === 'zh-CN', click: () => send('useChinese') }
        ]
      },
      { type: 'separator' },
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [{ id: 'showAbout', label: t('menu.help.about'), click: () => send('showAbout') }]
  }

  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help]
}

/** Builds and installs the application menu; call again after a language change. */
export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  language: Language,
  send: SendMenuCommand,
  options: MenuOptions = {}
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(language, send, options)))
}
