// Pure dossier logic: walks serialized Lexical JSON without importing lexical.
export * from './lexicalJson'
export * from './findings'
export * from './channelPrompts'
export * from './digest'
