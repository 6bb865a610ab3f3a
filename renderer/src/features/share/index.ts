export { ShareAccountDialog } from './ShareAccountDialog'
export { useImportAccountFile } from './useImportAccountFile'
