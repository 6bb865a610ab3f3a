export { readAccountRecords, type AccountRecords } from './accountRecords'
export { useAccountRecords } from './useAccountRecords'
