import { Language } from '#shared/ipc/contract'
import { SegmentedControl } from '#ui'
import { useI18n } from '#i18n'

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n()
  return (
    <SegmentedControl
      ariaLabel={t('language.label')}
      value={language}
      onChange={(value) => setLanguage(Language.parse(value))}
      options={Language.options.map((value) => ({ value, label: t(`language.${value}`) }))}
    />
  )
}
