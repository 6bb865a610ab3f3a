import { describe, expect, it } from 'vitest'
import { translate } from '#shared/i18n/translate'
import { errorMessage, InvalidStoredRecordError, RecordNotFoundError, ValidationError } from './errors'

const zh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh-CN', key, params)
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params)

describe('errorMessage', () => {
  it('says what is wrong with a field in words, never its internal path', () => {
    const error = new ValidationError({ 'tasks.0.dueDate': { key: 'validation.required' }, 'financial.currentRatio': { key: 'validation.notNumber' } })
    expect(zh('error.saveFailed', { message: errorMessage(zh, error) })).toBe('保存失败：有一项内容不符合要求，此项为必填。')
    expect(en('error.saveFailed', { message: errorMessage(en, error) })).toBe('Could not save: one of the entries is not valid. This field is required.')
    expect(errorMessage(en, error)).not.toMatch(/tasks|dueDate|Validation failed/)
  })

  it('names a missing or damaged record plainly and keeps other messages', () => {
    expect(errorMessage(zh, new RecordNotFoundError('visits', 'v1'))).toBe('这条记录已被删除')
    expect(errorMessage(en, new InvalidStoredRecordError({ table: 'accounts', id: 'a1', message: 'name: required' }))).toBe(
      'the stored record is damaged and cannot be read'
    )
    expect(errorMessage(en, new Error('The disk is full'))).toBe('The disk is full')
    expect(errorMessage(en, 'offline')).toBe('offline')
  })

  it('says the disk is full when the engine refused a write for lack of room, however Dexie wrapped it', async () => {
    const { default: Dexie } = await import('dexie')
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError')
    const wrapped = new Dexie.AbortError('Transaction aborted', quota)
    expect(zh('error.saveFailed', { message: errorMessage(zh, quota) })).toBe('保存失败：磁盘空间已满，这次没有保存任何内容；请腾出空间后再试')
    expect(errorMessage(en, wrapped)).toBe('the disk is full, so nothing was saved; free some space and try again')
  })
})
