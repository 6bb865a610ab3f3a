// The one table of what the rep can do from anywhere: the command palette lists it, the global shortcuts
// are read from it, and the shortcut sheet prints it. A screen-level action (add a person, log a visit …)
// is run by the screen that owns it: the command goes to the right tab and `invoke`s the action, which
// the screen registers with useCommandAction.
import type { Language } from '#shared/ipc/contract'
import type { MessageKey } from '#shared/i18n/translate'
import type { Theme } from '#data'
import { ACCOUNT_TABS, type AccountTab, type Route } from './useHashRoute'

/** A key chord. `mod` is Ctrl, or ⌘ on macOS. `key` is KeyboardEvent.key (lower case) or a digit. */
export interface Shortcut {
  key: string
  mod?: boolean
  shift?: boolean
  alt?: boolean
}

export type Overlay = 'search' | 'settings' | 'about'

/** Actions that live in a screen; the screen registers a handler for each it offers. */
export type ScreenAction =
  | 'person.add'
  | 'people.import'
  | 'visit.log'
  | 'visit.plan'
  | 'objection.add'
  | 'competitor.add'
  | 'dossier.write'
  | 'brief.export'
  | 'backup.export'
  | 'backup.import'

export interface CommandContext {
  route: Route
  navigate(route: Route): void
  language: Language
  setLanguage(language: Language): void
  theme: Theme
  setTheme(theme: Theme): void
  open(overlay: Overlay): void
  openPalette(): void
  openShortcuts(): void
  /** The account list with its filter box focused (Ctrl+F). */
  findAccounts(): void
  /** Runs a screen's action now, or as soon as the screen that offers it has mounted. */
  invoke(action: ScreenAction): void
  /** Whether an editor (form, dialog) with a save handler is open. */
  canSave: boolean
  save(): void
}

export type CommandGroup = 'general' | 'go' | 'account' | 'create' | 'edit' | 'preferences'

export interface Command {
  id: string
  label: MessageKey
  group: CommandGroup
  /** The first one is shown; all of them run the command. */
  shortcuts?: readonly Shortcut[]
  /** In Electron the native menu owns this chord (its accelerator sends the menu command). */
  menuOwned?: boolean
  /** Runs while a dialog is open (only saving does; everything else waits for the dialog to close). */
  inDialogs?: boolean
  when?(ctx: CommandContext): boolean
  run(ctx: CommandContext): void
}

export const COMMAND_GROUPS: readonly CommandGroup[] = ['general', 'go', 'account', 'create', 'edit', 'preferences']

export const GROUP_LABEL: Record<CommandGroup, MessageKey> = {
  general: 'commands.group.general',
  go: 'commands.group.go',
  account: 'commands.group.account',
  create: 'commands.group.create',
  edit: 'commands.group.edit',
  preferences: 'commands.group.preferences'
}

const onAccount = (ctx: CommandContext) => ctx.route.name === 'account'

/** Goes to the account tab that offers an action (if not there already), then runs it. */
function onTab(tab: AccountTab, action: ScreenAction) {
  return (ctx: CommandContext) => {
    const { route } = ctx
    if (route.name !== 'account') return
    if ((route.tab ?? 'overview') !== tab) ctx.navigate({ name: 'account', id: route.id, tab })
    ctx.invoke(action)
  }
}

const TAB_LABEL: Record<AccountTab, MessageKey> = {
  overview: 'commands.tab.overview',
  dossier: 'commands.tab.dossier',
  stakeholders: 'commands.tab.stakeholders',
  visits: 'commands.tab.visits',
  brief: 'commands.tab.brief'
}

const tabCommands: Command[] = ACCOUNT_TABS.map((tab, index) => ({
  id: `tab.${tab}`,
  label: TAB_LABEL[tab],
  group: 'account',
  shortcuts: [{ key: String(index + 1), mod: true }],
  when: onAccount,
  run: (ctx) => {
    if (ctx.route.name === 'account') ctx.navigate({ name: 'account', id: ctx.route.id, tab })
  }
}))

export const COMMANDS: readonly Command[] = [
  { id: 'palette.open', label: 'commands.palette.open', group: 'general', shortcuts: [{ key: 'p', mod: true, shift: true }], run: (ctx) => ctx.openPalette() },
  { id: 'search.open', label: 'commands.search.open', group: 'general', shortcuts: [{ key: 'k', mod: true }], run: (ctx) => ctx.open('search') },
  { id: 'shortcuts.show', label: 'commands.shortcuts.show', group: 'general', shortcuts: [{ key: '?' }, { key: 'f1' }], run: (ctx) => ctx.openShortcuts() },
  { id: 'settings.open', label: 'commands.settings.open', group: 'general', shortcuts: [{ key: ',', mod: true }], menuOwned: true, run: (ctx) => ctx.open('settings') },
  { id: 'about.open', label: 'commands.about.open', group: 'general', run: (ctx) => ctx.open('about') },

  { id: 'go.today', label: 'commands.go.today', group: 'go', shortcuts: [{ key: 'h', mod: true, shift: true }], run: (ctx) => ctx.navigate({ name: 'today' }) },
  { id: 'go.accounts', label: 'commands.go.accounts', group: 'go', shortcuts: [{ key: 'a', mod: true, shift: true }], run: (ctx) => ctx.navigate({ name: 'accounts' }) },
  { id: 'accounts.find', label: 'commands.accounts.find', group: 'go', shortcuts: [{ key: 'f', mod: true }], menuOwned: true, run: (ctx) => ctx.findAccounts() },

  ...tabCommands,

  { id: 'account.new', label: 'commands.account.new', group: 'create', shortcuts: [{ key: 'n', mod: true }], menuOwned: true, run: (ctx) => ctx.navigate({ name: 'newAccount' }) },
  { id: 'person.add', label: 'commands.person.add', group: 'create', shortcuts: [{ key: 'u', mod: true, shift: true }], when: onAccount, run: onTab('stakeholders', 'person.add') },
  { id: 'people.import', label: 'commands.people.import', group: 'create', run: (ctx) => ctx.invoke('people.import') },
  { id: 'visit.log', label: 'commands.visit.log', group: 'create', shortcuts: [{ key: 'l', mod: true, shift: true }], when: onAccount, run: onTab('visits', 'visit.log') },
  { id: 'visit.plan', label: 'commands.visit.plan', group: 'create', shortcuts: [{ key: 'y', mod: true, shift: true }], when: onAccount, run: onTab('visits', 'visit.plan') },
  { id: 'objection.add', label: 'commands.objection.add', group: 'create', when: onAccount, run: onTab('visits', 'objection.add') },
  { id: 'competitor.add', label: 'commands.competitor.add', group: 'create', when: onAccount, run: onTab('visits', 'competitor.add') },
  { id: 'dossier.write', label: 'commands.dossier.write', group: 'create', shortcuts: [{ key: 'd', mod: true, shift: true }], when: onAccount, run: onTab('dossier', 'dossier.write') },
  { id: 'brief.export', label: 'commands.brief.export', group: 'create', shortcuts: [{ key: 'e', mod: true, shift: true }], when: onAccount, run: onTab('brief', 'brief.export') },

  { id: 'editor.save', label: 'commands.editor.save', group: 'edit', shortcuts: [{ key: 's', mod: true }], inDialogs: true, when: (ctx) => ctx.canSave, run: (ctx) => ctx.save() },

  { id: 'language.en', label: 'commands.language.en', group: 'preferences', when: (ctx) => ctx.language !== 'en', run: (ctx) => ctx.setLanguage('en') },
  { id: 'language.zh-CN', label: 'commands.language.zh-CN', group: 'preferences', when: (ctx) => ctx.language !== 'zh-CN', run: (ctx) => ctx.setLanguage('zh-CN') },
  { id: 'theme.light', label: 'commands.theme.light', group: 'preferences', when: (ctx) => ctx.theme !== 'light', run: (ctx) => ctx.setTheme('light') },
  { id: 'theme.dark', label: 'commands.theme.dark', group: 'preferences', when: (ctx) => ctx.theme !== 'dark', run: (ctx) => ctx.setTheme('dark') },
  { id: 'theme.system', label: 'commands.theme.system', group: 'preferences', when: (ctx) => ctx.theme !== 'system', run: (ctx) => ctx.setTheme('system') },
  {
    id: 'backup.export',
    label: 'commands.backup.export',
    group: 'preferences',
    run: (ctx) => {
      ctx.open('settings')
      ctx.invoke('backup.export')
    }
  },
  {
    id: 'backup.import',
    label: 'commands.backup.import',
    group: 'preferences',
    run: (ctx) => {
      ctx.open('settings')
      ctx.invoke('backup.import')
    }
  }
]

export const isAvailable = (command: Command, ctx: CommandContext): boolean => command.when?.(ctx) ?? true

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform || navigator.userAgent)
}

const KEY_NAME: Record<string, string> = { escape: 'Esc', enter: 'Enter', ',': ',', '?': '?' }

/** The chips a shortcut shows: ['Ctrl', 'Shift', 'P'] or, on macOS, ['⌘', '⇧', 'P']. */
export function shortcutKeys(shortcut: Shortcut, mac = isMacPlatform()): string[] {
  const keys: string[] = []
  if (shortcut.mod) keys.push(mac ? '⌘' : 'Ctrl')
  if (shortcut.alt) keys.push(mac ? '⌥' : 'Alt')
  if (shortcut.shift) keys.push(mac ? '⇧' : 'Shift')
  keys.push(KEY_NAME[shortcut.key] ?? shortcut.key.toUpperCase())
  return keys
}

/** One text per chord, to compare chords (and to find two commands claiming one). */
export const shortcutId = (s: Shortcut): string => `${s.mod ? 'mod+' : ''}${s.alt ? 'alt+' : ''}${s.shift ? 'shift+' : ''}${s.key}`

/** Whether a keydown is this chord. Digits match by physical key, so Shift or a layout never changes them. */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, s: Shortcut): boolean {
  const mod = event.ctrlKey || event.metaKey
  if (mod !== Boolean(s.mod) || event.altKey !== Boolean(s.alt)) return false
  // A printable symbol such as `?` needs Shift on most layouts: Shift does not count for it.
  const symbol = s.key.length === 1 && !/[a-z0-9]/.test(s.key)
  if (!symbol && event.shiftKey !== Boolean(s.shift)) return false
  if (/^[0-9]$/.test(s.key)) return event.code === `Digit${s.key}` || event.key === s.key
  return event.key.toLowerCase() === s.key
}

/** Lower-cased, so 'Log' finds 'Log a visit'; every query character in order (fuzzy), or a plain substring. */
export function fuzzyScore(label: string, query: string): number | null {
  const q = query.trim().toLowerCase()
  if (q === '') return 0
  const text = label.toLowerCase()
  const at = text.indexOf(q)
  if (at === 0) return 1000
  if (at > 0) return 900 - Math.min(at, 100)
  // Fuzzy: every query character (ignoring spaces) in order; closer together and earlier scores higher.
  let score = 0
  let from = 0
  let last = -1
  for (const ch of q.replace(/\s+/g, '')) {
    const found = text.indexOf(ch, from)
    if (found < 0) return null
    score += last >= 0 && found === last + 1 ? 10 : 1
    last = found
    from = found + 1
  }
  return score
}

/** Commands available now whose label matches the query, best first (table order breaks ties). */
export function filterCommands(
  commands: readonly Command[],
  ctx: CommandContext,
  query: string,
  label: (command: Command) => string
): Command[] {
  return commands
    .filter((c) => isAvailable(c, ctx))
    .map((command, index) => ({ command, index, score: fuzzyScore(label(command), query) }))
    .filter((x): x is { command: Command; index: number; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.command)
}
