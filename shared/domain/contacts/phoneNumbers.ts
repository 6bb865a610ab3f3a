import { phoneKey } from './duplicates'
import type { PhoneKind } from './parsedContact'

/** A mainland mobile (1[3-9] and nine digits), however it is written: +86 138 0013 8000, 138-0013-8000. */
export const isChineseMobile = (number: string) => /^1[3-9]\d{9}$/.test(phoneKey(number))

/** The numbers in one field, as spreadsheets and our own export join them ("138…; 021-…", "138…，139…", one per line). */
export const splitPhones = (field: string) =>
  field
    .split(/[;,，；、\r\n|]/)
    .map((n) => n.trim())
    .filter(Boolean)

/** Mobile numbers first, the rest in their order. */
export const mobileFirst = <P extends { kind: PhoneKind }>(phones: readonly P[]) => [...phones.filter((p) => p.kind === 'mobile'), ...phones.filter((p) => p.kind !== 'mobile')]
