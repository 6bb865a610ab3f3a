import { useMemo, useState } from 'react'
import { translate } from '#shared/i18n/translate'
import { useI18n } from '#i18n'
import { Dialog, Icons, Kbd, TextField } from '#ui'
import { COMMANDS, filterCommands, fuzzyScore, shortcutKeys, type Command, type CommandContext } from './commands'
import './commandPalette.css'

/** The palette's query: a leading `>` (as typed into search to get here) is not part of it. */
const stripPrompt = (query: string) => query.replace(/^\s*>\s*/, '')

/**
 * Ctrl/Cmd+Shift+P (or `>` in search): every command available here, filtered as you type, each with its
 * shortcut. ↑/↓ choose, Enter runs, Esc closes and focus goes back where it was (the Dialog does that).
 */
export function CommandPalette({ initialQuery, context, onClose }: { initialQuery: string; context: () => CommandContext; onClose(): void }) {
  const { t, language } = useI18n()
  const [query, setQuery] = useState(initialQuery)
  const [active, setActive] = useState(0)
  // The context as the palette opened: where the rep was is what the commands apply to.
  const [ctx] = useState(context)
  const label = (command: Command) => t(command.label)
  const results = useMemo(() => {
    const q = stripPrompt(query)
    const found = filterCommands(COMMANDS, ctx, q, (c) => translate(language, c.label))
    if (language === 'en' || q === '') return found
    // A Chinese UI still finds a command by its English name ("log" → 记录拜访).
    const english = filterCommands(COMMANDS, ctx, q, (c) => translate('en', c.label)).filter((c) => !found.includes(c) && fuzzyScore(translate('en', c.label), q)! >= 900)
    return [...found, ...english]
  }, [query, ctx, language])
  const current = Math.min(active, Math.max(results.length - 1, 0))

  const run = (command: Command | undefined) => {
    if (!command) return
    onClose()
    command.run(context())
  }

  return (
    <Dialog open onClose={onClose} title={t('commands.palette.title')} size="lg" closeLabel={t('common.close')}>
      <div className="palette" data-testid="command-palette">
        <TextField
          label={t('commands.palette.title')}
          hideLabel
          data-autofocus
          icon={<Icons.ChevronRight />}
          placeholder={t('commands.palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setActive(0)
          }}
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="palette-results"
          aria-activedescendant={results[current] ? `palette-${results[current].id}` : undefined}
          autoComplete="off"
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive(Math.min(current + 1, results.length - 1))
            else if (e.key === 'ArrowUp') setActive(Math.max(current - 1, 0))
            else if (e.key === 'Home' && e.ctrlKey) setActive(0)
            else if (e.key === 'Enter') run(results[current])
            else return
            e.preventDefault()
          }}
        />
        {results.length === 0 ? (
          <p className="ui-muted palette__hint">{t('commands.palette.none', { query: stripPrompt(query).trim() })}</p>
        ) : (
          <ul className="palette__results" id="palette-results" role="listbox" aria-label={t('commands.palette.title')}>
            {results.map((command, i) => (
              <li
                key={command.id}
                id={`palette-${command.id}`}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'palette__item is-active' : 'palette__item'}
                data-testid="palette-item"
                data-command={command.id}
                ref={
                  i === current
                    ? (el) => {
                        // Nothing returned: React takes a ref callback's return value for its cleanup.
                        el?.scrollIntoView?.({ block: 'nearest' })
                      }
                    : undefined
                }
                onMouseEnter={() => setActive(i)}
                onClick={() => run(command)}
              >
                <span className="palette__label">{label(command)}</span>
                <span className="ui-muted palette__group">{t(`commands.group.${command.group}`)}</span>
                {command.shortcuts?.[0] && <Kbd keys={shortcutKeys(command.shortcuts[0])} />}
              </li>
            ))}
          </ul>
        )}
        <div className="palette__keys ui-muted">{t('commands.palette.keys')}</div>
      </div>
    </Dialog>
  )
}
