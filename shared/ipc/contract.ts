import { z } from '../schemas/zod'
import { MENU_COMMANDS, type IpcChannel, type IpcMethod } from './channels'

// The one IPC contract between renderer and main. Channels are namespaced `domain:verb`; main validates
// every request against `request` and every reply against `response` before it crosses the bridge.
// The channel names and their function names live in ./channels.ts (no zod, so the preload can load it).

export { buildIpcMethods, CLOSE_REQUEST_CHANNEL, IPC_CHANNELS, IPC_METHODS, MENU_COMMAND_CHANNEL, MENU_COMMANDS } from './channels'
export type { IpcChannel, IpcMethod } from './channels'

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

/**
 * The largest file the app opens or saves, backups and snapshots included: four times a heavy user's
 * backup (1,000 accounts, 50k visits: 65.7 MB pretty-printed, less compact). One limit for all, so a
 * backup the app saved always opens again.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024

/**
 * Bytes that cross the bridge: structured clone delivers a renderer's Uint8Array as a Uint8Array (a Node
 * Buffer, which main may return, is one too). At most `max` bytes.
 */
export const Bytes = (max: number) =>
  // z.instanceof(Uint8Array), typed over any ArrayBufferLike (a Buffer's, or fflate's) rather than only ArrayBuffer.
  z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected a Uint8Array').refine((bytes) => bytes.byteLength <= max, `at most ${max} bytes`)

const SuggestedName = z.string().min(1).max(255).refine((n) => !/[\\/]/.test(n), 'no path separators')

export const SaveFileRequest = z.discriminatedUnion('encoding', [
  z.object({
    suggestedName: SuggestedName,
    filters: z.array(FileFilter).max(10),
    /** Text, or base64 when `encoding` is 'base64' (binary such as PDF or PNG): either way at most MAX_FILE_BYTES once written. */
    data: z.string().max(MAX_FILE_BYTES * 2),
    encoding: z.enum(['utf8', 'base64'])
  }),
  z.object({
    suggestedName: SuggestedName,
    filters: z.array(FileFilter).max(10),
    /** The file's bytes, written as they are (a zip backup). */
    data: Bytes(MAX_FILE_BYTES),
    encoding: z.literal('binary')
  })
])
export type SaveFileRequest = z.infer<typeof SaveFileRequest>
export const SaveFileResponse = z.object({ saved: z.boolean(), path: z.string().nullable() })
export type SaveFileResponse = z.infer<typeof SaveFileResponse>

/** `as` is how the chosen file comes back: UTF-8 `text` (the default) or its raw `bytes`. */
export const OpenFileRequest = z.object({ filters: z.array(FileFilter).max(10), as: z.enum(['text', 'bytes']).default('text') })
export type OpenFileRequest = z.input<typeof OpenFileRequest>
export const OpenedTextFile = z.object({ name: z.string(), text: z.string().max(MAX_FILE_BYTES) })
export type OpenedTextFile = z.infer<typeof OpenedTextFile>
export const OpenedBytesFile = z.object({ name: z.string(), bytes: Bytes(MAX_FILE_BYTES) })
export type OpenedBytesFile = z.infer<typeof OpenedBytesFile>
/** Null when the user cancels; otherwise `{name, text}` or, for `as: 'bytes'`, `{name, bytes}`. */
export const OpenFileResponse = z.union([OpenedTextFile, OpenedBytesFile]).nullable()
export type OpenFileResponse = z.infer<typeof OpenFileResponse>

/** The brief's complete HTML document, printed to PDF by main in a hidden window, then saved via a dialog. */
export const ExportPdfRequest = z.object({
  html: z.string().min(1).max(MAX_FILE_BYTES),
  suggestedName: SuggestedName,
  pageSize: z.enum(['A4', 'Letter'])
})
export type ExportPdfRequest = z.infer<typeof ExportPdfRequest>

/** Why a rolling snapshot was taken; part of its file name. */
export const SNAPSHOT_REASONS = ['daily', 'before-restore', 'before-upgrade', 'manual'] as const
export const SnapshotReason = z.enum(SNAPSHOT_REASONS)
export type SnapshotReason = z.infer<typeof SnapshotReason>
export const SNAPSHOT_MAX_BYTES = MAX_FILE_BYTES
export const SNAPSHOT_KEEP = { min: 1, max: 60, default: 7 } as const
export const SnapshotKeep = z.number().int().min(SNAPSHOT_KEEP.min).max(SNAPSHOT_KEEP.max)
/** The only names main writes and reads: time in UTC to the millisecond, then the reason; `.json` (legacy) or `.zip`. */
export const SNAPSHOT_NAME_PATTERN = new RegExp(
  `^atlas-snapshot-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z-(${SNAPSHOT_REASONS.join('|')})\\.(json|zip)$`
)
export const SnapshotName = z.string().max(100).regex(SNAPSHOT_NAME_PATTERN)
export const SnapshotInfo = z.object({
  name: SnapshotName,
  createdAt: z.number().int().nonnegative(),
  reason: SnapshotReason,
  bytes: z.number().int().nonnegative(),
  /** The bytes on disk still hash to what was read back right after writing. */
  verified: z.boolean()
})
export type SnapshotInfo = z.infer<typeof SnapshotInfo>
/** A snapshot's content: a legacy backup's JSON text, or a zip backup's bytes. */
export const SnapshotContent = z.union([z.string().min(1).max(SNAPSHOT_MAX_BYTES), Bytes(SNAPSHOT_MAX_BYTES).refine((b) => b.byteLength > 0, 'empty')])
export type SnapshotContent = z.infer<typeof SnapshotContent>
/**
 * `content` is a backup file: JSON text (main checks its format marker; written as `.json`) or a zip's bytes
 * (main checks the zip signature; written as `.zip`).
 */
export const WriteSnapshotRequest = z.object({ reason: SnapshotReason, content: SnapshotContent })
export type WriteSnapshotRequest = z.infer<typeof WriteSnapshotRequest>
export const ListSnapshotsResponse = z.object({ snapshots: z.array(SnapshotInfo).max(1000), keep: SnapshotKeep })
export type ListSnapshotsResponse = z.infer<typeof ListSnapshotsResponse>
export const ReadSnapshotRequest = z.object({ name: SnapshotName })
/** `content` is text for a `.json` snapshot and bytes for a `.zip` one. */
export const ReadSnapshotResponse = z.object({ snapshot: SnapshotInfo, content: SnapshotContent })
export type ReadSnapshotResponse = z.infer<typeof ReadSnapshotResponse>
export const SetSnapshotKeepRequest = z.object({ keep: SnapshotKeep })

/** The team server the CSP lets through (docs/sync.md, "Network and CSP"); null while sync is off. */
export const SetSyncServerRequest = z.object({ serverUrl: z.url({ protocol: /^https?$/ }).max(300).nullable() })
export type SetSyncServerRequest = z.infer<typeof SetSyncServerRequest>
/** `reloading`: the policy changed, so main reloads the window under the new one. */
export const SetSyncServerResponse = z.object({ reloading: z.boolean() })

/** What the contract holds for each channel. */
export interface IpcChannelSchemas {
  request: z.ZodType
  response: z.ZodType
}
/** Exactly one entry per channel of IPC_METHODS: a missing or an extra channel fails the type check. */
export type IpcContractShape = { [C in IpcChannel]: IpcChannelSchemas }

export const ipcContract = {
  'app:getInfo': { request: z.void(), response: AppInfo },
  /** Saves the language and relabels the native menu (the browser edition has no menu). */
  'app:setLanguage': { request: Language, response: z.void() },
  'file:save': { request: SaveFileRequest, response: SaveFileResponse },
  'file:open': { request: OpenFileRequest, response: OpenFileResponse },
  /** Prints a complete HTML document to PDF: a save dialog in Electron, the print dialog in a browser. */
  'brief:exportPdf': { request: ExportPdfRequest, response: SaveFileResponse },
  /** The renderer reports whether a form holds unsaved changes; while it does, closing the window asks first. */
  'window:setUnsavedChanges': { request: z.boolean(), response: z.void() },
  /** The rep chose to discard the unsaved changes: main closes the sender's window without asking again. */
  'window:confirmClose': { request: z.void(), response: z.void() },
  /** Writes a rolling snapshot to the app's data folder, verifies it by reading it back, keeps the newest N. */
  'snapshot:write': { request: WriteSnapshotRequest, response: SnapshotInfo },
  /** The snapshots on disk, newest first, each re-checked against its checksum; and how many are kept. */
  'snapshot:list': { request: z.void(), response: ListSnapshotsResponse },
  /** One listed snapshot's content, for restore. */
  'snapshot:read': { request: ReadSnapshotRequest, response: ReadSnapshotResponse },
  /** How many snapshots to keep (1–60); older ones go when the next snapshot is written. */
  'snapshot:setKeep': { request: SetSnapshotKeepRequest, response: z.object({ keep: SnapshotKeep }) },
  /** Saves which team server connect-src allows (none while sync is off) and reloads the window when that changes. */
  'sync:setServer': { request: SetSyncServerRequest, response: SetSyncServerResponse }
} as const satisfies IpcContractShape

export type IpcContract = typeof ipcContract
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>

export type IpcErrorCode = 'invalidRequest' | 'forbiddenSender' | 'internal'
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** The arguments of a channel's function: none for a void request, otherwise the request. */
export type IpcArgs<C extends IpcChannel> = [IpcRequest<C>] extends [void] ? [] : [request: IpcRequest<C>]

/** window.api's invoke half: one function per channel, named by IPC_METHODS, resolving to an IpcResult. */
export type PreloadInvokers = {
  [C in IpcChannel as IpcMethod<C>]: (...args: IpcArgs<C>) => Promise<IpcResult<IpcResponse<C>>>
}

export const MenuCommand = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommand>

/** The API the preload exposes on `window.api`: one named function per channel, nothing generic. */
export interface PreloadApi extends PreloadInvokers {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Main asks before closing a window with unsaved changes; answer with confirmClose() to close it. */
  onCloseRequest(listener: () => void): () => void
}
