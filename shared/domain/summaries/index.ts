export * from './accountSummary'
