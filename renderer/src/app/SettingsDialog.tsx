import { Dialog, SegmentedControl } from '#ui'
import { TeamSettingsSection } from '#features/team'
import { BackupSection } from './BackupSection'
import { SnapshotsSection } from './SnapshotsSection'
import { useI18n } from '#i18n'
import { LanguageSwitch } from './LanguageSwitch'
import { Theme } from '#data'
import { useTheme } from './theme'

export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n()
  const { theme, setTheme } = useTheme()
  return (
    <Dialog open={open} onClose={onClose} title={t('settings.title')} size="md" closeLabel={t('common.close')}>
      <div className="ui-stack">
        <div className="app-setting">
          <span className="app-setting__label">{t('language.label')}</span>
          <LanguageSwitch />
        </div>
        <div className="app-setting">
          <span className="app-setting__label">{t('theme.label')}</span>
          <SegmentedControl
            ariaLabel={t('theme.label')}
            value={theme}
            onChange={(value) => setTheme(Theme.parse(value))}
            options={Theme.options.map((value) => ({ value, label: t(`theme.${value}`) }))}
          />
        </div>
        <div className="app-setting app-setting--block">
          <TeamSettingsSection />
        </div>
        <div className="app-setting app-setting--block">
          <span className="app-setting__label">{t('settings.data')}</span>
          <BackupSection />
        </div>
        <div className="app-setting app-setting--block">
          <SnapshotsSection />
        </div>
      </div>
    </Dialog>
  )
}
