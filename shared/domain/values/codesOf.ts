/**
 * The codes of a value table, in the table's order, typed as a non-empty tuple so zod's `z.enum` takes
 * them. Object key order is insertion order for string keys that do not look like array indexes, which
 * holds for every code here (a code such as '1' would sort first: give it a non-numeric name).
 */
export function codesOf<T extends Record<string, unknown>>(table: T): readonly [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]]
}
