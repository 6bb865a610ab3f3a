// Temporary: the account list's files still import from here until they move to '../i18n'.
export { I18nProvider, useI18n, type Translate } from '../i18n'
