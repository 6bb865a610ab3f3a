// Domain values as tables: one module per concept, keyed by the stored code, holding everything the app
// needs of each value. The code lists and zod enums in shared/schemas/enums.ts are derived from them.
export * from './channels'
export * from './codesOf'
export * from './influenceLevels'
export * from './linkStyles'
export * from './objectionTypes'
export * from './personalityTypes'
export * from './relationshipStages'
export * from './roles'
export * from './stances'
