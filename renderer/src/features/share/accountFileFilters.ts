import type { Translate } from '#i18n'

/** Account files are backup zips that name their account. */
export const accountFileFilters = (t: Translate) => [{ name: t('share.fileFilter'), extensions: ['zip'] }]
