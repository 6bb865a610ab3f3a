export { readBriefSources, type BriefSources } from './briefSources'
export { useBriefSources } from './useBriefSources'
