// What the account tabs (dossier, stakeholders, visits, brief) use from the account feature. The screens
// themselves are not exported here: accountTabs.ts loads them on demand.
export { AccountPageHeader } from './AccountPageHeader'
export { InvalidRecordsBanner } from './InvalidRecordsBanner'
