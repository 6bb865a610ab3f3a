import { describe, expect, it } from 'vitest'
import { messages } from '#shared/i18n/translate'
import { COMMANDS, filterCommands, matchesShortcut, shortcutId, shortcutKeys, type CommandContext } from './commands'

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
  route: { name: 'today' },
  navigate: () => {},
  language: 'en',
  setLanguage: () => {},
  theme: 'system',
  setTheme: () => {},
  open: () => {},
  openPalette: () => {},
  openShortcuts: () => {},
  findAccounts: () => {},
  invoke: () => {},
  canSave: false,
  save: () => {},
  ...over
})
const CJK = /[\u4e00-\u9fff]/

describe('the commands table', () => {
  it('gives every command a label in both catalogues, the Chinese one written in Chinese', () => {
    for (const command of COMMANDS) {
      expect(messages.en[command.label], command.id).toMatch(/\w/)
      expect(messages['zh-CN'][command.label], command.id).toMatch(CJK)
    }
  })

  it('has unique ids, and no two commands (or two chords of one) share a shortcut', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length)
    const chords = COMMANDS.flatMap((c) => (c.shortcuts ?? []).map(shortcutId))
    expect(chords.length).toBeGreaterThan(15)
    expect(chords.filter((chord, i) => chords.indexOf(chord) !== i)).toEqual([])
  })

  it('offers what the menus and buttons offer', () => {
    const ids = COMMANDS.map((c) => c.id)
    for (const id of ['account.new', 'person.add', 'visit.log', 'visit.plan', 'brief.export', 'tab.overview', 'tab.dossier', 'tab.stakeholders', 'tab.visits', 'tab.brief', 'go.today', 'go.accounts', 'language.en', 'language.zh-CN', 'theme.dark', 'backup.export', 'backup.import', 'settings.open', 'shortcuts.show', 'editor.save'])
      expect(ids).toContain(id)
  })

  it('shows Ctrl chords off macOS and ⌘ on macOS', () => {
    const palette = COMMANDS.find((c) => c.id === 'palette.open')!.shortcuts![0]!
    expect(shortcutKeys(palette, false)).toEqual(['Ctrl', 'Shift', 'P'])
    expect(shortcutKeys(palette, true)).toEqual(['⌘', '⇧', 'P'])
  })

  it('matches chords exactly: Ctrl+K is not Ctrl+Shift+K, `?` needs no Shift of its own, digits go by the key', () => {
    const key = (init: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init })
    expect(matchesShortcut(key({ key: 'k', ctrlKey: true }), { key: 'k', mod: true })).toBe(true)
    expect(matchesShortcut(key({ key: 'K', ctrlKey: true, shiftKey: true }), { key: 'k', mod: true })).toBe(false)
    expect(matchesShortcut(key({ key: 'k', metaKey: true }), { key: 'k', mod: true })).toBe(true)
    expect(matchesShortcut(key({ key: '?', shiftKey: true }), { key: '?' })).toBe(true)
    expect(matchesShortcut(key({ key: '!', code: 'Digit1', ctrlKey: true }), { key: '1', mod: true })).toBe(true)
    expect(matchesShortcut(key({ key: 'k' }), { key: 'k', mod: true })).toBe(false)
  })

  it('offers account commands only on an account, and saving only with an editor open', () => {
    const today = filterCommands(COMMANDS, ctx(), '', (c) => messages.en[c.label]).map((c) => c.id)
    expect(today).not.toContain('person.add')
    expect(today).not.toContain('tab.visits')
    expect(today).not.toContain('editor.save')
    const onAccount = ctx({ route: { name: 'account', id: '00000000-0000-4000-8000-000000000000', tab: 'overview' }, canSave: true })
    const there = filterCommands(COMMANDS, onAccount, '', (c) => messages.en[c.label]).map((c) => c.id)
    expect(there).toEqual(expect.arrayContaining(['person.add', 'tab.visits', 'editor.save', 'brief.export']))
  })

  it('filters fuzzily in English and by substring in Chinese, best match first', () => {
    const account = ctx({ route: { name: 'account', id: '00000000-0000-4000-8000-000000000000' } })
    const en = (q: string) => filterCommands(COMMANDS, account, q, (c) => messages.en[c.label]).map((c) => c.id)
    expect(en('log a visit')[0]).toBe('visit.log')
    expect(en('lgvst')).toContain('visit.log')
    expect(en('dark')[0]).toBe('theme.dark')
    expect(en('zzzz')).toEqual([])
    const zh = (q: string) => filterCommands(COMMANDS, account, q, (c) => messages['zh-CN'][c.label]).map((c) => c.id)
    expect(zh('拜访')).toEqual(expect.arrayContaining(['visit.log', 'visit.plan', 'tab.visits']))
    expect(zh('人物')[0]).toBe('person.add')
  })

  it('runs a command on an account tab by going there and asking the screen for the action', () => {
    const calls: string[] = []
    const route = { name: 'account', id: '00000000-0000-4000-8000-000000000000', tab: 'overview' } as const
    const c = ctx({ route, navigate: (r) => calls.push(`go:${r.name === 'account' ? r.tab : r.name}`), invoke: (a) => calls.push(`do:${a}`) })
    COMMANDS.find((x) => x.id === 'person.add')!.run(c)
    expect(calls).toEqual(['go:stakeholders', 'do:person.add'])
  })
})
