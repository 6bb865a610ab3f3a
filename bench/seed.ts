// The benchmarks seed the app's IndexedDB the way the e2e page models do.
export { putRawTables as putRows } from '../tests/rawDb'
