// Pure stakeholder-map logic: coverage analysis, talking points, the map as of a date, staleness.
export * from './coverage'
export * from './talkingPoints'
export * from './asOf'
export * from './staleness'
export * from './record'
export * from './departments'
