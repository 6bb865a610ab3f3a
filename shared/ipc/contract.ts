import { z } from '../schemas/zod'

// The one IPC contract between renderer and main. Channels are namespaced `domain:verb`; main validates
// every request against `request` and every reply against `response` before it crosses the bridge.

export const Language = z.enum(['zh-CN', 'en'])
export type Language = z.infer<typeof Language>

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  host: z.enum(['electron', 'browser'])
})
export type AppInfo = z.infer<typeof AppInfo>

export const FileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]+$/i).max(10)).max(10)
})

const MAX_FILE_BYTES = 50 * 1024 * 1024

export const SaveFileRequest = z.object({
  suggestedName: z.string().min(1).max(255).refine((n) => !/[\\/]/.test(n), 'no path separators'),
  filters: z.array(FileFilter).max(10),
  /** Text, or base64 when `encoding` is 'base64' (binary such as PDF or PNG). */
  data: z.string().max(MAX_FILE_BYTES * 2),
  encoding: z.enum(['utf8', 'base64'])
})
export type SaveFileRequest = z.infer<typeof SaveFileRequest>
export const SaveFileResponse = z.object({ saved: z.boolean(), path: z.string().nullable() })
export type SaveFileResponse = z.infer<typeof SaveFileResponse>

export const OpenFileRequest = z.object({ filters: z.array(FileFilter).max(10) })
export type OpenFileRequest = z.infer<typeof OpenFileRequest>
export const OpenFileResponse = z
  .object({ name: z.string(), text: z.string().max(MAX_FILE_BYTES) })
  .nullable()
export type OpenFileResponse = z.infer<typeof OpenFileResponse>

/** The brief's complete HTML document, printed to PDF by main in a hidden window, then saved via a dialog. */
export const ExportPdfRequest = z.object({
  html: z.string().min(1).max(MAX_FILE_BYTES),
  suggestedName: z.string().min(1).max(255).refine((n) => !/[\\/]/.test(n), 'no path separators'),
  pageSize: z.enum(['A4', 'Letter'])
})
export type ExportPdfRequest = z.infer<typeof ExportPdfRequest>

export const ipcContract = {
  'app:getInfo': { request: z.void(), response: AppInfo },
  'app:setLanguage': { request: Language, response: z.void() },
  'file:save': { request: SaveFileRequest, response: SaveFileResponse },
  'file:open': { request: OpenFileRequest, response: OpenFileResponse },
  'brief:exportPdf': { request: ExportPdfRequest, response: SaveFileResponse }
} as const

export type IpcContract = typeof ipcContract
export type IpcChannel = keyof IpcContract
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>

export type IpcErrorCode = 'invalidRequest' | 'forbiddenSender' | 'internal'
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** Commands the native menu sends to the renderer (main → renderer, one event channel). */
export const MENU_COMMANDS = ['newAccount', 'find', 'openSettings', 'showAbout', 'useEnglish', 'useChinese'] as const
export const MenuCommand = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommand>
export const MENU_COMMAND_CHANNEL = 'menu:command'

/** The API the preload exposes on `window.api`: one named function per channel, nothing generic. */
export interface PreloadApi {
  getAppInfo(): Promise<IpcResult<AppInfo>>
  setLanguage(language: Language): Promise<IpcResult<void>>
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileResponse>>
  openFile(request: OpenFileRequest): Promise<IpcResult<OpenFileResponse>>
  exportPdf(request: ExportPdfRequest): Promise<IpcResult<SaveFileResponse>>
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
