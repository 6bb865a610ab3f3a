export { UndoProvider, useUndo, isTextField, type UndoApi, type UndoToast } from './UndoProvider'
export { createUndoStack, UNDO_DEPTH, type UndoEntry, type UndoStack } from './undoStack'
