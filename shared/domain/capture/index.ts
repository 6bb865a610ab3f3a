export { findPeople, type FoundPerson } from './findPeople'
export { captureSuggestions, matchKnown, suggestionKey, type CaptureSuggestion, type KnownPerson } from './knownPeople'
export { splitSentences, type Sentence } from './sentences'
export { scoreCorpus, type CorpusScore, type CorpusSentence } from './corpusScore'
