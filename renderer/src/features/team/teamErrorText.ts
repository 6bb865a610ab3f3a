import { TeamApiError } from '#data'
import type { Translate } from '#i18n'

const ERROR_KEY = {
  unauthorized: 'team.error.unauthorized',
  forbidden: 'team.error.forbidden',
  notFound: 'team.error.notFound',
  invalidRequest: 'team.error.invalidRequest',
  alreadyShared: 'team.error.alreadyShared',
  tooLarge: 'team.error.tooLarge',
  offline: 'team.error.offline',
  badAnswer: 'team.error.badAnswer'
} as const satisfies Record<TeamApiError['code'], string>

/** A team server refusal or failure as one sentence the rep can act on; anything else reads as "cannot reach". */
export function teamErrorText(t: Translate, error: unknown): string {
  return t(error instanceof TeamApiError ? ERROR_KEY[error.code] : 'team.error.offline')
}
