import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../shared/ipc/contract'
import { Dialog } from '../ui'
import { useHost } from './host'
import { useI18n } from './i18n'

export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  const host = useHost()
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    if (open) host.getAppInfo().then(setInfo, () => setInfo(null))
  }, [host, open])
  return (
    <Dialog open={open} onClose={onClose} title={t('about.title')} size="sm" closeLabel={t('common.close')}>
      <p>{t('app.tagline')}</p>
      {info && (
        <p className="ui-muted" data-testid="about-edition">
          {t('about.body', { version: info.version, host: `${t(info.host === 'browser' ? 'edition.browser' : 'edition.electron')} · ${info.platform}` })}
        </p>
      )}
      {info?.host === 'browser' && <p>{t('edition.browser.explain')}</p>}
    </Dialog>
  )
}
