// English messages for data safety (saves that collide, a database from a newer version); merged into en.ts. Keys start with 'safety.'.
export const safetyEn = {
  'safety.conflict.message': 'this record was changed elsewhere — reload or keep yours',
  'safety.conflict.title': 'Changed elsewhere',
  'safety.conflict.body': 'Someone saved this in another window or tab since you opened it. Your edits are still here. Reload to take the saved version, or keep yours to save over it.',
  'safety.conflict.dialog': 'Someone saved this in another window or tab since you opened it. Your edits are still here: keep yours to save over it, or cancel to see the saved version.',
  'safety.conflict.reload': 'Reload',
  'safety.conflict.keepMine': 'Keep mine',
  'safety.section.changed': 'This section was changed in another window while you were typing. Your text is still here.',
  'safety.section.loadTheirs': 'Load theirs',
  'safety.section.keepMine': 'Keep mine',
  'safety.diskFull': 'the disk is full, so nothing was saved; free some space and try again',
  'safety.readOnly.title': 'Open read-only: this data was saved by a newer version of Account Atlas',
  'safety.readOnly.body': 'So that nothing it added is lost, you can look but nothing you change is saved. Update Account Atlas to keep working; Settings can still export a backup of this data.',
  'safety.readOnly.refused': 'the data is open read-only because a newer version of Account Atlas saved it',
  'safety.readOnly.openSettings': 'Open Settings',
  'safety.readOnly.restoreLast': 'Go back to the last snapshot…',
  'safety.readOnly.restoreConfirm.title': 'Go back to the snapshot of {date}?',
  'safety.readOnly.restoreConfirm.body': 'The data the newer version saved is first kept as a snapshot of its own, so the newer app can still restore it. Then this computer holds the snapshot of {date}, and you can work again; what changed after it is not in it.',
  'safety.readOnly.restoreConfirm.confirm': 'Go back to this snapshot',
  'safety.readOnly.restoreFailed': 'Going back to the snapshot failed: {message}. Nothing was changed.'
} as const
