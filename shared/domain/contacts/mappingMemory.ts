import { z } from '#shared/schemas/zod'
import { CONTACT_FIELDS, type ColumnMapping } from './csvColumns'

const MAX_REMEMBERED = 20
const MAX_COLUMNS = 200

const Remembered = z
  .array(
    z.object({
      headers: z.array(z.string().max(200)).max(MAX_COLUMNS),
      mapping: z.partialRecord(z.enum(CONTACT_FIELDS), z.number().int().nonnegative().max(MAX_COLUMNS))
    })
  )
  .max(MAX_REMEMBERED)
export type RememberedMappings = z.infer<typeof Remembered>

const sameHeaders = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h.trim() === b[i]!.trim())

/** The stored mappings, or none when what is stored is not a list of them (an older or damaged setting). */
export function parseRemembered(value: unknown): RememberedMappings {
  const parsed = Remembered.safeParse(value)
  return parsed.success ? parsed.data : []
}

/** The mapping the rep last confirmed for a file with exactly these headers (the same CRM's next export), or null. */
export function rememberedMapping(remembered: RememberedMappings, headers: readonly string[]): ColumnMapping | null {
  const found = remembered.find((entry) => sameHeaders(entry.headers, headers))
  if (!found) return null
  return Object.fromEntries(Object.entries(found.mapping).filter(([, column]) => column < headers.length))
}

/** The list with this file's mapping first, the oldest dropped past the bound. */
export function remember(remembered: RememberedMappings, headers: readonly string[], mapping: ColumnMapping): RememberedMappings {
  const rest = remembered.filter((entry) => !sameHeaders(entry.headers, headers))
  return [{ headers: headers.slice(0, MAX_COLUMNS).map((h) => h.slice(0, 200)), mapping }, ...rest].slice(0, MAX_REMEMBERED)
}
