import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { ipcContract, type IpcChannel, type IpcContract, type IpcErrorCode, type IpcResponse, type IpcResult } from '#shared/ipc/contract'
import { isAppUrl } from '../appOrigin'
import { createLogger } from '#shared/log'

const log = createLogger('ipc')

export type IpcMainLike = Pick<IpcMain, 'handle'>
export type SenderFrame = { readonly url: string } | null | undefined
export type SenderCheck = (frame: SenderFrame) => boolean

export type IpcHandlerRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>
export type IpcHandlerResponse<C extends IpcChannel> = z.input<IpcContract[C]['response']>
export type IpcHandler<C extends IpcChannel> = (
  request: IpcHandlerRequest<C>,
  event: IpcMainInvokeEvent
) => IpcHandlerResponse<C> | Promise<IpcHandlerResponse<C>>

export interface HandleOptions {
  isTrustedSender: SenderCheck
}

/**
 * A handler may throw this to send a specific code and a user-safe message back. Any other exception
 * becomes `internal` with a generic message (details stay in the main-process log).
 */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'IpcError'
  }
}

/** Only frames showing the app itself (app://atlas, or the dev server in development) may call main. */
export function trustedSenderCheck(devServerUrl?: string): SenderCheck {
  return (frame) => typeof frame?.url === 'string' && isAppUrl(frame.url, devServerUrl)
}

const registered = new WeakMap<object, Set<string>>()

function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}

function describeIssues(error: z.ZodError): string {
  const text = error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(request)'}: ${issue.message}`)
    .join('; ')
  return text.length > 500 ? `${text.slice(0, 497)}...` : text
}

function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame {
  try {
    return event.senderFrame
  } catch {
    return null // the frame is gone (navigated away or destroyed)
  }
}

/**
 * The one way to register an IPC handler. It refuses a second registration of the same channel,
 * refuses senders that are not the app, validates the request and the response against the contract,
 * and always resolves to an IpcResult: nothing is thrown across the bridge.
 */
export function handle<C extends IpcChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  handler: IpcHandler<C>,
  options: HandleOptions
): void {
  const channels = registered.get(ipcMain) ?? new Set<string>()
  if (channels.has(channel)) throw new Error(`IPC channel "${channel}" is already registered`)
  const schemas = ipcContract[channel]
  if (!schemas) throw new Error(`IPC channel "${channel}" is not in the contract`)
  channels.add(channel)
  registered.set(ipcMain, channels)

  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult<IpcResponse<C>>> => {
    const frame = senderFrameOf(event)
    if (!options.isTrustedSender(frame)) {
      log.warn(`${channel}: refused sender`, frame?.url ?? '(no frame)')
      return fail('forbiddenSender', 'The sender is not allowed to call this channel')
    }
    if (args.length > 1) return fail('invalidRequest', `${channel} takes at most one argument`)

    const request = schemas.request.safeParse(args[0])
    if (!request.success) return fail('invalidRequest', describeIssues(request.error))

    let result: unknown
    try {
      result = await handler(request.data as IpcHandlerRequest<C>, event)
    } catch (error) {
      if (error instanceof IpcError) return fail(error.code, error.message)
      log.error(`${channel}: handler failed`, error)
      return fail('internal', 'Something went wrong in the app')
    }

    const response = schemas.response.safeParse(result)
    if (!response.success) {
      log.error(`${channel}: handler returned an invalid response`, describeIssues(response.error))
      return fail('internal', 'Something went wrong in the app')
    }
    return { ok: true, value: response.data as IpcResponse<C> }
  })
}
