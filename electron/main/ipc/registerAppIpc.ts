import type { AppInfo, Language } from '#shared/ipc/contract'
import type { SettingsStore } from '../services/settings'
import { handle, type IpcMainLike, type SenderCheck } from './registerIpc'

export interface AppIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  appInfo: () => AppInfo
  settings: Pick<SettingsStore, 'update'>
  /** Called after the language is saved; rebuilds the native menu. */
  onLanguageChanged: (language: Language) => void
}

export function registerAppIpc(deps: AppIpcDeps): void {
  const options = { isTrustedSender: deps.isTrustedSender }

  handle(deps.ipcMain, 'app:getInfo', () => deps.appInfo(), options)

  handle(
    deps.ipcMain,
    'app:setLanguage',
    async (language) => {
      await deps.settings.update({ language })
      deps.onLanguageChanged(language)
    },
    options
  )
}
