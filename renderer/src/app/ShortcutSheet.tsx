import { useI18n } from '#i18n'
import { Dialog, Kbd } from '#ui'
import { COMMAND_GROUPS, COMMANDS, GROUP_LABEL, shortcutKeys } from './commands'
import './commandPalette.css'

const PALETTE = COMMANDS.find((c) => c.id === 'palette.open')?.shortcuts?.[0]

/** `?`, F1 or About → Keyboard shortcuts: the commands table, grouped, each with its keys. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('commands.sheet.title')}
      description={PALETTE ? t('commands.sheet.paletteHint', { keys: shortcutKeys(PALETTE).join(' ') }) : undefined}
      size="lg"
      closeLabel={t('common.close')}
    >
      <div className="shortcut-sheet" data-testid="shortcut-sheet">
        {COMMAND_GROUPS.map((group) => {
          const commands = COMMANDS.filter((c) => c.group === group)
          const headingId = `shortcut-group-${group}`
          return (
            <section key={group} className="shortcut-sheet__group" aria-labelledby={headingId}>
              <h3 id={headingId}>{t(GROUP_LABEL[group])}</h3>
              <dl className="shortcut-sheet__rows">
                {commands.map((command) => (
                  <div key={command.id} className="shortcut-sheet__row" data-testid="shortcut-row" data-command={command.id}>
                    <dt>{t(command.label)}</dt>
                    <dd>
                      {command.shortcuts && command.shortcuts.length > 0 ? (
                        command.shortcuts.map((s, i) => (
                          <span key={i}>
                            {i > 0 && ' '}
                            <Kbd keys={shortcutKeys(s)} />
                          </span>
                        ))
                      ) : (
                        <span className="ui-muted">{t('commands.sheet.noShortcut')}</span>
                      )}
                    </dd>
                  </div>
                ))}
                {group === 'general' && (
                  <div className="shortcut-sheet__row">
                    <dt>{t('commands.sheet.escape')}</dt>
                    <dd>
                      <Kbd keys={['Esc']} />
                    </dd>
                  </div>
                )}
              </dl>
            </section>
          )
        })}
      </div>
    </Dialog>
  )
}
