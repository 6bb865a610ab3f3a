import type { AppInfo, Language } from '#shared/ipc/contract'
import type { SettingsStore } from '../services/settings'
import { handle, type IpcMainLike, type SenderCheck } from './registerIpc'

export interface AppIpcDeps {
  ipcMain: IpcMainLike
  isTrustedSender: SenderCheck
  appInfo: () => AppInfo
  settings: Pick<SettingsStore, 'get' | 'update'>
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

  handle(
    deps.ipcMain,
    'sync:setServer',
    async ({ serverUrl }, event) => {
      if ((deps.settings.get().syncServer ?? null) === serverUrl) return { reloading: false }
      await deps.settings.update({ syncServer: serverUrl })
      // After this answer reaches the renderer: the page loads again under the policy that names the server.
      setTimeout(() => event.sender.reload(), 0)
      return { reloading: true }
    },
    options
  )
}
