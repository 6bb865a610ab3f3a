export { applyAccountFile, exportAccountFile, readAccountFile, type AccountFileRead } from './accountFile'
