import { DecodeUTF8 } from 'fflate'
import { parseBackup, refuse, type BackupRead } from '../backup'
import { BACKUP_LIMITS } from '../backupChecks'
import { readBackupZip, type ReadProgress } from './readBackupZip'
import { isZip } from './zipLayout'

/**
 * A backup file's bytes, whichever format wrote it: the zip of version 4 on, or the JSON text of
 * versions 1–3 (migrated as it is read). Anything else is refused with its reason.
 */
export function readBackupFile(bytes: Uint8Array, now: number = Date.now(), onProgress?: ReadProgress): BackupRead {
  if (bytes.length > BACKUP_LIMITS.chars) return refuse({ code: 'tooLarge' })
  if (isZip(bytes)) return readBackupZip(bytes, now, onProgress)
  let text = ''
  try {
    const decoder = new DecodeUTF8((piece) => (text += piece))
    decoder.push(bytes, true)
  } catch {
    return { ok: false, error: { code: 'notJson' } }
  }
  onProgress?.(bytes.length, bytes.length)
  return parseBackup(text, now)
}
