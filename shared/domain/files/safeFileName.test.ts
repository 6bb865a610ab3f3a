import { expect, it } from 'vitest'
import { safeFileName } from './safeFileName'

it('replaces the characters no file system allows and keeps Chinese names', () => {
  expect(safeFileName('华东精密 / 苏州:分厂')).toBe('华东精密 _ 苏州_分厂')
  expect(safeFileName('???', 'map')).toBe('_')
  expect(safeFileName('  ', 'map')).toBe('map')
  expect(safeFileName('x'.repeat(100))).toHaveLength(80)
})
