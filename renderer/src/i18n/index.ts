export { I18nProvider, useI18n, type Translate } from './I18nProvider'
