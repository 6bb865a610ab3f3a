import { createContext } from 'react'
import type { CommandContext, Overlay, ScreenAction } from './commands'
import type { Route } from './useHashRoute'

/** What the shell lends the commands: where we are, how to go elsewhere, and its dialogs. */
export interface ShellHost {
  route: Route
  navigate(route: Route): void
  open(overlay: Overlay): void
  findAccounts(): void
}

/** An action asked for before its screen was there waits this long for the screen to mount. */
const PENDING_MS = 10_000

/**
 * Handlers that screens and editors lend the commands: one per screen action (the mounted screen that
 * offers it), and a stack of save handlers (the editor opened last saves on Ctrl+S).
 */
export class CommandRegistry {
  private readonly actions = new Map<ScreenAction, () => void>()
  private pending: { action: ScreenAction; at: number } | null = null
  private readonly savers: Array<() => void> = []

  provideAction(action: ScreenAction, run: () => void): () => void {
    this.actions.set(action, run)
    const pending = this.pending
    if (pending?.action === action) {
      this.pending = null
      if (Date.now() - pending.at < PENDING_MS) run()
    }
    return () => {
      if (this.actions.get(action) === run) this.actions.delete(action)
    }
  }

  invoke(action: ScreenAction): void {
    const run = this.actions.get(action)
    if (run) {
      this.pending = null
      run()
    } else {
      this.pending = { action, at: Date.now() }
    }
  }

  addSaver(save: () => void): () => void {
    const entry = () => save()
    this.savers.push(entry)
    return () => {
      const index = this.savers.lastIndexOf(entry)
      if (index >= 0) this.savers.splice(index, 1)
    }
  }

  get canSave(): boolean {
    return this.savers.length > 0
  }

  save(): void {
    this.savers.at(-1)?.()
  }
}

export interface CommandCenterValue {
  registry: CommandRegistry
  /** The shell registers itself; returns the unregister. */
  setShell(shell: ShellHost | null): void
  openPalette(query?: string): void
  openShortcuts(): void
  /** The context commands run in, as of now. */
  context(): CommandContext
}

export const CommandCenterContext = createContext<CommandCenterValue | null>(null)
