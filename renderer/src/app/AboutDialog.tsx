import { useEffect, useState } from 'react'
import type { AppInfo } from '#shared/ipc/contract'
import { Button, Dialog, Kbd } from '#ui'
import { COMMANDS, shortcutKeys } from './commands'
import { useHost } from './host'
import { useI18n } from '#i18n'
import { useCommandCenter } from './useSaveShortcut'

const SHEET_KEYS = COMMANDS.find((c) => c.id === 'shortcuts.show')?.shortcuts ?? []

export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  const host = useHost()
  const commands = useCommandCenter()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open) host.getAppInfo().then(setInfo, () => setInfo(null))
  }, [host, open])
  return (
    <Dialog open={open} onClose={onClose} title={t('about.title')} size="sm" closeLabel={t('common.close')}>
      <p>{t('app.tagline')}</p>
      {info && (
        <dl className="about-facts" data-testid="about-edition">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.edition')}</dt>
          <dd>{t(info.host === 'browser' ? 'edition.browser' : 'edition.electron')}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
      <p className="ui-muted">{t('about.privacy')}</p>
      {commands && (
        <p className="ui-row">
          <Button size="sm" onClick={() => commands.openShortcuts()}>
            {t('commands.shortcuts.show')}
          </Button>
          {SHEET_KEYS.map((s, i) => (
            <Kbd key={i} keys={shortcutKeys(s)} />
          ))}
        </p>
      )}
      {info?.host === 'browser' && (
        <section className="about-edition" aria-labelledby="about-edition-differs">
          <p>{t('edition.browser.why')}</p>
          <h3 id="about-edition-differs">{t('edition.browser.differs')}</h3>
          <ul>
            <li>{t('edition.browser.pdf')}</li>
            <li>{t('edition.browser.files')}</li>
            <li>{t('edition.browser.backups')}</li>
          </ul>
        </section>
      )}
    </Dialog>
  )
}
