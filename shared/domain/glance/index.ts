// Pure logic of the account at a glance (the Overview tab): who's who and the derived qualification.
export * from './whosWho'
